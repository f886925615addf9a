"""Fresh databases at the newest migration, copied from one migrated once per process."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from flowhub.storage import make_engine
from flowhub.storage.db import migrate

_TEMPLATE: dict[str, Path] = {}


def migrated_sqlite_url(directory: Path) -> str:
    """A fresh, migrated SQLite database in `directory`, copied from one migrated once."""
    if "sqlite" not in _TEMPLATE:
        template = Path(tempfile.mkdtemp(prefix="flowhub-template-")) / "flowhub.db"
        engine = make_engine(f"sqlite:///{template}")
        migrate(engine)
        engine.dispose()
        _TEMPLATE["sqlite"] = template
    target = directory / "flowhub.db"
    shutil.copyfile(_TEMPLATE["sqlite"], target)
    return f"sqlite:///{target}"
