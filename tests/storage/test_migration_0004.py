"""Migration 0004 on both databases: rows stored before it read as calendar repeats, lead 0."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import Engine, text

from flowhub.storage import migrate
from flowhub.storage.db import alembic_config

_NOW = "2026-03-04 09:00:00+00:00"


@pytest.fixture
def engine(empty_engine: Engine) -> Engine:
    """These tests start from an empty database and migrate it step by step."""
    return empty_engine


def _insert_rows(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO workspace (id, platform, external_id, name, created_at) "
                "VALUES (1, 'console', 'local', '', :now)"
            ),
            {"now": _NOW},
        )
        connection.execute(
            text(
                "INSERT INTO person (id, workspace_id, display_name, timezone, locale, "
                "digest_time, digest_enabled, created_at) "
                "VALUES (1, 1, 'Ana', 'Europe/Berlin', 'en', '08:00', true, :now)"
            ),
            {"now": _NOW},
        )
        connection.execute(
            text(
                "INSERT INTO task (id, workspace_id, title, notes, creator_id, assignment, "
                "priority, rrule, status, created_at, updated_at) VALUES (1, 1, 'Water', '', 1, "
                "'none', 'normal', 'FREQ=DAILY;INTERVAL=3', 'open', :now, :now)"
            ),
            {"now": _NOW},
        )
        connection.execute(
            text(
                "INSERT INTO reminder (id, person_id, task_id, text, rrule, tz, status, "
                "created_at) VALUES (1, 1, 1, 'Water', 'FREQ=DAILY;INTERVAL=3', "
                "'Europe/Berlin', 'active', :now)"
            ),
            {"now": _NOW},
        )


def test_existing_rows_get_the_defaults_and_downgrade_removes_the_columns(
    engine: Engine,
) -> None:
    migrate(engine, "0003_slack")
    _insert_rows(engine)
    migrate(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT repeat_from FROM task")).scalar() == "calendar"
        assert connection.execute(text("SELECT repeat_from FROM reminder")).scalar() == "calendar"
        assert connection.execute(text("SELECT lead_minutes FROM reminder")).scalar() == 0
        lead = connection.execute(text("SELECT reminder_lead_minutes FROM person")).scalar()
        assert lead == 0
    command.downgrade(alembic_config(engine), "0003_slack")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT title FROM task")).scalar() == "Water"
        assert "repeat_from" not in connection.execute(text("SELECT * FROM task")).keys()  # noqa: SIM118
        person_columns = connection.execute(text("SELECT * FROM person")).keys()
        assert "reminder_lead_minutes" not in person_columns
