"""Tasks: create, fetch, list by the questions people ask, change status."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import or_
from sqlmodel import Session, col, select

from flowhub.storage._memo import remembered
from flowhub.storage._rows import apply_changes
from flowhub.storage.access import Viewer, visible_tasks
from flowhub.storage.models import Reminder, Task


def create_task(*, session: Session, task_in: Task) -> Task:
    """Store a new task."""
    session.add(task_in)
    session.flush()
    return task_in


def get_task(*, session: Session, task_id: int) -> Task | None:
    """One task by id."""
    return session.get(Task, task_id)


def get_tasks_by_ids(*, session: Session, task_ids: Sequence[int]) -> list[Task]:
    """Tasks in the order of `task_ids`, skipping ids that no longer exist."""
    if not task_ids:
        return []
    rows = {t.id: t for t in session.exec(select(Task).where(col(Task.id).in_(task_ids)))}
    return [rows[i] for i in task_ids if i in rows]


def get_all_tasks(
    *,
    session: Session,
    workspace_id: int,
    status: str | None = "open",
    involving: int | None = None,
    assignee_id: int | None = None,
    assignee_name: str | None = None,
    creator_id: int | None = None,
    chat_id: int | None = None,
    due_before: datetime | None = None,
    due_after: datetime | None = None,
    visible_to: Viewer | None = None,
    limit: int = 200,
    completed_after: datetime | None = None,
    completed_before: datetime | None = None,
    undated: bool = False,
    assigned_away_from: int | None = None,
) -> list[Task]:
    """Tasks of a workspace matching every filter given, soonest due first, undated last.

    `involving` is a person who either has the task or created it for nobody in particular;
    `assigned_away_from` keeps tasks given to someone other than that person (by id or by
    name); `undated` keeps tasks without a due date; `visible_to` keeps only the tasks that
    viewer may see (`flowhub.storage.access`).
    """
    key = ("tasks", workspace_id, status, involving, assignee_id, assignee_name, creator_id,
           chat_id, due_before, due_after, visible_to, limit, completed_after, completed_before,
           undated, assigned_away_from)  # fmt: skip

    def load() -> list[Task]:
        statement = select(Task).where(Task.workspace_id == workspace_id)
        if visible_to is not None:
            statement = statement.where(visible_tasks(visible_to))
        if status is not None:
            statement = statement.where(Task.status == status)
        if involving is not None:
            statement = statement.where(
                or_(
                    col(Task.assignee_id) == involving,
                    (col(Task.creator_id) == involving)
                    & col(Task.assignee_id).is_(None)
                    & col(Task.assignee_name).is_(None),
                )
            )
        if assignee_id is not None:
            statement = statement.where(Task.assignee_id == assignee_id)
        if assignee_name is not None:
            statement = statement.where(
                or_(
                    col(Task.assignee_name).ilike(assignee_name),
                    col(Task.assignee_name).ilike(f"{assignee_name} %"),
                    col(Task.assignee_name).ilike(f"@{assignee_name}"),
                )
            )
        if creator_id is not None:
            statement = statement.where(Task.creator_id == creator_id)
        if chat_id is not None:
            statement = statement.where(Task.chat_id == chat_id)
        if due_before is not None:
            statement = statement.where(col(Task.due_at) < due_before)
        if due_after is not None:
            statement = statement.where(col(Task.due_at) >= due_after)
        if completed_after is not None:
            statement = statement.where(col(Task.completed_at) >= completed_after)
        if completed_before is not None:
            statement = statement.where(col(Task.completed_at) < completed_before)
        if undated:
            statement = statement.where(col(Task.due_at).is_(None))
        if assigned_away_from is not None:
            statement = statement.where(
                or_(
                    col(Task.assignee_id) != assigned_away_from,
                    col(Task.assignee_id).is_(None) & col(Task.assignee_name).is_not(None),
                )
            )
        statement = statement.order_by(
            col(Task.due_at).is_(None), col(Task.due_at), col(Task.id)
        ).limit(limit)
        return list(session.exec(statement))

    return remembered(session, key, load)


def update_task(*, session: Session, task: Task, now: datetime, **changes: object) -> Task:
    """Change fields of a task and stamp `updated_at`; reminders that say its title follow it."""
    old_title = task.title
    task.updated_at = now
    changed = apply_changes(session, task, changes)
    if task.id is not None and task.title != old_title:
        said = select(Reminder).where(Reminder.task_id == task.id, Reminder.text == old_title)
        for reminder in session.exec(said):
            apply_changes(session, reminder, {"text": task.title[:500]})
    return changed


def link_named_assignee(
    *,
    session: Session,
    workspace_id: int,
    name: str,
    person_id: int,
    now: datetime,
    chat_id: int | None = None,
) -> list[Task]:
    """Give open tasks assigned by name to a newcomer's person record (only those created in
    `chat_id`, when given); return them."""
    tasks = get_all_tasks(
        session=session, workspace_id=workspace_id, assignee_name=name.lstrip("@"), chat_id=chat_id
    )
    linked = [t for t in tasks if t.assignee_id is None]
    for task in linked:
        update_task(session=session, task=task, now=now, assignee_id=person_id)
    return linked
