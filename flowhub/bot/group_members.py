"""The people a platform names as a group's members become members there, before they write."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from flowhub.connectors import MEMBERS, Event
from flowhub.i18n import app_locale
from flowhub.settings import Settings, known_zone
from flowhub.storage import Chat, id_of, members, people


def record_members(
    *, session: Session, event: Event, chat: Chat, settings: Settings, now: datetime
) -> None:
    """Store the members `event` names for its group chat, creating the people FlowHub has not
    met yet with their app language."""
    listed = event.raw.get(MEMBERS)
    if event.chat_kind != "group" or not isinstance(listed, list) or chat.id is None:
        return
    person_ids = []
    for member in listed:
        if not isinstance(member, dict) or not member.get("id"):
            continue
        person, _ = people.get_or_create_person(
            session=session,
            workspace_id=chat.workspace_id,
            platform=event.platform,
            account=event.account,
            external_id=str(member["id"]),
            now=now,
            display_name=member.get("name") or None,
            timezone=known_zone(member.get("tz")) or settings.default_timezone,
            locale=app_locale(member.get("locale")) or settings.default_locale,
            digest_time=settings.default_digest_time,
        )
        person_ids.append(id_of(person))
    members.add_members(session=session, chat_id=chat.id, person_ids=person_ids, now=now)
