"""Conversation state rows: one JSON document per chat and person."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from flowhub.storage.models import ConversationState


def get_or_create_state(
    *, session: Session, chat_id: int, person_id: int, now: datetime
) -> ConversationState:
    """The state row of a thread, created empty on first use."""
    statement = select(ConversationState).where(
        ConversationState.chat_id == chat_id, ConversationState.person_id == person_id
    )
    found = session.exec(statement).first()
    if found:
        return found
    row = ConversationState(chat_id=chat_id, person_id=person_id, data={}, updated_at=now)
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        return session.exec(statement).one()
    return row


def save_state(
    *, session: Session, row: ConversationState, data: dict[str, Any], now: datetime
) -> None:
    """Replace a thread's state document."""
    row.data = dict(data)
    row.updated_at = now
    session.add(row)
