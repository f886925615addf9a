"""Reminders and their occurrences; an occurrence is unique per reminder and due instant."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, update
from sqlmodel import Session, col, select

from flowhub.storage._memo import remembered
from flowhub.storage._rows import apply_changes, insert_new
from flowhub.storage.models import Reminder, ReminderOccurrence, Task


def create_reminder(*, session: Session, reminder_in: Reminder) -> Reminder:
    """Store a new reminder."""
    session.add(reminder_in)
    session.flush()
    return reminder_in


def get_reminder(*, session: Session, reminder_id: int) -> Reminder | None:
    """One reminder by id."""
    return session.get(Reminder, reminder_id)


# A reminder in one of these states still has occurrences to come: "waiting" is a repeat after
# completion that fired and comes back once it is done.
_LIVE = ("active", "waiting")


def get_reminders_for_task(*, session: Session, task_id: int) -> list[Reminder]:
    """The active and waiting reminders that belong to a task."""
    return list(
        session.exec(
            select(Reminder)
            .where(Reminder.task_id == task_id, col(Reminder.status).in_(_LIVE))
            .order_by(col(Reminder.id))
        )
    )


def get_active_reminders(*, session: Session, person_id: int, limit: int = 50) -> list[Reminder]:
    """A person's active and waiting reminders, soonest first, waiting ones (no time) last.

    A reminder of a task that is done or deleted is left out: it will not fire.
    """
    return list(
        session.exec(
            select(Reminder)
            .outerjoin(Task, col(Task.id) == col(Reminder.task_id))
            .where(
                Reminder.person_id == person_id,
                col(Reminder.status).in_(_LIVE),
                or_(col(Reminder.task_id).is_(None), col(Task.status) == "open"),
            )
            .order_by(col(Reminder.next_at).is_(None), col(Reminder.next_at), col(Reminder.id))
            .limit(limit)
        )
    )


def claim_due_reminders(*, session: Session, now: datetime, limit: int = 500) -> list[Reminder]:
    """Active (and snoozed waiting) reminders due by `now`, locked so a second scheduler skips them.

    PostgreSQL uses `FOR UPDATE SKIP LOCKED`; SQLite has one writer at a time, and the unique
    occurrence row is the guard there.
    """
    statement = (
        select(Reminder)
        .where(col(Reminder.status).in_(_LIVE), col(Reminder.next_at) <= now)
        .order_by(col(Reminder.next_at), col(Reminder.id))
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        statement = statement.with_for_update(skip_locked=True)
    return list(session.exec(statement))


def next_due_at(*, session: Session, until: datetime) -> datetime | None:
    """The earliest time a live reminder is due, if it is by `until`."""
    statement = (
        select(Reminder.next_at)
        .where(col(Reminder.status).in_(_LIVE), col(Reminder.next_at) <= until)
        .order_by(col(Reminder.next_at))
        .limit(1)
    )
    return session.exec(statement).first()


def get_occurrence(*, session: Session, occurrence_id: int) -> ReminderOccurrence | None:
    """One occurrence by id."""
    return session.get(ReminderOccurrence, occurrence_id)


def update_reminder(*, session: Session, reminder: Reminder, **changes: object) -> Reminder:
    """Change fields of a reminder."""
    return apply_changes(session, reminder, changes)


def get_latest_occurrence(*, session: Session, person_id: int) -> ReminderOccurrence | None:
    """The reminder occurrence that fired last for a person ("snooze until 4pm" means it)."""

    def load() -> list[ReminderOccurrence]:
        found = session.exec(
            select(ReminderOccurrence)
            .join(Reminder, col(Reminder.id) == col(ReminderOccurrence.reminder_id))
            .where(Reminder.person_id == person_id, ReminderOccurrence.status != "skipped")
            .order_by(col(ReminderOccurrence.fired_at).desc(), col(ReminderOccurrence.id).desc())
        ).first()
        return [found] if found is not None else []

    latest = remembered(session, ("latest occurrence", person_id), load)
    return latest[0] if latest else None


def create_occurrences(*, session: Session, rows: list[dict[str, object]]) -> dict[int, int]:
    """Record many firings in one statement; return {reminder id: occurrence id} of new ones.

    Each row has reminder_id, due_at, fired_at and late; a firing recorded before is skipped.
    """
    if not rows:
        return {}
    new = insert_new(
        session,
        ReminderOccurrence,
        [{**row, "status": "sent"} for row in rows],
        unique=("reminder_id", "due_at"),
        returning=("reminder_id", "id"),
    )
    return {reminder_id: occurrence_id for reminder_id, occurrence_id in new}


def get_past_reminders(*, session: Session, person_id: int, limit: int = 50) -> list[Reminder]:
    """A person's reminders that went off and have nothing more to come, newest first."""
    return list(
        session.exec(
            select(Reminder)
            .where(Reminder.person_id == person_id, col(Reminder.status).in_(("fired", "done")))
            .order_by(col(Reminder.created_at).desc(), col(Reminder.id).desc())
            .limit(limit)
        )
    )


def get_reminders_touching(*, session: Session, person_id: int, limit: int = 200) -> list[Reminder]:
    """Live reminders a person is reminded by or set for someone else, newest first."""
    return list(
        session.exec(
            select(Reminder)
            .outerjoin(Task, col(Task.id) == col(Reminder.task_id))
            .where(
                or_(col(Reminder.person_id) == person_id, col(Reminder.created_by) == person_id),
                col(Reminder.status).in_(_LIVE),
                or_(col(Reminder.task_id).is_(None), col(Task.status) == "open"),
            )
            .order_by(col(Reminder.created_at).desc(), col(Reminder.id).desc())
            .limit(limit)
        )
    )


def skip_occurrence(*, session: Session, reminder_id: int, due_at: datetime) -> bool:
    """Mark one future firing as skipped, so the scheduler passes it by; False if already there."""
    new = insert_new(
        session,
        ReminderOccurrence,
        [{"reminder_id": reminder_id, "due_at": due_at, "status": "skipped", "late": False}],
        unique=("reminder_id", "due_at"),
        returning=("id",),
    )
    return bool(new)


def get_skipped(*, session: Session, reminder_id: int, after: datetime) -> set[datetime]:
    """The firings of a reminder after `after` that were skipped ahead of time."""
    return set(
        session.exec(
            select(ReminderOccurrence.due_at).where(
                ReminderOccurrence.reminder_id == reminder_id,
                ReminderOccurrence.status == "skipped",
                col(ReminderOccurrence.due_at) > after,
            )
        )
    )


def mark_occurrence(*, session: Session, occurrence: ReminderOccurrence, status: str) -> None:
    """Change an occurrence's status ("skipped" after it fired and was let go)."""
    apply_changes(session, occurrence, {"status": status})


def skip_occurrences(*, session: Session, occurrence_ids: list[int]) -> None:
    """Mark firings that were never shown (their task is closed) as skipped."""
    if occurrence_ids:
        session.connection().execute(
            update(ReminderOccurrence)
            .where(col(ReminderOccurrence.id).in_(occurrence_ids))
            .values(status="skipped")
        )
