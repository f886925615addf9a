"""Following a turn's edits into the tools: a task changed in chat is sent again."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, inspect

from flowhub.skills import push
from flowhub.storage import Task, integrations

if TYPE_CHECKING:
    from sqlmodel import Session

    from flowhub.skills.context import Context

# The task fields a tool keeps a copy of.
FOLLOWED = (
    "title", "notes", "due_at", "due_grain", "assignee_id", "assignee_name", "priority", "rrule",
    "repeat_from",
)  # fmt: skip


@contextmanager
def following_edits(ctx: Context) -> Iterator[None]:
    """Queue a push of every task with a tool link whose followed fields change in the block."""
    edited: set[int] = set()

    def before_flush(session: Session, _context: Any, _instances: Any) -> None:
        edited.update(_edited(session))

    event.listen(ctx.session, "before_flush", before_flush)
    try:
        yield
    finally:
        event.remove(ctx.session, "before_flush", before_flush)
    edited.update(_edited(ctx.session))
    queued = {item for name, item in ctx.jobs if name in ("push_task", "push_edit")}
    for task_id in sorted(edited - queued):
        if integrations.get_links(session=ctx.session, task_id=task_id):
            ctx.later(push.push_edit, task_id)


def _edited(session: Session) -> set[int]:
    """The ids of saved tasks in `session` with a followed field changed and not yet flushed."""
    found: set[int] = set()
    for row in session.dirty:
        if isinstance(row, Task) and row.id is not None:
            attrs = inspect(row).attrs
            if any(attrs[name].history.has_changes() for name in FOLLOWED):
                found.add(row.id)
    return found
