"""Engines, sessions and migrations for SQLite (default, WAL mode) and PostgreSQL."""

from __future__ import annotations

import os
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, create_engine

_MIGRATIONS = Path(__file__).with_name("migrations")
# PostgreSQL engines and their driver connections, for `_after_fork_in_child`.
_SERVER_ENGINES: weakref.WeakSet[Engine] = weakref.WeakSet()
_SERVER_CONNECTIONS: weakref.WeakSet[Any] = weakref.WeakSet()


def make_engine(url: str) -> Engine:
    """Create an engine for `url`; SQLite files get WAL mode, foreign keys and a busy timeout."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        files = _private_files(parsed.database)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        if files:
            event.listen(engine, "connect", lambda *_: _restrict(files))
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    # No ping before every checkout: at hundreds of sends a second it was a third of a
    # worker's time. A connection the server dropped fails the one statement that finds out,
    # SQLAlchemy then refreshes the whole pool, and the caller's retry (job retry, or the
    # platform's redelivery after a 503) goes through; pool_recycle keeps idle connections
    # younger than any server-side idle timeout.
    engine = create_engine(url, pool_size=10, max_overflow=20, pool_recycle=1800)
    event.listen(engine, "connect", lambda connection, _record: _SERVER_CONNECTIONS.add(connection))
    _SERVER_ENGINES.add(engine)
    return engine


def _after_fork_in_child() -> None:
    """Let go of the parent's PostgreSQL connections in a forked child (rq forks its scheduler).

    A child holding a copy of a connection's socket keeps the parent's session, with its open
    transaction and row locks, alive after the parent is killed. Closing the copy is invisible
    to the parent and to the server; psycopg never ends a session from a process that did not
    open it, and each engine starts a fresh pool for the child.
    """
    for connection in list(_SERVER_CONNECTIONS):
        with suppress(Exception):  # closed or lost already: nothing to let go of
            os.close(connection.pgconn.socket)
    _SERVER_CONNECTIONS.clear()
    for engine in list(_SERVER_ENGINES):
        engine.dispose(close=False)


os.register_at_fork(after_in_child=_after_fork_in_child)


def _private_files(database: str | None) -> tuple[Path, ...]:
    """Create a SQLite file's directory (0700) and the file itself (0600) before SQLite does.

    SQLite gives its -wal and -shm files the database file's mode, so none of the three is
    readable by others whatever the umask; the paths are returned to be checked on connect.
    """
    if not database or database == ":memory:" or database.startswith("file:"):
        return ()
    path = Path(database)
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    return (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))


def _restrict(files: tuple[Path, ...]) -> None:
    """Take group and other access off the database files (an older install made them 0644)."""
    for path in files:
        try:
            if path.stat().st_mode & 0o077:
                path.chmod(0o600)
        except OSError:
            pass  # not there yet, or not ours to change


def checkpoint(engine: Engine) -> None:
    """Fold SQLite's write-ahead log into the database and empty it (after blanking a secret).

    The WAL keeps earlier versions of changed pages until a checkpoint; TRUNCATE resets it to
    zero bytes. Waits at most a few seconds for readers; PostgreSQL needs nothing here.
    """
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA busy_timeout=5000")
        try:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.exec_driver_sql("PRAGMA busy_timeout=30000")


def checkpoint_after_commit(session: Session) -> None:
    """Run `checkpoint` once this session commits (the blanked text is in the WAL until then)."""
    event.listen(session, "after_commit", _checkpoint, once=True)


def _checkpoint(session: Session) -> None:
    bind = session.get_bind()
    checkpoint(bind if isinstance(bind, Engine) else bind.engine)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # Deleted and overwritten content is zeroed, not left in free pages of the file.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def alembic_config(engine: Engine) -> Config:
    """An Alembic config pointing at FlowHub's migrations and this engine's database."""
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the database schema up to `revision` (default: the newest)."""
    if revision == "head" and _current(engine) == _head():
        return  # nothing to do: reading every migration script again costs ~60 ms a start
    command.upgrade(alembic_config(engine), revision)


@cache
def _head() -> str | None:
    """The newest revision of FlowHub's migrations (read once per process)."""
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()


def _current(engine: Engine) -> str | None:
    """The revision the database is at, or None when it has none (or no version table)."""
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except SQLAlchemyError:
        return None
