"""`id_of` gives a saved row's id and refuses a row that was never flushed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine

from flowhub.storage import Workspace, id_of, migrate, session_scope

NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


@pytest.fixture
def migrated(engine: Engine) -> Engine:
    migrate(engine)
    return engine


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_saved_row_gives_its_id(migrated: Engine) -> None:
    with session_scope(migrated) as session:
        workspace = Workspace(platform="console", external_id="t", created_at=NOW)
        session.add(workspace)
        session.flush()
        assert workspace.id is not None
        assert id_of(workspace) == workspace.id


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_an_unsaved_row_is_refused(migrated: Engine) -> None:
    with session_scope(migrated) as session:
        workspace = Workspace(platform="console", external_id="t", created_at=NOW)
        session.add(workspace)  # added, not flushed: still no id
        with pytest.raises(ValueError, match=r"^Workspace has no id yet: .*flush"):
            id_of(workspace)
