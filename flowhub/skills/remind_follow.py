"""A task's reminders when its due time moves: its own reminder is made again for the new time,
one asked "an hour before" keeps its lead and moves along, or is removed (and said so) when the
new time leaves no room for it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flowhub.connectors import Reply
from flowhub.skills import remind_words
from flowhub.skills.context import Context
from flowhub.skills.format import when_text
from flowhub.skills.remind_due import task_reminder
from flowhub.storage import Person, Reminder, Task, id_of, reminders

__all__ = ["follow_due"]


def follow_due(ctx: Context, task: Task) -> list[Reply]:
    """Move the task's pending reminders with its new due; say where a lead reminder went."""
    said: list[Reply] = []
    for reminder in reminders.get_reminders_for_task(session=ctx.session, task_id=id_of(task)):
        if reminder.status != "active":
            continue
        if not _asked_ahead(ctx, reminder):
            reminders.update_reminder(
                session=ctx.session, reminder=reminder, status="cancelled", next_at=None
            )
            continue
        at = _new_firing(task, reminder)
        if at is None or at <= ctx.now:
            reminders.update_reminder(
                session=ctx.session, reminder=reminder, status="cancelled", next_at=None
            )
            said.append(Reply(remind_words.LEAD_REMOVED.format(title=task.title)))
            continue
        reminders.update_reminder(
            session=ctx.session, reminder=reminder, next_at=at, anchor_at=task.due_at
        )
        when = when_text(at, "minute", ctx.tz)
        said.append(Reply(remind_words.LEAD_MOVED.format(title=task.title, when=when)))
    task_reminder(ctx, task)
    return said


def _asked_ahead(ctx: Context, reminder: Reminder) -> bool:
    """Whether the reminder is one asked some time before the task, not the task's own."""
    if reminder.rrule or reminder.anchor_at is None or reminder.lead_minutes <= 0:
        return False
    person = ctx.session.get(Person, reminder.person_id)
    return person is None or reminder.lead_minutes != person.reminder_lead_minutes


def _new_firing(task: Task, reminder: Reminder) -> datetime | None:
    """The same lead before the task's new due, in UTC; None when it has no due now."""
    if task.due_at is None:
        return None
    due = task.due_at if task.due_at.tzinfo else task.due_at.replace(tzinfo=UTC)
    return (due - timedelta(minutes=reminder.lead_minutes)).astimezone(UTC)
