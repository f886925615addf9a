"""The numbers the person counts waiting cards by: the list or batch last shown, kept after some
of them are answered ("save 1", then "discard 2 and 3" means the 2 and 3 they saw)."""

from __future__ import annotations

from flowhub.connectors import Reply
from flowhub.skills.context import Context
from flowhub.storage import Proposal, id_of, proposals

__all__ = ["keep_numbering", "numbering", "proposals_now"]

# The key of the seen note that keeps the numbers of the cards last shown after some are answered.
NUMBERED = "numbered"


def keep_numbering(
    ctx: Context, shown: list[Proposal], replies: list[Reply] | None
) -> list[Reply] | None:
    """Keep the numbers the person saw for the cards still waiting, until a new list is shown:
    "discard 2 and 3" after "save 1" means the 2 and 3 they saw."""
    seen = ctx.thread.seen
    if replies is None or seen is None or seen.get("kind") == "cards" or len(shown) < 2:
        return replies
    ids = [id_of(p) for p in shown]
    if any(p.status == "pending" for p in proposals_now(ctx, ids)):
        seen[NUMBERED] = ids
    return replies


def numbering(ctx: Context, pending: list[Proposal]) -> list[Proposal]:
    """The cards as the person counts them: the last numbered list or batch, else all waiting."""
    seen = ctx.thread.last_seen()
    if seen and seen[0] == "cards" and len(seen[1]) > 1:
        ids = seen[1]
    elif seen and not seen[0].startswith("list"):
        ids = [i for i in (ctx.thread.seen or {}).get(NUMBERED) or [] if isinstance(i, int)]
    else:
        return pending
    mine = [p for p in proposals_now(ctx, ids) if p.person_id == ctx.person_id]
    return mine if any(p.status == "pending" for p in mine) else pending


def proposals_now(ctx: Context, ids: list[int]) -> list[Proposal]:
    """The cards with these ids as they are now, in the same order."""
    found = [proposals.get_proposal(session=ctx.session, proposal_id=i) for i in ids]
    return [p for p in found if p is not None]
