"""The audit log: an append-only record of what happened to tasks."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

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
