"""The real PostgreSQL and Redis test servers work and isolate tests from each other."""

from __future__ import annotations

import psycopg
import pytest
import redis
import sqlalchemy as sa

from tests.auxil import servers
from tests.auxil.servers import Server, ServerUnavailable, find_redis_server

# Databases handed out by ``fresh_postgres_url`` in earlier tests of this module.
_seen_databases: list[str] = []


def test_postgres_accepts_queries(postgres_server: Server, postgres_admin_url: str) -> None:
    assert postgres_server.url.startswith("postgresql+psycopg://")
    assert "@127.0.0.1:" in postgres_server.url
    engine = sa.create_engine(postgres_server.url)
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT 1 + 1")).scalar_one() == 2
            assert conn.execute(sa.text("SELECT current_database()")).scalar_one() == "flowhub"
    finally:
        engine.dispose()
    with psycopg.connect(postgres_admin_url, autocommit=True) as conn:
        row = conn.execute("SHOW server_version_num").fetchone()
        assert row is not None
        assert int(row[0]) >= 130000  # DROP DATABASE ... WITH (FORCE) needs 13+


@pytest.mark.parametrize("round_", [1, 2, 3])
def test_fresh_database_is_empty_and_isolated(
    fresh_postgres_url: str, postgres_admin_url: str, round_: int
) -> None:
    engine = sa.create_engine(fresh_postgres_url)
    try:
        name = engine.url.database
        assert name is not None
        assert name not in _seen_databases
        assert sa.inspect(engine).get_table_names() == []
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE marker (round integer NOT NULL)"))
            conn.execute(sa.text("INSERT INTO marker VALUES (:r)"), {"r": round_})
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT round FROM marker")).scalar_one() == round_
    finally:
        engine.dispose()
    with psycopg.connect(postgres_admin_url, autocommit=True) as conn:
        existing = {r[0] for r in conn.execute("SELECT datname FROM pg_database")}
    assert name in existing
    assert "flowhub" in existing
    # Databases of earlier tests were dropped at their teardown.
    assert existing.isdisjoint(_seen_databases)
    _seen_databases.append(name)


def test_fresh_database_survives_open_connections(fresh_postgres_url: str) -> None:
    # Teardown drops the database WITH (FORCE), so a leaked connection is no problem.
    engine = sa.create_engine(fresh_postgres_url)
    conn = engine.connect()
    conn.execute(sa.text("SELECT 1"))


@pytest.mark.parametrize("round_", [1, 2])
def test_redis_set_get_and_flushed_between_tests(redis_url: str, round_: int) -> None:
    assert redis_url.startswith("redis://127.0.0.1:")
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    try:
        assert client.dbsize() == 0
        assert client.get("flowhub:test") is None
        client.set("flowhub:test", f"round {round_}")
        assert client.get("flowhub:test") == f"round {round_}"
    finally:
        client.close()
    # FLUSHALL also empties the other logical databases.
    other = redis.Redis.from_url(redis_url.rsplit("/", 1)[0] + "/3")
    try:
        assert other.dbsize() == 0
        other.set("flowhub:other-db", "x")
    finally:
        other.close()


def test_missing_binary_error_names_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLOWHUB_REDIS_SERVER", "/nonexistent/redis-server")
    with pytest.raises(ServerUnavailable, match="redis-server"):
        find_redis_server()
    monkeypatch.delenv("FLOWHUB_REDIS_SERVER")
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.setattr(servers, "REDIS_FALLBACK_PATHS", ())
    with pytest.raises(ServerUnavailable) as excinfo:
        find_redis_server()
    message = str(excinfo.value)
    assert "redis-server not found" in message
    assert "apt-get install -y --no-install-recommends redis-server" in message
