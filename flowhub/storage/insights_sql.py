"""SQL pieces the insight aggregates share, written once for SQLite and PostgreSQL.

A due is kept until the end of its span, reckoned in UTC: a clock time until that instant, a
day for 24 hours from its start, a week for 7 days, a month or a year until that calendar span
ends (the span is found 14 hours after its start, which lands inside it in every zone).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from itertools import pairwise
from typing import Any

from sqlalchemy import (
    CTE,
    BigInteger,
    ColumnElement,
    Float,
    and_,
    case,
    cast,
    func,
    literal_column,
    or_,
    true,
)
from sqlalchemy import select as select_many
from sqlmodel import Session, col, select

from flowhub.storage.access import visible_somewhere, visible_tasks
from flowhub.storage.insights_types import Scope
from flowhub.storage.models import Task

Clause = ColumnElement[bool]

_UNIX_EPOCH_JULIAN = 2440587.5


def dialect_of(session: Session) -> str:
    """The database kind behind `session`: "sqlite" or "postgresql"."""
    return session.get_bind().dialect.name


def scope_where(scope: Scope) -> list[Clause]:
    """The WHERE clauses that keep the tasks of `scope`."""
    where: list[Clause] = [col(Task.workspace_id) == scope.workspace_id]
    if scope.person_id is not None:
        where.append(mine(scope.person_id))
    if scope.chat_id is not None:
        where.append(col(Task.chat_id) == scope.chat_id)
    if scope.viewer is not None:
        where.append(visible_tasks(scope.viewer))
    if scope.seen_by is not None:
        where.append(visible_somewhere(scope.seen_by))
    return where


def mine(person_id: int) -> Clause:
    """Tasks a person has: assigned to them, or created by them for nobody in particular."""
    return or_(
        col(Task.assignee_id) == person_id,
        and_(
            col(Task.creator_id) == person_id,
            col(Task.assignee_id).is_(None),
            col(Task.assignee_name).is_(None),
        ),
    )


def done_between(start: datetime, end: datetime) -> list[Clause]:
    """Tasks completed in [start, end)."""
    return [
        col(Task.status) == "done",
        col(Task.completed_at) >= start,
        col(Task.completed_at) < end,
    ]


def one_if(clause: Clause) -> ColumnElement[int]:
    """1 where `clause` holds, else 0, to sum."""
    return case((clause, 1), else_=0)


def hours_to_done(dialect: str) -> ColumnElement[float]:
    """Hours from a task's capture to its completion."""
    if dialect == "sqlite":
        days = func.julianday(col(Task.completed_at)) - func.julianday(col(Task.created_at))
        return cast(days * 24.0, Float)
    seconds = func.extract("epoch", col(Task.completed_at) - col(Task.created_at))
    return cast(seconds / 3600.0, Float)


def done_in_time(dialect: str) -> Clause:
    """A completed task with a due was completed within it."""
    if dialect == "sqlite":
        return and_(
            col(Task.due_at).is_not(None),
            func.julianday(col(Task.completed_at)) <= _deadline(dialect),
        )
    return and_(
        col(Task.due_at).is_not(None),
        func.timezone("UTC", col(Task.completed_at)) <= _deadline(dialect),
    )


def past_due(dialect: str, now: datetime) -> Clause:
    """A task's due is over at `now` (the first test lets an index on due_at narrow it)."""
    if dialect == "sqlite":
        bound: Any = now.timestamp() / 86400 + _UNIX_EPOCH_JULIAN
    else:
        bound = now.astimezone(UTC).replace(tzinfo=None)
    return and_(col(Task.due_at) < now, _deadline(dialect) < bound)


def _deadline(dialect: str) -> ColumnElement[Any]:
    """When a task's due span ends: a Julian day on SQLite, a naive UTC timestamp on
    PostgreSQL."""
    grain = col(Task.due_grain)
    if dialect == "sqlite":
        due = col(Task.due_at)
        return case(
            (grain == "day", func.julianday(due, "+1 day")),
            (grain == "week", func.julianday(due, "+7 days")),
            (grain == "month", func.julianday(due, "+14 hours", "start of month", "+1 month")),
            (grain == "year", func.julianday(due, "+14 hours", "start of year", "+1 year")),
            else_=func.julianday(due),
        )
    utc = func.timezone("UTC", col(Task.due_at))
    inside = utc + literal_column("interval '14 hours'")
    return case(
        (grain == "day", utc + literal_column("interval '1 day'")),
        (grain == "week", utc + literal_column("interval '7 days'")),
        (
            grain == "month",
            func.date_trunc("month", inside) + literal_column("interval '1 month'"),
        ),
        (grain == "year", func.date_trunc("year", inside) + literal_column("interval '1 year'")),
        else_=utc,
    )


def local_seconds(dialect: str, column: Any, offsets: Sequence[tuple[datetime, int]]) -> Any:
    """Whole seconds since 1970 on the local clock at `column`: its Unix time plus the zone's
    offset then, `offsets` giving each offset from the instant it starts, oldest first."""
    if dialect == "sqlite":
        unix: Any = cast(func.strftime("%s", column), BigInteger)
    else:
        unix = cast(func.floor(func.extract("epoch", column)), BigInteger)
    if len(offsets) == 1:
        return unix + offsets[0][1]
    changes = [(column < since, offset) for (_, offset), (since, _) in pairwise(offsets)]
    return unix + case(*changes, else_=offsets[-1][1])


def median(session: Session, value: ColumnElement[float], where: Sequence[Clause]) -> float | None:
    """The median of `value` over the rows `where` keeps; None when there are none."""
    dialect = dialect_of(session)
    if dialect != "sqlite":
        found = session.exec(
            select(func.percentile_cont(0.5).within_group(value)).where(*where)
        ).one()
        return None if found is None else float(found)
    # SQLite has no percentile function: take the middle row (or the middle two) by count.
    n = session.exec(select(func.count()).select_from(Task).where(*where)).one()
    if not n:
        return None
    middle = session.exec(
        select(value).where(*where).order_by(value).limit(2 - n % 2).offset((n - 1) // 2)
    ).all()
    return sum(float(v) for v in middle) / len(middle)


def median_of(
    dialect: str, value: ColumnElement[float], where: Sequence[Clause], *, counted: CTE
) -> CTE:
    """A one-row CTE whose `value` is the median of `value` over the rows `where` keeps (NULL
    when there are none), to join into a larger statement; `counted` is another CTE of that
    statement whose `n` is how many rows `where` keeps."""
    if dialect != "sqlite":
        return (
            select_many(func.percentile_cont(0.5).within_group(value).label("value"))
            .select_from(Task)
            .where(*where)
            .cte("middle")
        )
    # SQLite has no percentile function: average the middle row (or the middle two) by rank,
    # rank r being in the middle of n rows when n <= 2r <= n + 2.
    ranked = (
        select_many(value.label("v"), func.row_number().over(order_by=value).label("r"))
        .select_from(Task)
        .where(*where)
        .cte("ranked")
    )
    twice, n = 2 * ranked.c.r, counted.c.n
    return (
        select_many(func.avg(ranked.c.v).label("value"))
        .select_from(ranked.join(counted, true()))
        .where(twice >= n, twice <= n + 2)
        .cte("middle")
    )
