"""Insight counts by local day, week and hour of a person's zone, right across DST changes.

The zone's offsets over the period are found here (a span per offset); SQL adds the offset in
force at each instant to its Unix time and groups by local day, week or hour, so a period
returns one row per day at most, in any zone (India is +05:30, Nepal +05:45).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, not_
from sqlmodel import Session, col, select

from flowhub.storage.insights_sql import (
    Clause,
    dialect_of,
    done_between,
    done_in_time,
    local_seconds,
    one_if,
    past_due,
    scope_where,
)
from flowhub.storage.insights_types import DayCount, DueCount, Scope, WeekRate
from flowhub.storage.models import Task

_EPOCH = date(1970, 1, 1)
_DAY_SECONDS = 86400
# 1 January 1970 was a Thursday: shifting by 3 days makes weeks start on Monday.
_TO_MONDAY = 3
_TICK = timedelta(microseconds=1)
_SAMPLE = timedelta(hours=6)


def daily_counts(
    *, session: Session, scope: Scope, start: datetime, end: datetime, tz: str
) -> list[DayCount]:
    """Tasks created and completed in [start, end) per local day of `tz`, empty days too."""
    zone = ZoneInfo(tz)
    made = [*scope_where(scope), col(Task.created_at) >= start, col(Task.created_at) < end]
    done = [*scope_where(scope), *done_between(start, end)]
    created = _per_day(session, Task.created_at, made, zone, start, end)
    completed = _per_day(session, Task.completed_at, done, zone, start, end)
    return [
        DayCount(day, created.get(day, 0), completed.get(day, 0))
        for day in _days(_day_of(start, zone), _day_of(end - _TICK, zone))
    ]


def capture_hours(
    *, session: Session, scope: Scope, start: datetime, end: datetime, tz: str
) -> list[int]:
    """Tasks created in [start, end) by local hour of `tz`: 24 counts, midnight first."""
    local = local_seconds(
        dialect_of(session), col(Task.created_at), _offsets(ZoneInfo(tz), start, end)
    )
    hour = (local // 3600) % 24
    statement = (
        select(hour, func.count())
        .where(*scope_where(scope), col(Task.created_at) >= start, col(Task.created_at) < end)
        .group_by(hour)
    )
    hours = [0] * 24
    for number, n in session.exec(statement):
        hours[int(number)] += n
    return hours


def on_time_by_week(
    *, session: Session, scope: Scope, start: datetime, end: datetime, tz: str
) -> list[WeekRate]:
    """Tasks completed in [start, end) per local week (Monday first): how many had a due and
    how many met it; empty weeks too."""
    zone = ZoneInfo(tz)
    dialect = dialect_of(session)
    local = local_seconds(dialect, col(Task.completed_at), _offsets(zone, start, end))
    week = (local // _DAY_SECONDS + _TO_MONDAY) // 7
    statement = (
        select(
            week,
            func.count(),
            func.count(col(Task.due_at)),
            func.sum(one_if(done_in_time(dialect))),
        )
        .where(*scope_where(scope), *done_between(start, end))
        .group_by(week)
    )
    weeks = {
        _EPOCH + timedelta(days=int(number) * 7 - _TO_MONDAY): (completed, dated, int(on_time or 0))
        for number, completed, dated, on_time in session.exec(statement)
    }
    first = _monday(_day_of(start, zone))
    last = _monday(_day_of(end - _TICK, zone))
    return [
        WeekRate(monday, *weeks.get(monday, (0, 0, 0))) for monday in _days(first, last, step=7)
    ]


def open_due_by_day(
    *, session: Session, scope: Scope, now: datetime, until: datetime, tz: str
) -> list[DueCount]:
    """Open tasks not yet overdue and due before `until`, per local day of `tz` from today
    (a due span already begun, such as today or this week, counts for today)."""
    zone = ZoneInfo(tz)
    today = _day_of(now, zone)
    where = [
        *scope_where(scope),
        col(Task.status) == "open",
        col(Task.due_at) < until,
        not_(past_due(dialect_of(session), now)),
    ]
    # A due span already begun can have started long ago (a month, a year): read offsets
    # from a year back; older ones all fold into today anyway.
    due: dict[date, int] = {}
    found = _per_day(session, Task.due_at, where, zone, now - timedelta(days=366), until)
    for day, n in found.items():
        due[max(day, today)] = due.get(max(day, today), 0) + n
    last = max(_day_of(until - _TICK, zone), today)
    return [DueCount(day, due.get(day, 0)) for day in _days(today, last)]


def _per_day(
    session: Session,
    column: Any,
    where: Sequence[Clause],
    zone: ZoneInfo,
    start: datetime,
    end: datetime,
) -> dict[date, int]:
    """Rows `where` keeps, counted per local day of `column`."""
    local = local_seconds(dialect_of(session), col(column), _offsets(zone, start, end))
    day = local // _DAY_SECONDS
    statement = select(day, func.count()).where(*where).group_by(day)
    return {_EPOCH + timedelta(days=int(number)): n for number, n in session.exec(statement)}


def _offsets(zone: ZoneInfo, start: datetime, end: datetime) -> list[tuple[datetime, int]]:
    """Each offset of `zone` from `start` to `end`, with the instant it starts (the first one
    from `start`): sampled every six hours, each change then found to the second."""
    spans = [(start, _offset(zone, start))]
    at = start
    while at < end:
        step = min(at + _SAMPLE, end)
        if _offset(zone, step) != spans[-1][1]:
            low, high = at, step
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (
                    (low, middle) if _offset(zone, middle) != spans[-1][1] else (middle, high)
                )
            spans.append((high.replace(microsecond=0), _offset(zone, high)))
        at = step
    return spans


def _offset(zone: ZoneInfo, at: datetime) -> int:
    offset = at.astimezone(zone).utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def _day_of(at: datetime, zone: ZoneInfo) -> date:
    return at.astimezone(zone).date()


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _days(first: date, last: date, step: int = 1) -> list[date]:
    return [first + timedelta(days=i) for i in range(0, (last - first).days + 1, step)]
