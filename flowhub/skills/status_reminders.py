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
