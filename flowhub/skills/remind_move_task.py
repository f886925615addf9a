"""A reminder moved in words takes its task along when the task is due at the reminder's time:
after "do it tomorrow 9am" moved both, "11 not 9" moves the task too, so "Moved … to 11:00"
is what the list then shows.

A task due at another time than the reminder (a reminder "15 min before") keeps its time.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from flowhub.skills import push
from flowhub.skills.context import Context
from flowhub.storage import Reminder, Task, access, tasks

__all__ = ["along"]

_SAME = timedelta(minutes=1)


def along(ctx: Context, reminder: Reminder, at: datetime) -> tuple[Task, dict[str, Any]] | None:
    """Move the task due at `reminder`'s time to `at`; the task and its "undo" snapshot, or None."""
    own = reminder.anchor_at or reminder.next_at
    if reminder.task_id is None or reminder.rrule or own is None:
        return None
    task = access.get_task(session=ctx.session, task_id=reminder.task_id, viewer=ctx.viewer)
    if task is None or task.status != "open" or task.rrule or task.due_at is None:
        return None
    if task.due_grain not in ("minute", "hour") or abs(_aware(task.due_at) - _aware(own)) > _SAME:
        return None
    before = {
        "id": task.id,
        "status": task.status,
        "due_at": _aware(task.due_at).isoformat(),
        "completed_at": None,
    }
    tasks.update_task(session=ctx.session, task=task, now=ctx.now, due_at=at.astimezone(UTC))
    ctx.later(push.sync_task, task.id or 0)
    return task, before


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)
