"""Digest bookkeeping: one row per subject and local day, so a digest goes out once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from flowhub.storage.models import DigestLog, Person


def claim_digest(
    *, session: Session, kind: str, subject: str, local_date: str, now: datetime, skipped: bool
) -> bool:
    """Record the digest for `subject` on `local_date`; False when it was already sent."""
    row = DigestLog(kind=kind, subject=subject, local_date=local_date, sent_at=now, skipped=skipped)
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        return False
    return True


def has_digest(*, session: Session, kind: str, subject: str, local_date: str) -> bool:
    """Whether the digest for `subject` on `local_date` was already handled."""
    return (
        session.exec(
            select(DigestLog.id).where(
                DigestLog.kind == kind,
                DigestLog.subject == subject,
                DigestLog.local_date == local_date,
            )
        ).first()
        is not None
    )


def get_digest_people(*, session: Session) -> list[Person]:
    """Everyone who wants a daily digest."""
    return list(session.exec(select(Person).where(Person.digest_enabled == True)))  # noqa: E712
