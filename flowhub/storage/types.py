"""Column types: instants are stored in UTC and always come back aware."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import Column, DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp column that refuses naive datetimes and returns aware UTC ones."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"refusing to store naive datetime {value!r}; pass an aware one")
        value = value.astimezone(UTC)
        # SQLite has no zone-aware type: store naive UTC there, aware everywhere else.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def as_utc(at: datetime) -> datetime:
    """`at` with UTC as its zone when it has none (a value not read through `UTCDateTime`)."""
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def utc_field(**column: Any) -> Any:
    """A model field stored in a `UTCDateTime` column; `column` goes to the `Column`."""
    return Field(sa_column=Column(UTCDateTime(), **column))


class Row(Protocol):
    """A table row: its `id` is None until the row is flushed to the database."""

    id: int | None


def id_of(row: Row) -> int:
    """The database id of a saved `row`; raises if it was never flushed."""
    if row.id is None:
        raise ValueError(
            f"{type(row).__name__} has no id yet: add it to a session and flush before using its id"
        )
    return row.id
