"""The inbox: inbound events stored once (unique per platform, account and message id)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func, update
from sqlmodel import Session, col, select

from flowhub.storage._rows import insert_new
from flowhub.storage.models import InboxEvent


def create_inbox_events(*, session: Session, rows: list[dict[str, Any]]) -> list[int | None]:
    """Store many inbound events in one statement; per row its new id, or None for a retry.

    One `INSERT ... ON CONFLICT DO NOTHING RETURNING`: a webhook's only write. Each row holds
    platform, account, message_id, chat, sender_id, kind, text, event, raw and received_at. A
    message id seen twice in one call is stored once: the first row gets the id, the later
    ones None.
    """
    if not rows:
        return []
    keys = [(row["platform"], row["account"], row["message_id"]) for row in rows]
    unique = {key: {**row, "status": "received"} for key, row in zip(keys, rows, strict=True)}
    new = insert_new(
        session,
        InboxEvent,
        list(unique.values()),
        unique=("platform", "account", "message_id"),
        returning=("id", "platform", "account", "message_id"),
    )
    created = {(row[1], row[2], row[3]): row[0] for row in new}
    return [created.pop(key, None) for key in keys]


def get_inbox_event(*, session: Session, event_id: int, lock: bool = False) -> InboxEvent | None:
    """Fetch one inbox row by id, optionally locking it for processing."""
    statement = _EVENT_LOCKED if lock else _EVENT
    return session.exec(statement, params={"event_id": event_id}).first()


def get_inbox_event_by_message(
    *, session: Session, platform: str, account: str, message_id: str
) -> InboxEvent | None:
    """Fetch the inbox row of a platform message."""
    return session.exec(
        select(InboxEvent).where(
            InboxEvent.platform == platform,
            InboxEvent.account == account,
            InboxEvent.message_id == message_id,
        )
    ).first()


def get_inbox_events(
    *, session: Session, platform: str, chat: str, after_id: int = 0, limit: int = 500
) -> list[InboxEvent]:
    """Inbound events of one chat, oldest first, newer than `after_id`."""
    statement = (
        select(InboxEvent)
        .where(
            InboxEvent.platform == platform, InboxEvent.chat == chat, col(InboxEvent.id) > after_id
        )
        .order_by(col(InboxEvent.id))
        .limit(limit)
    )
    return list(session.exec(statement))


def claim_stale_events(
    *, session: Session, now: datetime, lease: timedelta, limit: int = 500
) -> list[int]:
    """Ids of up to `limit` unprocessed events queued longer than `lease` ago, marked queued now.

    The rows are locked while claimed, so two sweeps never claim the same event in the same
    lease; on PostgreSQL an event being processed (its row locked) is skipped, not waited for.
    """
    stale = list(
        session.exec(
            select(col(InboxEvent.id))
            .where(
                col(InboxEvent.status) == "received",
                func.coalesce(InboxEvent.queued_at, InboxEvent.received_at) < now - lease,
            )
            .order_by(col(InboxEvent.id))
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )
    if not stale:
        return []
    # Checked again: SQLite has no row locks, so another sweep may have claimed them since.
    statement = (
        update(InboxEvent)
        .where(
            col(InboxEvent.id).in_(stale),
            col(InboxEvent.status) == "received",
            func.coalesce(InboxEvent.queued_at, InboxEvent.received_at) < now - lease,
        )
        .values(queued_at=now)
        .returning(col(InboxEvent.id))
    )
    return sorted(row_id for row_id in session.connection().execute(statement).scalars() if row_id)


def record_failed_attempt(
    *, session: Session, event_id: int, error: str, now: datetime, max_attempts: int
) -> int | None:
    """Count a processing run of an event that raised; the attempts so far, None if done.

    Once `max_attempts` runs have raised, the event is marked failed with `error` as the
    reason, for `flowhub jobs failed` to list. Otherwise it stays received, queued as of `now`.
    """
    row = get_inbox_event(session=session, event_id=event_id, lock=True)
    if row is None or row.status != "received":
        return None
    row.attempts += 1
    row.error = error
    row.queued_at = now
    if row.attempts >= max_attempts:
        row.status = "failed"
        row.processed_at = now
    session.add(row)
    return row.attempts


def get_failed_events(*, session: Session, limit: int = 100) -> list[InboxEvent]:
    """Events whose processing failed, newest first."""
    return list(
        session.exec(
            select(InboxEvent)
            .where(InboxEvent.status == "failed")
            .order_by(col(InboxEvent.id).desc())
            .limit(limit)
        )
    )


def reset_event(*, session: Session, row: InboxEvent, queued_at: datetime | None = None) -> None:
    """Mark an event for processing again; without `queued_at` the next inbox sweep queues it."""
    row.status = "received"
    row.error = None
    row.processed_at = None
    row.attempts = 0
    row.queued_at = queued_at
    session.add(row)


def create_failed_inbox_event(*, session: Session, row: dict[str, Any], error: str) -> int | None:
    """Store an inbound event FlowHub cannot use, already 'failed' with `error`; None if seen."""
    failed = {**row, "status": "failed", "error": error, "processed_at": row["received_at"]}
    new = insert_new(
        session,
        InboxEvent,
        [failed],
        unique=("platform", "account", "message_id"),
        returning=("id",),
    )
    return new[0][0] if new else None


def get_previous_message(
    *, session: Session, platform: str, account: str, chat: str, before_id: int
) -> InboxEvent | None:
    """The message of one chat received just before the inbox row `before_id`, if any."""
    statement = (
        select(InboxEvent)
        .where(
            InboxEvent.platform == platform,
            InboxEvent.account == account,
            InboxEvent.chat == chat,
            col(InboxEvent.id) < before_id,
            InboxEvent.kind == "text",
        )
        .order_by(col(InboxEvent.id).desc())
        .limit(1)
    )
    return session.exec(statement).first()


def get_own_words(*, session: Session, event_ids: list[int]) -> dict[int, str]:
    """The text of each event its sender wrote themselves; a forward's is "" (someone else's)."""
    if not event_ids:
        return {}
    rows = session.exec(
        select(InboxEvent.id, InboxEvent.text, InboxEvent.event).where(
            col(InboxEvent.id).in_(sorted(set(event_ids)))
        )
    )
    return {
        event_id: "" if (event or {}).get("forwarded") else text
        for event_id, text, event in rows
        if event_id is not None
    }


# Read for every message; built once.
_EVENT = select(InboxEvent).where(InboxEvent.id == bindparam("event_id"))
_EVENT_LOCKED = _EVENT.with_for_update()
