"""The caption of a file that could not be read: only a task or reminder it holds is answered.

The refusal is the answer to the file; anything else the caption would get on its own ("Nice!
Noted", a task list, "I'm not sure") would contradict it or answer a file that was never read.
"""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, SQLModel, col, select

from flowhub.connectors import Reply
from flowhub.storage import Proposal, Reminder, Task

_MADE = (Proposal, Task, Reminder)


def mark(session: Session) -> tuple[int, ...]:
    """The newest card, task and reminder ids, taken before the caption is answered."""
    return tuple(_newest(session, model) for model in _MADE)


def captured(session: Session, before: tuple[int, ...], replies: list[Reply]) -> list[Reply]:
    """The caption's replies when answering it made a card, task or reminder; else none."""
    return replies if mark(session) != before else []


def _newest(session: Session, model: type[SQLModel]) -> int:
    column = col(model.id)  # type: ignore[attr-defined]
    return int(session.exec(select(func.max(column))).one() or 0)
