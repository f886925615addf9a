"""An offer answered in words loses its Accept and Decline buttons, as a tap on one would.

On platforms that change a message in place, the offer message ("📥 Ana gave you a task: …")
keeps its text and drops its buttons once the task is accepted or declined in words, so an old
Accept no longer waits under an answered offer.
"""

from __future__ import annotations

from flowhub.connectors import Reply, Target
from flowhub.connectors.types import EDITS_IN_PLACE
from flowhub.skills.context import Context
from flowhub.storage import Task, id_of
from flowhub.storage.outbox_refs import get_all_by_ref

__all__ = ["closed_offers"]

_ANSWERS = ("accept", "decline")


def closed_offers(ctx: Context, task: Task) -> list[Reply]:
    """Edits that take the answer buttons off `task`'s open offer messages; none after a tap."""
    if ctx.event.kind == "button":
        return []  # the tapped message already turns into the answer
    ref = f"assignment:{id_of(task)}"
    seen: set[tuple[str, str, str]] = set()
    edits = []
    for row in get_all_by_ref(session=ctx.session, ref=ref):
        where = (row.platform, row.chat, row.platform_message_id or "")
        if where in seen:
            continue  # an older copy of a message shown again since
        seen.add(where)
        buttons = [str(b[0]) for b in row.reply.get("buttons") or []]
        wanted = {f"{kind}:{id_of(task)}" for kind in _ANSWERS}
        if row.platform not in EDITS_IN_PLACE or not wanted & set(buttons):
            continue
        edits.append(
            Reply(
                str(row.reply.get("text") or ""),
                to=Target(row.platform, row.account, row.chat),
                edit=row.platform_message_id,
                ref=ref,
            )
        )
    return edits
