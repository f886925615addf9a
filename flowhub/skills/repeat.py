"""Repeats counted from completion ("every! 3 days"): what happens when one is done or skipped.

Such a repeat has no next occurrence until the current one is done: Done (or Skip) counts the
next one an interval from now, and every repeat-after-completion reminder of a task follows the
task's due time. Not a skill of its own: `remind` and `done` call in here.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flowhub.connectors import Reply
from flowhub.nlp import next_after_completion
from flowhub.skills import words
from flowhub.skills.context import Context
from flowhub.skills.format import when_text
from flowhub.storage import Reminder, Task, reminders, tasks


def after_done(reminder: Reminder) -> bool:
    """Whether `reminder` repeats counted from completion rather than by the calendar."""
    return bool(reminder.rrule) and reminder.repeat_from == "completion"


def done_again(ctx: Context, reminder: Reminder) -> Reply:
    """Done on a repeat after completion: the next one is an interval from now."""
    edit = ctx.event.reply_to
    if reminder.status == "active" and reminder.next_at is not None:
        when = when_text(reminder.next_at, "minute", ctx.tz)
        return Reply(words.REMINDER_DONE_ALREADY.format(text=reminder.text, next=when), edit=edit)
    if reminder.status != "waiting":
        return Reply(
            words.REMINDER_ALREADY.format(
                text=reminder.text, status=words.reminder_status(reminder.status)
            )
        )
    task = (
        tasks.get_task(session=ctx.session, task_id=reminder.task_id) if reminder.task_id else None
    )
    if task is not None and task.status != "open":
        reminders.update_reminder(session=ctx.session, reminder=reminder, status="done")
        return Reply(words.REMINDER_DONE.format(text=reminder.text), edit=edit)
    if task is not None and task.rrule and task.repeat_from == "completion":
        # The task moves on, and with it every reminder of it (this one included).
        if repeat_task(ctx, task) is None:
            tasks.update_task(
                session=ctx.session, task=task, now=ctx.now, status="done", completed_at=ctx.now
            )
    else:
        _restart(ctx, reminder)
    if reminder.status != "active" or reminder.next_at is None:
        return Reply(words.REMINDER_SERIES_OVER.format(text=reminder.text), edit=edit)
    when = when_text(reminder.next_at, "minute", ctx.tz)
    return Reply(words.REMINDER_DONE_NEXT.format(text=reminder.text, next=when), edit=edit)


def skip_again(ctx: Context, reminder: Reminder) -> Reply:
    """Skipping a repeat after completion counts the next one from now, as if done."""
    _restart(ctx, reminder)
    if reminder.next_at is None:
        return Reply(words.REMINDER_SERIES_OVER.format(text=reminder.text))
    when = when_text(reminder.next_at, "minute", ctx.tz)
    return Reply(words.REMINDER_SKIPPED_NOW.format(text=reminder.text, next=when))


def _restart(ctx: Context, reminder: Reminder) -> None:
    """Count a repeat after completion from now: its next firing, or the end of the series."""
    assert reminder.rrule is not None
    due = next_after_completion(
        reminder.rrule,
        anchor=reminder.anchor_at or reminder.next_at or ctx.now,
        tz=reminder.tz,
        done_at=ctx.now,
    )
    if due is None:
        reminders.update_reminder(
            session=ctx.session, reminder=reminder, status="done", next_at=None
        )
        return
    _rearm(ctx, reminder, due)


def _rearm(ctx: Context, reminder: Reminder, due: datetime) -> None:
    """Point a reminder at an occurrence due at `due`, its lead before, never in the past."""
    at = due - timedelta(minutes=reminder.lead_minutes)
    if at <= ctx.now:
        at = due  # too late for the lead: remind at the due time itself
    waiting = at <= ctx.now
    reminders.update_reminder(
        session=ctx.session,
        reminder=reminder,
        anchor_at=due.astimezone(UTC),
        next_at=None if waiting else at.astimezone(UTC),
        status="waiting" if waiting else "active",
    )


def repeat_task(ctx: Context, task: Task) -> datetime | None:
    """Done on a task that repeats after completion: move it and its reminders one interval on.

    Returns the task's next due time, or None when its rule is over (its reminders end too;
    the caller closes the task).
    """
    if task.rrule is None or task.due_at is None:
        raise ValueError(f"task {task.id} has no rule and due time to repeat from")
    due = next_after_completion(
        task.rrule, anchor=task.due_at, tz=task.due_tz or ctx.tz, done_at=ctx.now
    )
    if due is not None:
        tasks.update_task(session=ctx.session, task=task, now=ctx.now, due_at=due.astimezone(UTC))
    follow_task(ctx, task, ended=due is None)
    return due


def follow_task(ctx: Context, task: Task, *, ended: bool = False) -> None:
    """Re-time the repeat-after-completion reminders of `task` to its due time (also on undo)."""
    for reminder in reminders.get_reminders_for_task(session=ctx.session, task_id=task.id or -1):
        if not after_done(reminder):
            continue
        if ended or task.due_at is None:
            reminders.update_reminder(
                session=ctx.session, reminder=reminder, status="done", next_at=None
            )
        else:
            _rearm(ctx, reminder, task.due_at)
