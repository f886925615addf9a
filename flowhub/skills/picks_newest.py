"""Which waiting cards "both" or "those two" mean when more are waiting: the ones the last
message made, when it made exactly that many ("bin both of those" right after two junk cards)."""

from __future__ import annotations

from flowhub.storage import Proposal, id_of


def newest_said(pending: list[Proposal], count: int) -> list[Proposal] | None:
    """The cards the newest card's message made, when there are `count` of them; else None."""
    if not pending:
        return None
    newest = max(pending, key=id_of)
    if newest.source_event_id is None:
        return None
    made = [p for p in pending if p.source_event_id == newest.source_event_id]
    return made if len(made) == count else None
