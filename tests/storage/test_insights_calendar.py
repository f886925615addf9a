"""Insight counts by local day, week and hour on both databases, across DST changes and
half- and quarter-hour zones, checked against a plain count in Python."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from sqlmodel import Session

from flowhub.storage import Task, migrate, session_scope
from flowhub.storage import insights as ins
from tests.storage.insights_seed import (
    NOW,
    ZONES,
    World,
    all_tasks,
    deadline,
    in_time,
    is_mine,
    is_overdue,
    local_day,
    seed,
    was_done,
)

Seeded = tuple[Session, World, list[Task]]

PERIODS = [
    # Berlin's change back to winter time, and to summer time, a week either side.
    (datetime(2025, 10, 19, 22, tzinfo=UTC), datetime(2025, 11, 2, 23, tzinfo=UTC)),
    (datetime(2026, 3, 22, 23, tzinfo=UTC), datetime(2026, 4, 2, 12, tzinfo=UTC)),
    # New York's change back (2 November 2025) and forward (8 March 2026).
    (datetime(2025, 10, 31, 4, tzinfo=UTC), datetime(2025, 11, 4, 5, tzinfo=UTC)),
    (datetime(2026, 3, 6, 5, tzinfo=UTC), datetime(2026, 3, 10, 4, tzinfo=UTC)),
    (NOW - timedelta(days=120), NOW),
]


@pytest.fixture
def world(engine: Engine) -> Iterator[Seeded]:
    migrate(engine)
    with session_scope(engine) as session:
        made = seed(session, random.Random(7))
    with session_scope(engine) as session:
        yield session, made, all_tasks(session, made.workspace_id)


def _days(start: datetime, end: datetime, tz: str) -> list[date]:
    first, last = local_day(start, tz), local_day(end - timedelta(microseconds=1), tz)
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _expected_days(rows: list[Task], start: datetime, end: datetime, tz: str) -> list[ins.DayCount]:
    made = Counter(local_day(t.created_at, tz) for t in rows if start <= t.created_at < end)
    done = Counter(
        local_day(t.completed_at, tz)
        for t in rows
        if was_done(t, start, end) and t.completed_at is not None
    )
    return [ins.DayCount(d, made[d], done[d]) for d in _days(start, end, tz)]


@pytest.mark.parametrize("tz", ZONES)
def test_daily_counts_by_local_day(world: Seeded, tz: str) -> None:
    session, made, rows = world
    ana = made.people[0]
    for scope, keep in (
        (ins.Scope(made.workspace_id), rows),
        (ins.Scope(made.workspace_id, person_id=ana), [t for t in rows if is_mine(t, ana)]),
        (
            ins.Scope(made.workspace_id, chat_id=made.groups[1]),
            [t for t in rows if t.chat_id == made.groups[1]],
        ),
    ):
        for start, end in PERIODS:
            got = ins.daily_counts(session=session, scope=scope, start=start, end=end, tz=tz)
            assert got == _expected_days(keep, start, end, tz)


def test_a_dst_day_keeps_its_late_evening(world: Seeded) -> None:
    session, made, rows = world
    start = datetime(2025, 10, 25, 22, tzinfo=UTC)  # Sunday 26 Oct 00:00 in Berlin (summer time)
    end = datetime(2025, 10, 26, 23, tzinfo=UTC)  # Monday 00:00 in Berlin: a 25-hour day
    got = ins.daily_counts(
        session=session,
        scope=ins.Scope(made.workspace_id),
        start=start,
        end=end,
        tz="Europe/Berlin",
    )
    assert [d.day for d in got] == [date(2025, 10, 26)]
    assert got[0].created == sum(start <= t.created_at < end for t in rows) > 0


@pytest.mark.parametrize("tz", ZONES)
def test_capture_hours_by_local_hour(world: Seeded, tz: str) -> None:
    session, made, rows = world
    for start, end in PERIODS:
        got = ins.capture_hours(
            session=session, scope=ins.Scope(made.workspace_id), start=start, end=end, tz=tz
        )
        hours = Counter(
            t.created_at.astimezone(ZoneInfo(tz)).hour for t in rows if start <= t.created_at < end
        )
        assert got == [hours[h] for h in range(24)]


@pytest.mark.parametrize("tz", ["Europe/Berlin", "Asia/Kolkata", "America/New_York"])
def test_on_time_by_week(world: Seeded, tz: str) -> None:
    session, made, rows = world
    for start, end in PERIODS:
        got = ins.on_time_by_week(
            session=session, scope=ins.Scope(made.workspace_id), start=start, end=end, tz=tz
        )
        weeks: dict[date, list[int]] = {}
        for day in _days(start, end, tz):
            weeks.setdefault(day - timedelta(days=day.weekday()), [0, 0, 0])
        for t in rows:
            if not was_done(t, start, end) or t.completed_at is None:
                continue
            day = local_day(t.completed_at, tz)
            week = weeks[day - timedelta(days=day.weekday())]
            week[0] += 1
            week[1] += t.due_at is not None
            week[2] += t.due_at is not None and in_time(t)
        assert got == [ins.WeekRate(monday, *v) for monday, v in sorted(weeks.items())]
        assert all(w.week_start.weekday() == 0 for w in got)


@pytest.mark.parametrize("tz", ["Europe/Berlin", "Asia/Kathmandu", "America/New_York"])
def test_open_due_by_day(world: Seeded, tz: str) -> None:
    session, made, rows = world
    until = NOW + timedelta(days=21)
    today = local_day(NOW, tz)
    got = ins.open_due_by_day(
        session=session, scope=ins.Scope(made.workspace_id), now=NOW, until=until, tz=tz
    )
    due = Counter(
        max(local_day(t.due_at, tz), today)
        for t in rows
        if t.status == "open"
        and t.due_at is not None
        and t.due_at < until
        and not is_overdue(t, NOW)
    )
    assert got == [ins.DueCount(d, due[d]) for d in _days(NOW, until, tz)]
    assert got[0].day == today and sum(d.count for d in got) > 5
    begun = [
        t for t in rows if t.status == "open" and t.due_at and t.due_at < NOW < (deadline(t) or NOW)
    ]
    assert begun  # a due span already begun counts for today


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    start=st.datetimes(min_value=datetime(2025, 9, 1), max_value=datetime(2026, 4, 1)),
    length=st.timedeltas(min_value=timedelta(hours=1), max_value=timedelta(days=60)),
    tz=st.sampled_from(ZONES),
    person=st.sampled_from([None, 0, 2]),
)
def test_daily_counts_add_up_to_the_summary(
    world: Seeded, start: datetime, length: timedelta, tz: str, person: int | None
) -> None:
    session, made, _rows = world
    begin = start.replace(tzinfo=UTC)
    end = begin + length
    scope = ins.Scope(made.workspace_id, person_id=None if person is None else made.people[person])
    days = ins.daily_counts(session=session, scope=scope, start=begin, end=end, tz=tz)
    total = ins.summary(session=session, scope=scope, start=begin, end=end, now=NOW)
    hours = ins.capture_hours(session=session, scope=scope, start=begin, end=end, tz=tz)
    weeks = ins.on_time_by_week(session=session, scope=scope, start=begin, end=end, tz=tz)
    assert sum(d.created for d in days) == total.created == sum(hours)
    assert sum(d.completed for d in days) == total.completed == sum(w.completed for w in weeks)
    assert sum(w.on_time for w in weeks) == total.on_time
    assert [d.day for d in days] == _days(begin, end, tz)
