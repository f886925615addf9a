"""Storage on both databases: migrations match the models, instants stay aware, inbox is unique."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text
from sqlmodel import SQLModel

from flowhub.storage import Task, inbox, migrate, people, session_scope, tasks
from flowhub.storage.db import alembic_config

NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


@pytest.fixture
def migrated(engine: Engine) -> Engine:
    migrate(engine)
    return engine


def test_migrations_match_the_models(migrated: Engine) -> None:
    with migrated.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert diff == []


def test_migrate_twice_is_a_no_op(migrated: Engine) -> None:
    migrate(migrated)
    with migrated.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    head = ScriptDirectory.from_config(alembic_config(migrated)).get_current_head()
    assert version == head


def test_sqlite_uses_wal(migrated: Engine) -> None:
    if migrated.dialect.name != "sqlite":
        pytest.skip("WAL is a SQLite setting")
    with migrated.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def _workspace_and_person(session: object) -> tuple[int, int]:
    ws = people.get_or_create_workspace(
        session=session,
        platform="console",  # type: ignore[arg-type]
        external_id="t",
        now=NOW,
    )
    person, created = people.get_or_create_person(
        session=session,
        workspace_id=ws.id or 0,
        platform="console",  # type: ignore[arg-type]
        account="t",
        external_id="u1",
        now=NOW,
        display_name="Ana",
        timezone="Europe/Berlin",
        locale="en",
        digest_time="08:00",
    )
    assert created
    return ws.id or 0, person.id or 0


def test_datetimes_round_trip_aware_in_utc(migrated: Engine) -> None:
    berlin_evening = datetime(2026, 3, 6, 17, 0, tzinfo=timezone(timedelta(hours=1)))
    with session_scope(migrated) as session:
        ws, person = _workspace_and_person(session)
        task = tasks.create_task(
            session=session,
            task_in=Task(
                workspace_id=ws,
                title="t",
                creator_id=person,
                due_at=berlin_evening,
                created_at=NOW,
                updated_at=NOW,
            ),
        )
        task_id = task.id or 0
    with session_scope(migrated) as session:
        loaded = tasks.get_task(session=session, task_id=task_id)
        assert loaded is not None and loaded.due_at is not None
        assert loaded.due_at.tzinfo is not None and loaded.due_at.utcoffset() == timedelta(0)
        assert loaded.due_at == berlin_evening


def test_naive_datetimes_are_refused(migrated: Engine) -> None:
    with pytest.raises(Exception, match="naive"), session_scope(migrated) as session:
        ws, person = _workspace_and_person(session)
        tasks.create_task(
            session=session,
            task_in=Task(
                workspace_id=ws,
                title="t",
                creator_id=person,
                due_at=datetime(2026, 3, 6, 17, 0),
                created_at=NOW,
                updated_at=NOW,
            ),
        )


def test_inbox_is_unique_per_platform_message(migrated: Engine) -> None:
    fields = {
        "platform": "whatsapp",
        "account": "123",
        "chat": "c",
        "sender_id": "s",
        "kind": "text",
        "text": "hi",
        "event": {},
        "raw": {"x": 1},
        "received_at": NOW,
    }

    def store(message_id: str) -> int | None:
        [event_id] = inbox.create_inbox_events(
            session=session, rows=[{**fields, "message_id": message_id}]
        )
        return event_id

    with session_scope(migrated) as session:
        first, again, other = store("wamid.1"), store("wamid.1"), store("wamid.2")
    assert isinstance(first, int) and again is None and isinstance(other, int)
    with session_scope(migrated) as session:
        row = inbox.get_inbox_event_by_message(
            session=session, platform="whatsapp", account="123", message_id="wamid.1"
        )
        assert row is not None and row.raw == {"x": 1}


def test_one_person_many_identities(migrated: Engine) -> None:
    with session_scope(migrated) as session:
        ws, person = _workspace_and_person(session)
        again, created = people.get_or_create_person(
            session=session,
            workspace_id=ws,
            platform="console",
            account="t",
            external_id="u1",
            now=NOW,
            display_name="Ana B",
            timezone="UTC",
            locale="en",
            digest_time="08:00",
        )
        assert not created and again.id == person and again.display_name == "Ana B"
        assert people.find_people_by_name(session=session, workspace_id=ws, name="ana")
