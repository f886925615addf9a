"""Rows the storage tests start from: a person and a chat of a console workspace."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from flowhub.storage import people


def person_row(session: Session, workspace_id: int, name: str, now: datetime) -> int:
    """The id of a Berlin person called `name`, made if new."""
    person, _ = people.get_or_create_person(
        session=session,
        workspace_id=workspace_id,
        platform="console",
        account="t",
        external_id=name.lower(),
        now=now,
        display_name=name,
        timezone="Europe/Berlin",
        locale="en",
        digest_time="08:00",
    )
    return person.id or 0


def chat_row(
    session: Session, workspace_id: int, external_id: str, kind: str, now: datetime
) -> int:
    """The id of a chat ("group" or "direct"), made if new."""
    chat = people.get_or_create_chat(
        session=session,
        workspace_id=workspace_id,
        platform="console",
        account="t",
        external_id=external_id,
        kind=kind,
        title=None,
        now=now,
    )
    return chat.id or 0
