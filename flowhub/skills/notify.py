"""Where and in which language to tell a person something: their direct chat, else the task's
chat; their own language, else, before they have ever written, the one their platform or phone
number tells, else the language their team writes in, else the language of who asked."""

from __future__ import annotations

from collections.abc import Collection

from sqlmodel import Session

from flowhub.connectors import Target
from flowhub.skills.recipient_language import known_locale
from flowhub.skills.team_language import team_locale
from flowhub.storage import Person, id_of, people


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


def reader_locale(
    session: Session, reader: Person, *, asker_locale: str, chats: Collection[int] = ()
) -> str:
    """The language to write to `reader` in: the one they chose or write in, else the one their
    platform or phone number tells, else the one their team writes in (the group `chats`), else
    the asker's."""
    if reader.locale_chosen or _has_written(session, reader):
        return reader.locale
    known = known_locale(session, reader)
    return known or team_locale(session, chats) or asker_locale


def _has_written(session: Session, person: Person) -> bool:
    """Whether the person ever wrote to FlowHub, in their direct chat or in a group."""
    if people.get_group_ids(session=session, person_id=id_of(person)):
        return True
    for identity in people.get_identities(session=session, person_id=id_of(person)):
        if identity.direct_chat:
            key = (identity.account, identity.direct_chat)
            if people.get_last_inbound(session=session, platform=identity.platform, keys=[key]):
                return True
    return False
