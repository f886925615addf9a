"""Alembic environment: runs FlowHub's migrations on the engine handed in by `storage.migrate`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

from flowhub.storage import models  # noqa: F401  (registers the tables on the metadata)

config = context.config
target_metadata = SQLModel.metadata


def run_migrations() -> None:
    """Run migrations online, on the engine passed in or one built from the URL."""
    url = config.get_main_option("sqlalchemy.url") or ""
    engine = config.attributes.get("engine") or create_engine(url)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    raise SystemExit("FlowHub runs migrations online only: use `flowhub migrate`")
run_migrations()
