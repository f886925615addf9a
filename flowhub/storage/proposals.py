"""Proposals: tasks read from a message that wait for Confirm, Edit or Discard."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam
from sqlmodel import Session, col, select

from flowhub.storage._memo import remembered
from flowhub.storage._rows import apply_changes
from flowhub.storage.models import Proposal


def create_proposal(*, session: Session, proposal_in: Proposal) -> Proposal:
    """Store a new pending proposal."""
    session.add(proposal_in)
    session.flush()
    return proposal_in


def get_proposal(*, session: Session, proposal_id: int, lock: bool = False) -> Proposal | None:
    """One proposal by id, optionally locked against a concurrent button press."""
    statement = select(Proposal).where(Proposal.id == proposal_id)
    if lock:
        statement = statement.with_for_update()
    return session.exec(statement).first()


def get_pending_proposals(*, session: Session, chat_id: int, person_id: int) -> list[Proposal]:
    """A person's proposals in a chat that still wait for an answer, oldest first."""

    def load() -> list[Proposal]:
        params = {"chat_id": chat_id, "person_id": person_id}
        return list(session.exec(_PENDING, params=params))

    return remembered(session, ("pending", chat_id, person_id), load)


def get_proposal_for_task(*, session: Session, task_id: int) -> Proposal | None:
    """The confirmed proposal a task was saved from, if it came from one."""
    statement = select(Proposal).where(Proposal.task_id == task_id, Proposal.status == "confirmed")
    return session.exec(statement).first()


def get_chat_pending_proposals(*, session: Session, chat_id: int) -> list[Proposal]:
    """Everyone's proposals in a chat that still wait for an answer, oldest first."""

    def load() -> list[Proposal]:
        statement = select(Proposal).where(
            Proposal.chat_id == chat_id, Proposal.status == "pending"
        )
        return list(session.exec(statement.order_by(col(Proposal.id))))

    return remembered(session, ("chat pending", chat_id), load)


def update_proposal(
    *, session: Session, proposal: Proposal, now: datetime, **changes: object
) -> Proposal:
    """Change fields of a proposal and stamp `updated_at`."""
    proposal.updated_at = now
    return apply_changes(session, proposal, changes)


# Asked by every message; built once.
_PENDING = (
    select(Proposal)
    .where(
        Proposal.chat_id == bindparam("chat_id"),
        Proposal.person_id == bindparam("person_id"),
        Proposal.status == "pending",
    )
    .order_by(col(Proposal.id))
)
