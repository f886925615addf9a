"""Several changes to a card kept in place in a group, said in one message: one line says them all.

"c'est pour priya, et enlève 'de lyon' du titre" edits the card above once and says below it
"✏️ Updated “Vérifier les visas du groupe”: renamed, given to Priya.", not a line per change.
"""

from __future__ import annotations

from flowhub.connectors import Reply
from flowhub.skills.context import Context
from flowhub.skills.edit_saved import card_said
from flowhub.storage import Proposal, id_of, proposals

__all__ = ["one_line", "snapshot"]

_FIELDS = ("title", "due_at", "priority", "assignee_name", "rrule")


def snapshot(card: Proposal) -> dict[str, object]:
    """The fields of `card` a change line speaks of, as they are now."""
    return {name: getattr(card, name) for name in _FIELDS}


def one_line(
    ctx: Context, card: Proposal, before: dict[str, object], replies: list[Reply]
) -> list[Reply]:
    """`replies` with the card edited in place once and one line for all its changes, when each
    change kept the card in place and added a line of its own; else `replies` as they are."""
    edits = [r for r in replies if r.edit is not None]
    lines = [r for r in replies if r.edit is None]
    if len(lines) < 2 or not edits or any(r.ref or r.buttons for r in lines):
        return replies
    fresh = proposals.get_proposal(session=ctx.session, proposal_id=id_of(card))
    if fresh is None:
        return replies
    changed = {k: v for k, v in snapshot(fresh).items() if before.get(k) != v}
    return [edits[-1], Reply(card_said(ctx, fresh, changed))] if changed else replies
