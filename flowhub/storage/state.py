"""Conversation state rows: one JSON document per chat and person."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam
from sqlmodel import Session, col, select

from flowhub.storage._rows import get_or_insert
from flowhub.storage.models import ConversationState


def get_or_create_state(
    *, session: Session, chat_id: int, person_id: int, now: datetime
) -> ConversationState:
    """The state row of a thread, created empty on first use."""
    return get_or_insert(
        session,
        _STATE,
        lambda: ConversationState(chat_id=chat_id, person_id=person_id, data={}, updated_at=now),
        {"chat_id": chat_id, "person_id": person_id},
    )


def save_state(
    *, session: Session, row: ConversationState, data: dict[str, Any], now: datetime
) -> None:
    """Replace a thread's state document."""
    row.data = dict(data)
    row.updated_at = now
    session.add(row)


def get_people_since(*, session: Session, chat_id: int, since: datetime) -> list[int]:
    """The people who have said or pressed something in a chat after `since`."""
    statement = select(ConversationState.person_id).where(
        ConversationState.chat_id == chat_id, col(ConversationState.updated_at) > since
    )
    return list(session.exec(statement))


_STATE = select(ConversationState).where(
    ConversationState.chat_id == bindparam("chat_id"),
    ConversationState.person_id == bindparam("person_id"),
)
