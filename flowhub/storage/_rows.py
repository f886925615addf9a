"""Row habits the repositories share: get-or-insert under a unique key, bulk inserts that skip
rows already there, and field updates."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Executable
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel
from sqlmodel.sql.expression import SelectOfScalar

from flowhub.storage._memo import forget

Row = TypeVar("Row", bound=SQLModel)


def get_or_insert(
    session: Session,
    statement: SelectOfScalar[Row],
    make: Callable[[], Row],
    params: Mapping[str, Any] | None = None,
) -> Row:
    """The row `statement` (with its bound `params`) finds, else `make()` inserted; if another
    writer inserted the same unique key first, theirs is returned."""
    found = session.exec(statement, params=params).first()
    if found is not None:
        return found
    row = make()
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        return session.exec(statement, params=params).one()
    return row


def insert_new(
    session: Session,
    model: type[SQLModel],
    rows: Sequence[Mapping[str, Any]],
    *,
    unique: tuple[str, ...],
    returning: tuple[str, ...],
) -> list[tuple[Any, ...]]:
    """Insert `rows`, skipping those whose `unique` columns exist; the new rows' `returning`.

    One `INSERT ... ON CONFLICT DO NOTHING RETURNING` statement, built once and run with many
    parameter sets: SQLAlchemy sends them as a multi-row insert and compiles SQL only once,
    where `.values([...])` would compile it anew for every batch.
    """
    if not rows:
        return []
    dialect = session.get_bind().dialect.name
    statement = _insert_new(model, dialect == "postgresql", unique, returning)
    forget(session)
    return [tuple(row) for row in session.connection().execute(statement, list(rows))]


@cache
def _insert_new(
    model: type[SQLModel], postgresql: bool, unique: tuple[str, ...], returning: tuple[str, ...]
) -> Executable:
    insert = postgresql_insert if postgresql else sqlite_insert
    table = model.__table__  # type: ignore[attr-defined]
    return (
        insert(table)
        .on_conflict_do_nothing(index_elements=list(unique))
        .returning(*(table.c[name] for name in returning))
    )


def apply_changes(session: Session, row: Row, changes: Mapping[str, object]) -> Row:
    """Set fields of `row` by name (refusing unknown names) and flush."""
    for key, value in changes.items():
        if not hasattr(row, key):
            raise AttributeError(f"{type(row).__name__} has no field {key!r}")
        setattr(row, key, value)
    session.add(row)
    session.flush()
    return row
