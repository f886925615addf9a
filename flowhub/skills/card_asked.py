"""The waiting card the bot asked about last ("Is that about “Walk the dog”?"), which a "yes bin
it" or "ok save it" right after answers, rather than the newest card."""

from __future__ import annotations

from datetime import UTC, datetime

from flowhub.skills.context import Context
from flowhub.storage import Proposal, id_of


def asked_card(ctx: Context, pending: list[Proposal]) -> Proposal | None:
    """The one card shown by name since the newest card came, if it still waits."""
    seen = ctx.thread.last_seen()
    at = ctx.thread.seen_at()
    if seen is None or seen[0] != "cards" or len(seen[1]) != 1 or at is None or not pending:
        return None
    newest = max(_aware(p.updated_at) for p in pending)
    if newest > at:
        return None  # a card came or changed after it was named
    return next((p for p in pending if id_of(p) == seen[1][0]), None)


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)
