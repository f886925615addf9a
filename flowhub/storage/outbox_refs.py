"""The replies that showed one thing, newest first: every message about a task's offer."""

from __future__ import annotations

from sqlmodel import Session, col, select

from flowhub.storage.models import Outbox

__all__ = ["get_all_by_ref"]


def get_all_by_ref(*, session: Session, ref: str, limit: int = 20) -> list[Outbox]:
    """The delivered replies that showed `ref`, newest first."""
    return list(
        session.exec(
            select(Outbox)
            .where(Outbox.ref == ref, col(Outbox.platform_message_id).is_not(None))
            .order_by(col(Outbox.id).desc())
            .limit(limit)
        )
    )
