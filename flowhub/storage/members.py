"""Group chat membership: who has written in a group, and whom the platform names as a member.

Telegram's member updates, Slack's `conversations.members` and the playground's declared groups
tell FlowHub who is in a group before they write; those people are members from then on, so
they see the group's tasks from their private chat too.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import Select, union
from sqlmodel import Session, col, select

from flowhub.storage._rows import get_or_insert
from flowhub.storage.models import Chat, ChatMember, ConversationState


def add_members(
    *, session: Session, chat_id: int, person_ids: Collection[int], now: datetime
) -> None:
    """Record that these people are in the group chat, once each."""
    for person_id in person_ids:
        get_or_insert(
            session,
            select(ChatMember).where(
                ChatMember.chat_id == chat_id, ChatMember.person_id == person_id
            ),
            lambda person_id=person_id: ChatMember(  # type: ignore[misc]
                chat_id=chat_id, person_id=person_id, created_at=now
            ),
        )


def is_member(*, session: Session, chat_id: int, person_id: int) -> bool:
    """Whether a person is in a group chat: they wrote there, or the platform says so."""
    return person_id in get_member_ids(session=session, chat_id=chat_id)


def get_member_ids(*, session: Session, chat_id: int) -> set[int]:
    """Everyone in a group chat: who wrote there and whom the platform names."""
    named = select(ChatMember.person_id).where(ChatMember.chat_id == chat_id)
    return get_writer_ids(session=session, chat_id=chat_id) | set(session.exec(named).all())


def get_writer_ids(*, session: Session, chat_id: int) -> set[int]:
    """The people who have written in a chat."""
    wrote = select(ConversationState.person_id).where(ConversationState.chat_id == chat_id)
    return set(session.exec(wrote).all())


def group_ids_of(person_id: int) -> Select[tuple[int]]:
    """A SELECT of the group chats a person is in, for use inside another query."""
    wrote = (
        select(ConversationState.chat_id)
        .join(Chat, col(Chat.id) == col(ConversationState.chat_id))
        .where(ConversationState.person_id == person_id, Chat.kind == "group")
    )
    named = (
        select(ChatMember.chat_id)
        .join(Chat, col(Chat.id) == col(ChatMember.chat_id))
        .where(ChatMember.person_id == person_id, Chat.kind == "group")
    )
    return select(union(wrote, named).subquery().c[0])
