"""Shared fixtures: a migrated database on SQLite and on PostgreSQL, a fixed clock, a runtime."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from flowhub.bot.app import build_runtime
from flowhub.bot.clock import FixedClock
from flowhub.bot.queue import InlineQueue
from flowhub.bot.runtime import Runtime
from flowhub.connectors.console import ConsoleChat, ConsoleConnector
from flowhub.connectors.playground import PlaygroundConnector
from flowhub.settings import Settings
from flowhub.storage import make_engine, people, session_scope
from tests.auxil.templates import migrated_sqlite_url

pytest_plugins = ["tests.auxil.fixtures"]

# Wednesday 4 March 2026, 09:00 UTC (10:00 in Berlin): before both DST changes of the year.
FIXED_NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database at the newest migration: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return migrated_sqlite_url(tmp_path)
    url: str = request.getfixturevalue("migrated_postgres_url")
    return url


@pytest.fixture(params=["sqlite", "postgres"])
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database, for tests of the migrations themselves."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'flowhub.db'}"
    url: str = request.getfixturevalue("fresh_postgres_url")
    return url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on the test database, already migrated."""
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def empty_engine(empty_database_url: str) -> Iterator[Engine]:
    """An engine on an empty test database, not yet migrated."""
    engine = make_engine(empty_database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def clock() -> FixedClock:
    """A clock fixed at FIXED_NOW."""
    return FixedClock(FIXED_NOW)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Embedded-default settings with Berlin as the default zone."""
    return Settings(data_dir=tmp_path, default_timezone="Europe/Berlin", _env_file=None)


@pytest.fixture
def console() -> ConsoleConnector:
    """The console connector the chats talk through."""
    return ConsoleConnector()


@pytest.fixture
def runtime(
    settings: Settings, engine: Engine, clock: FixedClock, console: ConsoleConnector
) -> Iterator[Runtime]:
    """A started runtime with jobs run inline, on the test database."""
    runtime = build_runtime(
        settings,
        clock=clock,
        queue=InlineQueue(),
        engine=engine,
        connectors={"console": console, "playground": PlaygroundConnector()},
        background_scheduler=False,
    )
    runtime.start()
    yield runtime
    runtime.stop()


ChatFactory = Callable[..., ConsoleChat]


@pytest.fixture
def chat_as(runtime: Runtime, console: ConsoleConnector, clock: FixedClock) -> ChatFactory:
    """Open a console chat as a person (created with the given zone), direct or in a group."""

    def make(
        user_id: str,
        name: str,
        *,
        tz: str = "Europe/Berlin",
        chat: str | None = None,
        group: bool = False,
    ) -> ConsoleChat:
        with session_scope(runtime.engine) as session:
            workspace = people.get_or_create_workspace(
                session=session, platform="console", external_id="local", now=clock.now()
            )
            assert workspace.id is not None
            _person, _created = people.get_or_create_person(
                session=session,
                workspace_id=workspace.id,
                platform="console",
                account="local",
                external_id=user_id,
                now=clock.now(),
                display_name=name,
                timezone=tz,
                locale="en",
                digest_time="08:00",
            )
            identity = people.get_identity(
                session=session, platform="console", account="local", external_id=user_id
            )
            assert identity is not None
            people.set_direct_chat(session=session, identity=identity, chat=f"dm-{user_id}")
        return ConsoleChat(
            runtime.receive,
            clock.now,
            console,
            user_id=user_id,
            name=name,
            chat=chat or f"dm-{user_id}",
            chat_kind="group" if group else "direct",
        )

    return make
