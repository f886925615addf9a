"""An offer answered in words loses its Accept and Decline buttons, as a tap on one would.

On platforms that change a message in place, the offer message ("📥 Ana gave you a task: …")
turns into the answer when it is in the chat the answer was typed in, as a tap turns it; shown
in another chat, it keeps its text and drops its buttons. Either way no old Accept waits under
an answered offer. Several offers answered in one message ("yes to both") each keep their text
and drop their buttons, and the answers are said together below them.
"""

from __future__ import annotations

from dataclasses import replace

from flowhub.connectors import Reply, Target
from flowhub.connectors.types import EDITS_IN_PLACE
from flowhub.skills import words
from flowhub.skills.context import Context
from flowhub.storage import Proposal, Task, id_of
from flowhub.storage.outbox_refs import get_all_by_ref

__all__ = ["closed_cards", "closed_offers"]

_ANSWERS = ("accept", "decline")


def closed_offers(ctx: Context, task: Task, answer: Reply, *, alone: bool = True) -> list[Reply]:
    """`answer` and the edits that take the buttons off `task`'s open offers; after a tap, or
    where messages are not changed in place, `answer` alone. Unless `alone`, the offer in this
    chat keeps its text too, as `answer` is said together with others."""
    if ctx.event.kind == "button":
        return [answer]  # the tapped message already turns into the answer
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
        here = (row.platform, row.chat) == (ctx.event.platform, ctx.event.chat)
        if here and alone and _plain(answer):
            answer = replace(answer, edit=row.platform_message_id)
            continue
        edits.append(
            Reply(
                str(row.reply.get("text") or ""),
                to=Target(row.platform, row.account, row.chat),
                edit=row.platform_message_id,
                ref=ref,
            )
        )
    return [answer, *edits]


def closed_cards(ctx: Context, cards: list[Proposal]) -> list[Reply]:
    """The edits that turn each card discarded in words into its "Discarded" line."""
    edits = []
    for card in cards:
        row = next(iter(get_all_by_ref(session=ctx.session, ref=f"proposal:{id_of(card)}")), None)
        if row is not None and row.reply.get("buttons"):
            said = words.DISCARDED.format(title=card.title)
            edits.append(Reply(said, edit=row.platform_message_id, ref=f"proposal:{id_of(card)}"))
    return edits


def _plain(reply: Reply) -> bool:
    """A new message of words only, in the event's own chat: one that may take the offer's place."""
    return reply.edit is None and reply.to is None and not reply.buttons
