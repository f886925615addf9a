"""A real server with every webhook, on SQLite and on PostgreSQL, shared by a module's tests."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from tests.auxil.servers import Server as DatabaseServer
from tests.auxil.servers import create_database, database_url, drop_database
from tests.webhooks.harness import Fakes, Server, fakes, running


@pytest.fixture(scope="session")
def apis() -> Iterator[Fakes]:
    """The fake platform and tool APIs, one set for the session."""
    with fakes() as started:
        yield started


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def server(request: pytest.FixtureRequest, apis: Fakes) -> Iterator[Server]:
    """FlowHub under uvicorn, on a fresh SQLite file or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        with running(apis) as app:
            yield app
        return
    postgres: DatabaseServer = request.getfixturevalue("postgres_server")
    name = f"t_hostile_{uuid.uuid4().hex[:10]}"
    create_database(postgres.admin_url, name)
    try:
        with running(apis, database_url=database_url(postgres, name)) as app:
            yield app
    finally:
        drop_database(postgres.admin_url, name)
