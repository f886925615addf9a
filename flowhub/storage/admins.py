"""Group chat admins: a group's first member, and whoever an admin names in the group.

A group with no `ChatAdmin` row is administered by its first member alone (the person whose
conversation-state row there is the oldest). The first change writes that member down with it,
so from then on the rows alone say who the admins are.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, func
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from flowhub.storage._rows import get_or_insert
from flowhub.storage.models import Chat, ChatAdmin, ConversationState


def get_admins(*, session: Session, chat_id: int) -> list[int]:
    """The ids of a group's admins, in the order they became admins."""
    named = session.exec(
        select(ChatAdmin.person_id)
        .where(ChatAdmin.chat_id == chat_id)
        .order_by(col(ChatAdmin.created_at), col(ChatAdmin.id))
    ).all()
    if named:
        return list(named)
    first = _first_member(session, chat_id)
    return [] if first is None else [first]


def is_admin(*, session: Session, chat_id: int, person_id: int) -> bool:
    """Whether a person administers a group chat."""
    return person_id in get_admins(session=session, chat_id=chat_id)


def get_groups(*, session: Session, person_id: int) -> list[Chat]:
    """The group chats a person administers, oldest first."""
    named = session.exec(
        select(Chat)
        .join(ChatAdmin, col(ChatAdmin.chat_id) == col(Chat.id))
        .where(ChatAdmin.person_id == person_id, Chat.kind == "group")
    ).all()
    other = aliased(ConversationState)
    first_row = (
        select(func.min(other.id))
        .where(col(other.chat_id) == col(Chat.id))
        .correlate(Chat)
        .scalar_subquery()
    )
    first = session.exec(
        select(Chat)
        .join(ConversationState, col(ConversationState.chat_id) == col(Chat.id))
        .where(
            ConversationState.person_id == person_id,
            Chat.kind == "group",
            col(ConversationState.id) == first_row,
            ~exists().where(col(ChatAdmin.chat_id) == col(Chat.id)),
        )
    ).all()
    return sorted({chat.id: chat for chat in [*named, *first]}.values(), key=lambda c: c.id or 0)


def create_admin(
    *, session: Session, chat_id: int, person_id: int, granted_by: int | None, now: datetime
) -> bool:
    """Make a person an admin of a group chat; False when they already are one."""
    if person_id in _written_down(session, chat_id, now):
        return False
    _add(
        session,
        ChatAdmin(chat_id=chat_id, person_id=person_id, granted_by=granted_by, created_at=now),
    )
    return True


def delete_admin(*, session: Session, chat_id: int, person_id: int, now: datetime) -> bool:
    """Stop a person administering a group chat; False when they were not an admin, or are its
    only one (a group always keeps one)."""
    admins = _written_down(session, chat_id, now)
    if person_id not in admins or len(admins) < 2:
        return False
    row = session.exec(
        select(ChatAdmin).where(ChatAdmin.chat_id == chat_id, ChatAdmin.person_id == person_id)
    ).one()
    session.delete(row)
    session.flush()
    return True


def _written_down(session: Session, chat_id: int, now: datetime) -> list[int]:
    """The group's admins, the first member given a row if the group had none yet."""
    admins = get_admins(session=session, chat_id=chat_id)
    named = session.exec(select(ChatAdmin.id).where(ChatAdmin.chat_id == chat_id)).first()
    if named is None and admins:
        _add(session, ChatAdmin(chat_id=chat_id, person_id=admins[0], created_at=now))
    return admins


def _add(session: Session, row: ChatAdmin) -> None:
    """Insert an admin row; one another writer inserted first stands."""
    same = select(ChatAdmin).where(
        ChatAdmin.chat_id == row.chat_id, ChatAdmin.person_id == row.person_id
    )
    get_or_insert(session, same, lambda: row)


def _first_member(session: Session, chat_id: int) -> int | None:
    return session.exec(
        select(ConversationState.person_id)
        .where(ConversationState.chat_id == chat_id)
        .order_by(col(ConversationState.id))
        .limit(1)
    ).first()
