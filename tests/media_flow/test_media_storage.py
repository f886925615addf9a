"""The media items table: rows made before files had a position keep their text, and a message
with several files holds one row per file."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, text

from flowhub.storage import InboxEvent, media, migrate, people, session_scope

NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


@pytest.fixture
def engine(empty_engine: Engine) -> Engine:
    """These tests start from an empty database and migrate it step by step."""
    return empty_engine


def _ids(engine: Engine) -> tuple[int, int, int, int]:
    with session_scope(engine) as session:
        workspace = people.get_or_create_workspace(
            session=session, platform="console", external_id="local", now=NOW
        )
        assert workspace.id is not None
        person, _ = people.get_or_create_person(
            session=session,
            workspace_id=workspace.id,
            platform="console",
            account="local",
            external_id="ana",
            now=NOW,
            display_name="Ana",
            timezone="Europe/Berlin",
            locale="en",
            digest_time="08:00",
        )
        chat = people.get_or_create_chat(
            session=session,
            workspace_id=workspace.id,
            platform="console",
            account="local",
            external_id="dm-ana",
            kind="direct",
            title=None,
            now=NOW,
        )
        event = InboxEvent(
            platform="console",
            account="local",
            message_id="m1",
            chat="dm-ana",
            sender_id="ana",
            kind="media",
            received_at=NOW,
        )
        session.add(event)
        session.flush()
        assert person.id and chat.id and event.id
        return workspace.id, person.id, chat.id, event.id


def test_rows_survive_the_position_migration_and_a_message_holds_several_files(
    engine: Engine,
) -> None:
    migrate(engine, "0009_media_items")
    workspace, person, chat, event = _ids(engine)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO media_items (inbox_event_id, workspace_id, person_id, chat_id, kind,"
                " ref, status, attempts, text, pages, items, created_at) VALUES (:e, :w, :p, :c,"
                " 'audio', '{}', 'read', 1, 'call the dentist', '[]', '{}', :now)"
            ),
            {"e": event, "w": workspace, "p": person, "c": chat, "now": NOW.replace(tzinfo=None)},
        )
    migrate(engine)
    row = {"workspace_id": workspace, "person_id": person, "chat_id": chat, "kind": "image"}
    row |= {"ref": {}, "status": "pending", "attempts": 0, "text": "", "pages": [], "items": {}}
    with session_scope(engine) as session:
        first = media.get_media_item(session=session, media_id=1)
        assert first is not None and (first.text, first.position) == ("call the dentist", 0)
        again = media.create_media_item(
            session=session, row={**row, "inbox_event_id": event, "created_at": NOW}
        )
        second = media.create_media_item(
            session=session,
            row={**row, "inbox_event_id": event, "position": 1, "created_at": NOW},
        )
    assert again == 1 and second > 1  # PostgreSQL spends an id on the skipped insert
    migrate(engine, "0009_media_items")
    migrate(engine)
