"""A deleted task's reminders stop with it: they are cancelled, and "undo" brings them back."""

from __future__ import annotations

from typing import Any

from flowhub.skills.context import Context
from flowhub.skills.remind_manage import undo_snapshot
from flowhub.storage import Task, reminders

__all__ = ["stop_for"]

_LIVE = ("active", "waiting", "fired", "snoozed")


def stop_for(ctx: Context, targets: list[Task]) -> list[dict[str, Any]]:
    """Cancel the live reminders of `targets`; their snapshots, for "undo"."""
    stopped: list[dict[str, Any]] = []
    for task in targets:
        for reminder in reminders.get_reminders_for_task(
            session=ctx.session, task_id=task.id or -1
        ):
            if reminder.status not in _LIVE:
                continue
            stopped.append(undo_snapshot(reminder))
            reminders.update_reminder(
                session=ctx.session, reminder=reminder, status="cancelled", next_at=None
            )
    return stopped
