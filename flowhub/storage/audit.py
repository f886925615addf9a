"""The audit log: an append-only record of what happened to tasks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from flowhub.storage.models import AuditLog


def create_audit_entry(
    *,
    session: Session,
    at: datetime,
    action: str,
    subject: str,
    person_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditLog:
    """Append one entry."""
    row = AuditLog(at=at, action=action, subject=subject, person_id=person_id, detail=detail or {})
    session.add(row)
    return row


def get_audit_entries(
    *,
    session: Session,
    actions: Sequence[str],
    after: datetime | None = None,
    person_id: int | None = None,
) -> list[AuditLog]:
    """Entries with one of `actions`, oldest first; since `after` and by `person_id` if given."""
    statement = select(AuditLog).where(col(AuditLog.action).in_(list(actions)))
    if after is not None:
        statement = statement.where(AuditLog.at >= after)
    if person_id is not None:
        statement = statement.where(AuditLog.person_id == person_id)
    return list(session.exec(statement.order_by(col(AuditLog.at), col(AuditLog.id))))


def get_audit_entry(*, session: Session, entry_id: int) -> AuditLog | None:
    """One entry by its id."""
    return session.get(AuditLog, entry_id)
