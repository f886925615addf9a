"""Fresh databases at the newest migration, copied from one migrated once per process."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import Engine

from flowhub.storage import make_engine
from flowhub.storage.db import migrate

_TEMPLATE: dict[str, Path] = {}
_REUSED: dict[str, Engine] = {}


def _private_dir(prefix: str) -> Path:
    """A temporary folder removed when the process ends."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def migrated_sqlite_url(directory: Path) -> str:
    """A fresh, migrated SQLite database in `directory`, copied from one migrated once."""
    target = directory / "flowhub.db"
    shutil.copyfile(_sqlite_template(), target)
    return f"sqlite:///{target}"


def reused_sqlite_engine() -> Engine:
    """One SQLite engine per process whose file is put back to the fresh migrated copy.

    Each new engine compiles every statement again; keeping one keeps SQLAlchemy's cache of
    compiled statements, a sixth of a dialogue's time.
    """
    engine = _REUSED.get("sqlite")
    if engine is None:
        path = _private_dir("flowhub-reused-") / "flowhub.db"
        engine = _REUSED["sqlite"] = make_engine(f"sqlite:///{path}")
    engine.dispose()
    path = Path(str(engine.url.database))
    for journal in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        journal.unlink(missing_ok=True)
    shutil.copyfile(_sqlite_template(), path)
    return engine


def _sqlite_template() -> Path:
    if "sqlite" not in _TEMPLATE:
        template = _private_dir("flowhub-template-") / "flowhub.db"
        engine = make_engine(f"sqlite:///{template}")
        migrate(engine)
        engine.dispose()
        _TEMPLATE["sqlite"] = template
    return _TEMPLATE["sqlite"]
