"""The tasks a person's done news may tick: the ones they do."""

from __future__ import annotations

from flowhub.skills.context import Context
from flowhub.storage import Task, access, tasks


def sender_open(ctx: Context) -> list[Task]:
    """Open tasks the sender does: given to them, or theirs and given to nobody."""
    found = tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        status="open",
        visible_to=ctx.viewer,
        limit=200,
    )
    return [
        t
        for t in found
        if (
            t.assignee_id == ctx.person_id
            or (t.assignee_id is None and t.creator_id == ctx.person_id)
        )
        and access.may_touch_task(ctx.viewer, t)
    ]
