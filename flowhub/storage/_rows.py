"""Two row habits every repository shares: get-or-insert under a unique key, and field updates."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel
from sqlmodel.sql.expression import SelectOfScalar

Row = TypeVar("Row", bound=SQLModel)


def get_or_insert(session: Session, statement: SelectOfScalar[Row], make: Callable[[], Row]) -> Row:
    """The row `statement` finds, else `make()` inserted; if another writer inserted the same
    unique key first, theirs is returned."""
    found = session.exec(statement).first()
    if found is not None:
        return found
    row = make()
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        return session.exec(statement).one()
    return row


def apply_changes(session: Session, row: Row, changes: Mapping[str, object]) -> Row:
    """Set fields of `row` by name (refusing unknown names) and flush."""
    for key, value in changes.items():
        if not hasattr(row, key):
            raise AttributeError(f"{type(row).__name__} has no field {key!r}")
        setattr(row, key, value)
    session.add(row)
    session.flush()
    return row
