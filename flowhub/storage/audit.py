"""The audit log: an append-only record of what happened to tasks."""

from __future__ import annotations

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


def get_audit_entries(*, session: Session, subject: str) -> list[AuditLog]:
    """Every entry about one subject (e.g. "task:12"), oldest first."""
    return list(
        session.exec(select(AuditLog).where(AuditLog.subject == subject).order_by(col(AuditLog.id)))
    )
