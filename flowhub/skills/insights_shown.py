"""The count above a done list, taken from the tasks it shows: "Priya: 3 done this week, 3 on
time" never says fewer than the list below it lists."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from flowhub.skills.context import Context
from flowhub.storage import Task

__all__ = ["shown_done"]


def shown_done(ctx: Context) -> tuple[int, int]:
    """(done, on time) among the tasks of the list just shown."""
    if ctx.thread.list_kind != "tasks":
        return 0, 0
    found = [ctx.session.get(Task, task_id) for task_id in ctx.thread.last_list]
    done = [t for t in found if t is not None and t.status == "done"]
    return len(done), sum(1 for t in done if _in_time(t))


def _in_time(task: Task) -> bool:
    if task.due_at is None or task.completed_at is None:
        return False
    due, done = _aware(task.due_at), _aware(task.completed_at)
    if task.due_grain != "day":
        return done <= due
    zone = ZoneInfo(task.due_tz or "UTC")
    day = due.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    return done < day + timedelta(days=1)


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)
