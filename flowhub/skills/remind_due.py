"""A saved task's own reminder: its person's lead time before the task's clock time."""

from __future__ import annotations

from datetime import UTC, timedelta

from flowhub.nlp import next_occurrences
from flowhub.skills.context import Context
from flowhub.storage import Reminder, Task, people, reminders


def task_reminder(ctx: Context, task: Task) -> Reminder | None:
    """A confirmed task with a clock time gets a reminder its person's lead time before it.

    A lead that would land in the past falls back to the due time itself.
    """
    if task.due_at is None or task.due_grain not in ("minute", "hour"):
        return None
    if task.due_at <= ctx.now and not task.rrule:
        return None
    person_id = task.assignee_id or task.creator_id
    person = ctx.person if person_id == ctx.person_id else None
    person = person or people.get_person(session=ctx.session, person_id=person_id)
    lead = timedelta(minutes=person.reminder_lead_minutes if person else 0)
    due = task.due_at
    if task.rrule and task.due_at <= ctx.now:
        upcoming = next_occurrences(
            task.rrule, start=task.due_at, tz=task.due_tz or ctx.tz, after=ctx.now, count=1
        )
        if not upcoming:
            return None
        due = upcoming[0]
    next_at = due - lead if due - lead > ctx.now else due
    return reminders.create_reminder(
        session=ctx.session,
        reminder_in=Reminder(
            person_id=person_id,
            created_by=ctx.person_id,
            chat_id=task.chat_id,
            task_id=task.id,
            text=task.title,
            next_at=next_at.astimezone(UTC),
            anchor_at=task.due_at,
            rrule=task.rrule,
            repeat_from=task.repeat_from if task.rrule else "calendar",
            lead_minutes=int(lead.total_seconds() // 60),
            tz=task.due_tz or ctx.tz,
            created_at=ctx.now,
        ),
    )
