"""Insight counts by local day, week and hour: counted in SQL per slice of UTC time, then the
few hundred slices are folded into the person's calendar here, so days stay right across DST.

A slice is an hour, or half or a quarter of one where the zone's offset needs it (India is
+05:30, Nepal +05:45), so every slice lies inside one local hour.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from math import gcd
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, not_
from sqlmodel import Session, col, select

from flowhub.storage.insights_sql import (
    Clause,
    bucket,
    dialect_of,
    done_between,
    done_in_time,
    one_if,
    past_due,
    scope_where,
)
from flowhub.storage.insights_types import DayCount, DueCount, Scope, WeekRate
from flowhub.storage.models import Task

_HOUR = 3600
_TICK = timedelta(microseconds=1)


def daily_counts(
    *, session: Session, scope: Scope, start: datetime, end: datetime, tz: str
) -> list[DayCount]:
    """Tasks created and completed in [start, end) per local day of `tz`, empty days too."""
    zone = ZoneInfo(tz)
    seconds = _slice_seconds(zone, start, end)
    created: dict[date, int] = {}
    made = [*scope_where(scope), col(Task.created_at) >= start, col(Task.created_at) < end]
    for at, n in _slices(session, Task.created_at, made, seconds, zone):
        created[at.date()] = created.get(at.date(), 0) + n
    completed: dict[date, int] = {}
    done = [*scope_where(scope), *done_between(start, end)]
    for at, n in _slices(session, Task.completed_at, done, seconds, zone):
        completed[at.date()] = completed.get(at.date(), 0) + n
    return [
        DayCount(day, created.get(day, 0), completed.get(day, 0))
        for day in _days(start.astimezone(zone).date(), (end - _TICK).astimezone(zone).date())
    ]


def capture_hours(
    *, session: Session, scope: Scope, start: datetime, end: datetime, tz: str
) -> list[int]:
    """Tasks created in [start, end) by local hour of `tz`: 24 counts, midnight first."""
    zone = ZoneInfo(tz)
    hours = [0] * 24
    made = [*scope_where(scope), col(Task.created_at) >= start, col(Task.created_at) < end]
    for at, n in _slices(session, Task.created_at, made, _slice_seconds(zone, start, end), zone):
        hours[at.hour] += n
    return hours


def on_time_by_week(
    *, session: Session, scope: Scope, start: datetime, end: datetime, tz: str
) -> list[WeekRate]:
    """Tasks completed in [start, end) per local week (Monday first): how many had a due and
    how many met it; empty weeks too."""
    zone = ZoneInfo(tz)
    dialect = dialect_of(session)
    seconds = _slice_seconds(zone, start, end)
    slot = bucket(dialect, col(Task.completed_at), seconds)
    statement = (
        select(
            slot,
            func.count(),
            func.count(col(Task.due_at)),
            func.sum(one_if(done_in_time(dialect))),
        )
        .where(*scope_where(scope), *done_between(start, end))
        .group_by(slot)
    )
    weeks: dict[date, tuple[int, int, int]] = {}
    for number, completed, dated, on_time in session.exec(statement):
        monday = _monday(_local(number, seconds, zone).date())
        was = weeks.get(monday, (0, 0, 0))
        weeks[monday] = (was[0] + completed, was[1] + dated, was[2] + int(on_time or 0))
    first = _monday(start.astimezone(zone).date())
    last = _monday((end - _TICK).astimezone(zone).date())
    return [
        WeekRate(monday, *weeks.get(monday, (0, 0, 0)))
        for monday in _days(first, last)
        if monday.weekday() == 0
    ]


def open_due_by_day(
    *, session: Session, scope: Scope, now: datetime, until: datetime, tz: str
) -> list[DueCount]:
    """Open tasks not yet overdue and due before `until`, per local day of `tz` from today
    (a due span already begun, such as today or this week, counts for today)."""
    zone = ZoneInfo(tz)
    dialect = dialect_of(session)
    today = now.astimezone(zone).date()
    where = [
        *scope_where(scope),
        col(Task.status) == "open",
        col(Task.due_at) < until,
        not_(past_due(dialect, now)),
    ]
    due: dict[date, int] = {}
    for at, n in _slices(session, Task.due_at, where, _slice_seconds(zone, now, until), zone):
        day = max(at.date(), today)
        due[day] = due.get(day, 0) + n
    last = max((until - _TICK).astimezone(zone).date(), today)
    return [DueCount(day, due.get(day, 0)) for day in _days(today, last)]


def _slices(
    session: Session, column: Any, where: Sequence[Clause], seconds: int, zone: ZoneInfo
) -> list[tuple[datetime, int]]:
    """Rows `where` keeps, counted per slice of `column`, each slice as its local start."""
    slot = bucket(dialect_of(session), col(column), seconds)
    statement = select(slot, func.count()).where(*where).group_by(slot)
    return [(_local(number, seconds, zone), n) for number, n in session.exec(statement)]


def _local(number: int, seconds: int, zone: ZoneInfo) -> datetime:
    """The local start of slice `number`."""
    return datetime.fromtimestamp(int(number) * seconds, UTC).astimezone(zone)


def _slice_seconds(zone: ZoneInfo, start: datetime, end: datetime) -> int:
    """The longest slice (an hour at most) that every offset of `zone` in [start, end] divides."""
    seconds = _HOUR
    at = start
    while True:
        offset = at.astimezone(zone).utcoffset() or timedelta()
        seconds = gcd(seconds, int(offset.total_seconds()))
        if at >= end:
            break
        at = min(at + timedelta(hours=6), end)
    # Offsets finer than a minute are only found before 1900; a minute is close enough there.
    return max(seconds, 60)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]
