"""Reminders ticked off with their Done button, for "what did I get done this week": a reminder
of its own has no task to list, but the person did the thing all the same.
"""

from __future__ import annotations

from datetime import UTC

from flowhub.skills import status_words as say
from flowhub.skills.context import Context
from flowhub.skills.format import when_text
from flowhub.skills.status_period import Period
from flowhub.storage import reminders


def done_lines(ctx: Context, period: Period | None) -> list[str]:
    """Lines for the asker's one-off reminders without a task marked done within `period`."""
    lines = []
    for reminder in reminders.get_past_reminders(session=ctx.session, person_id=ctx.person_id):
        at = reminder.anchor_at
        if reminder.status != "done" or reminder.task_id or reminder.rrule or at is None:
            continue
        at = at if at.tzinfo else at.replace(tzinfo=UTC)
        if period is not None and not period.start <= at < period.end:
            continue
        lines.append(
            say.DONE_REMINDER.format(text=reminder.text, when=when_text(at, "minute", ctx.tz))
        )
    return lines


def due_lines(ctx: Context, period: Period, *, listed: set[int]) -> list[str]:
    """Lines for the asker's reminders still to go off within `period` ("what's on today"),
    but for those of a task the answer already lists."""
    lines = []
    for reminder in reminders.get_active_reminders(session=ctx.session, person_id=ctx.person_id):
        at = reminder.next_at
        if at is None or (reminder.task_id is not None and reminder.task_id in listed):
            continue
        at = at if at.tzinfo else at.replace(tzinfo=UTC)
        if not (max(period.start, ctx.now) <= at < period.end):
            continue
        lines.append(f"⏰ {reminder.text} · {when_text(at, 'minute', ctx.tz, now=ctx.now)}")
    return lines
