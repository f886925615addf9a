"""Pytest fixtures for real PostgreSQL and Redis servers.

Load with ``pytest_plugins = ["tests.auxil.fixtures"]`` in ``tests/conftest.py``.

* ``postgres_server`` / ``redis_server`` (session): one server each per test
  session, started on first use and stopped at the end (see ``servers.py``
  for the ``FLOWHUB_TEST_*_URL`` overrides).
* ``postgres_admin_url`` (session): libpq URL (``postgresql://...``) for
  ``psycopg.connect``, allowed to CREATE/DROP DATABASE.
* ``fresh_postgres_url`` (function): SQLAlchemy URL
  (``postgresql+psycopg://...``) of a brand-new, empty database, dropped after
  the test.
* ``migrated_postgres_url`` (function): like ``fresh_postgres_url``, but already at the newest
  migration: copied from a database migrated once per session, which is ten times quicker than
  migrating each one.
* ``redis_url`` (function): URL of the session's Redis, FLUSHALLed before the test.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

import pytest
import redis

from flowhub.storage import make_engine
from flowhub.storage.db import migrate
from tests.auxil.servers import (
    Server,
    create_database,
    database_url,
    drop_database,
    start_postgres,
    start_redis,
)


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    server = start_postgres(tmp_path_factory.mktemp("postgres"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    server = start_redis(tmp_path_factory.mktemp("redis"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_admin_url(postgres_server: Server) -> str:
    return postgres_server.admin_url


def _database_name(test_name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", test_name.lower()).strip("_")[:40]
    return f"t_{slug}_{uuid.uuid4().hex[:8]}"


@pytest.fixture
def fresh_postgres_url(request: pytest.FixtureRequest, postgres_server: Server) -> Iterator[str]:
    name = _database_name(request.node.name)
    create_database(postgres_server.admin_url, name)
    try:
        yield database_url(postgres_server, name)
    finally:
        drop_database(postgres_server.admin_url, name)


@pytest.fixture(scope="session")
def _migrated_template(postgres_server: Server) -> str:
    name = f"t_migrated_{uuid.uuid4().hex[:8]}"
    create_database(postgres_server.admin_url, name)
    engine = make_engine(database_url(postgres_server, name))
    try:
        migrate(engine)
    finally:
        engine.dispose()  # a template with a session open cannot be copied
    return name


@pytest.fixture
def migrated_postgres_url(
    request: pytest.FixtureRequest, postgres_server: Server, _migrated_template: str
) -> Iterator[str]:
    name = _database_name(request.node.name)
    create_database(postgres_server.admin_url, name, template=_migrated_template)
    try:
        yield database_url(postgres_server, name)
    finally:
        drop_database(postgres_server.admin_url, name)


@pytest.fixture
def redis_url(redis_server: Server) -> str:
    client = redis.Redis.from_url(redis_server.url)
    try:
        client.flushall()
    finally:
        client.close()
    return redis_server.url
