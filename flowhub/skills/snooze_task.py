"""A reminder put off takes its task along when the task was due at that reminder: "call the bank
at 3pm", snoozed an hour at 15:00, is due at 16:00, so it is not late at 15:30.

A repeating task keeps its series; a task due later than the new time, or one the reminder was
not set at (a reminder "the day before"), keeps its time.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from flowhub.skills import push
from flowhub.skills.context import Context
from flowhub.skills.format import when_text
from flowhub.skills.snooze_task_words import SNOOZED_UNTIL
from flowhub.storage import Reminder, Task, access, reminders, tasks

_SAME = timedelta(minutes=1)


def follow(ctx: Context, reminder: Reminder, at: datetime) -> tuple[Task, dict[str, Any]] | None:
    """Move the task of `reminder` to `at`; the task and its snapshot for "undo", or None."""
    if reminder.task_id is None or reminder.rrule or reminder.anchor_at is None:
        return None
    task = access.get_task(session=ctx.session, task_id=reminder.task_id, viewer=ctx.viewer)
    if task is None or task.status != "open" or task.rrule or task.due_at is None:
        return None
    if task.due_grain not in ("minute", "hour"):
        return None
    due, anchor = _aware(task.due_at), _aware(reminder.anchor_at)
    if abs(due - anchor) > _SAME or _aware(at) <= due:
        return None
    before = {
        "id": task.id,
        "status": task.status,
        "due_at": due.isoformat(),
        "completed_at": None,
    }
    tasks.update_task(session=ctx.session, task=task, now=ctx.now, due_at=at.astimezone(UTC))
    ctx.later(push.sync_task, task.id or 0)
    return task, before


def snoozed_notes(ctx: Context, shown: list[Task]) -> dict[int, str]:
    """ "😴 until 17:00" for each shown task whose reminder was put off past its due time.

    A repeating task keeps its time when snoozed, so a list calling it late says why it waits.
    """
    due = {t.id: _aware(t.due_at) for t in shown if t.id is not None and t.due_at is not None}
    if not due:
        return {}
    notes: dict[int, str] = {}
    for r in reminders.get_reminders_touching(session=ctx.session, person_id=ctx.person_id):
        if r.task_id not in due or r.rrule or r.next_at is None or r.status != "active":
            continue
        at = _aware(r.next_at)
        if r.anchor_at is not None and _aware(r.anchor_at) == at and at > due[r.task_id]:
            notes[r.task_id] = SNOOZED_UNTIL.format(when=when_text(at, "minute", ctx.tz))
    return notes


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)
