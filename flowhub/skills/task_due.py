"""Setting a task's due from a time read in words, in the writer's zone."""

from __future__ import annotations

from datetime import UTC

from flowhub.connectors import Reply
from flowhub.nlp import When
from flowhub.skills.context import Context
from flowhub.skills.remind_follow import follow_due
from flowhub.storage import Task, tasks


def set_due(ctx: Context, task: Task, when: When) -> list[Reply]:
    """Make `task` due `when`, pinned to what the words pinned down, in the writer's zone."""
    tasks.update_task(
        session=ctx.session,
        task=task,
        now=ctx.now,
        due_at=when.start.astimezone(UTC),
        due_grain=when.grain,
        due_tz=ctx.tz,
    )
    return follow_due(ctx, task)
