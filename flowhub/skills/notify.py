"""Where to tell a person something about their tools: their direct chat, else the task's chat."""

from __future__ import annotations

from sqlmodel import Session

from flowhub.connectors import Target
from flowhub.storage import people


def person_target(session: Session, person_id: int | None) -> Target | None:
    """The first direct chat FlowHub has with a person."""
    if person_id is None:
        return None
    for identity in people.get_identities(session=session, person_id=person_id):
        if identity.direct_chat:
            return Target(identity.platform, identity.account, identity.direct_chat)
    return None


def chat_target(session: Session, chat_id: int | None) -> Target | None:
    """A stored chat as a reply target."""
    if chat_id is None:
        return None
    chat = people.get_chat(session=session, chat_id=chat_id)
    return Target(chat.platform, chat.account, chat.external_id) if chat else None
