"""Tasks to export: what a person may see from one chat, read in chunks rather than all at once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col
from sqlmodel import select as select_rows

from flowhub.storage.models import Chat, ConversationState, Person, Task

CHUNK = 500


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One task as an export shows it, with its assignee's and chat's names resolved."""

    id: int
    title: str
    status: str
    assignee: str
    due_at: datetime | None
    created_at: datetime
    completed_at: datetime | None
    chat: str


def iter_export_rows(
    *, session: Session, workspace_id: int, person_id: int, group_id: int | None, chunk: int = CHUNK
) -> Iterator[ExportRow]:
    """The live tasks `person_id` may see (the group's, when asked from group `group_id`),
    by id, fetched `chunk` rows at a time."""
    assignee = aliased(Person)
    rule = _group_tasks(group_id) if group_id is not None else _own_tasks(person_id)
    after = 0
    while True:
        statement = (
            select(
                col(Task.id),
                col(Task.title),
                col(Task.status),
                col(Task.assignee_name),
                col(Task.due_at),
                col(Task.created_at),
                col(Task.completed_at),
                col(assignee.display_name),
                col(Chat.title),
                col(Chat.kind),
            )
            .outerjoin(assignee, col(assignee.id) == col(Task.assignee_id))
            .outerjoin(Chat, col(Chat.id) == col(Task.chat_id))
            .where(col(Task.workspace_id) == workspace_id, col(Task.status) != "deleted")
            .where(rule, col(Task.id) > after)
            .order_by(col(Task.id))
            .limit(chunk)
        )
        rows = session.execute(statement).all()
        # Plain columns, not Task objects: nothing piles up in the session between chunks.
        for row in rows:
            yield _row(*row)
        if len(rows) < chunk:
            return
        after = rows[-1][0]


def _own_tasks(person_id: int) -> ColumnElement[bool]:
    return or_(col(Task.creator_id) == person_id, col(Task.assignee_id) == person_id)


def _group_tasks(group_id: int) -> ColumnElement[bool]:
    """The rule of `access.may_see_in_group`, as SQL: made in the group, or given by one member
    to another."""
    members = select_rows(ConversationState.person_id).where(ConversationState.chat_id == group_id)
    given = and_(
        col(Task.assignee_id).is_not(None),
        col(Task.assignee_id) != col(Task.creator_id),
        col(Task.creator_id).in_(members),
        col(Task.assignee_id).in_(members),
    )
    return or_(col(Task.chat_id) == group_id, given)


def _row(
    task_id: int,
    title: str,
    status: str,
    assignee_name: str | None,
    due_at: datetime | None,
    created_at: datetime,
    completed_at: datetime | None,
    name: str | None,
    chat_title: str | None,
    chat_kind: str | None,
) -> ExportRow:
    return ExportRow(
        id=task_id,
        title=title,
        status=status,
        assignee=name or assignee_name or "",
        due_at=due_at,
        created_at=created_at,
        completed_at=completed_at,
        chat=chat_title or chat_kind or "",
    )
