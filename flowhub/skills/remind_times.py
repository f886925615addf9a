"""When a reminder fires: the next firing of a series, past any occurrence skipped ahead of time,
and the same wall time carried into another zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from flowhub.nlp import next_occurrences, resolve_local
from flowhub.storage import Reminder, reminders

# Skipped occurrences are few; a series never needs more than this many steps past them.
_MAX_SKIPS = 50


def next_firing(reminder: Reminder, *, after: datetime) -> datetime | None:
    """The firing (lead included) of a calendar series strictly after `after`, in UTC."""
    if reminder.rrule is None or reminder.anchor_at is None:
        raise ValueError(f"reminder {reminder.id} has no rule and anchor to repeat from")
    lead = timedelta(minutes=reminder.lead_minutes)
    upcoming = next_occurrences(
        reminder.rrule, start=reminder.anchor_at, tz=reminder.tz, after=after + lead, count=1
    )
    return (upcoming[0] - lead).astimezone(UTC) if upcoming else None


def next_unskipped(session: Session, reminder: Reminder, *, after: datetime) -> datetime | None:
    """Like `next_firing`, stepping over the firings skipped ahead of time."""
    skipped = reminders.get_skipped(session=session, reminder_id=reminder.id or -1, after=after)
    at = next_firing(reminder, after=after)
    for _ in range(_MAX_SKIPS):
        if at is None or at not in skipped:
            return at
        at = next_firing(reminder, after=at)
    return at


def firings_between(reminder: Reminder, *, start: datetime, end: datetime) -> list[datetime]:
    """The firings of a calendar series in [start, end), in UTC."""
    found: list[datetime] = []
    at = next_firing(reminder, after=start - timedelta(seconds=1))
    while at is not None and at < end and len(found) < _MAX_SKIPS:
        found.append(at)
        at = next_firing(reminder, after=at)
    return found


def same_wall_time(at: datetime, old_tz: str, new_tz: str) -> datetime:
    """The instant that shows in `new_tz` the wall time `at` showed in `old_tz`, in UTC."""
    wall = at.astimezone(ZoneInfo(old_tz)).replace(tzinfo=None)
    return resolve_local(wall, ZoneInfo(new_tz)).astimezone(UTC)


def skip_task_firings(session: Session, task_id: int, *, start: datetime, end: datetime) -> None:
    """Skip the repeating reminders of a task that would fire from `start` to `end` (an
    occurrence ticked off before its reminder went off), each moving on to its next firing."""
    start, end = (t if t.tzinfo else t.replace(tzinfo=UTC) for t in (start, end))
    for reminder in reminders.get_reminders_for_task(session=session, task_id=task_id):
        at = reminder.next_at
        if not reminder.rrule or reminder.status != "active" or at is None:
            continue
        at = at if at.tzinfo else at.replace(tzinfo=UTC)
        if not start <= at <= end:
            continue
        reminders.skip_occurrence(session=session, reminder_id=reminder.id or -1, due_at=at)
        upcoming = next_unskipped(session, reminder, after=at)
        reminders.update_reminder(
            session=session,
            reminder=reminder,
            next_at=upcoming,
            status="active" if upcoming else "done",
        )
