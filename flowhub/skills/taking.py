"""A task becoming the sender's own: its assignee, the answer and its live reminders move."""

from __future__ import annotations

from flowhub.skills.assign import move_reminders
from flowhub.skills.context import Context
from flowhub.storage import Task, tasks


def take_on(ctx: Context, task: Task, *, assignment: str, **changes: object) -> None:
    """`task` becomes the sender's, answered `assignment`, and their reminders go with it."""
    tasks.update_task(
        session=ctx.session,
        task=task,
        now=ctx.now,
        assignee_id=ctx.person_id,
        assignee_name=ctx.person.display_name,
        assignment=assignment,
        **changes,
    )
    move_reminders(ctx, task, to_id=ctx.person_id)
