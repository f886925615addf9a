"""Insight numbers on both databases, each checked against the same count done plainly in
Python over the seeded rows."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from flowhub.storage import Task, migrate, session_scope
from flowhub.storage import insights as ins
from flowhub.storage.access import Viewer
from tests.auxil.query_plans import statements_of
from tests.storage.insights_seed import (
    NOW,
    World,
    all_tasks,
    in_time,
    is_mine,
    is_overdue,
    median_hours,
    seed,
    was_done,
)


@pytest.fixture
def world(engine: Engine) -> Iterator[tuple[Session, World, list[Task]]]:
    migrate(engine)
    with session_scope(engine) as session:
        made = seed(session, random.Random(18))
    with session_scope(engine) as session:
        yield session, made, all_tasks(session, made.workspace_id)


def _scopes(world: World) -> list[tuple[ins.Scope, Callable[[Task], bool]]]:
    """Scopes to ask about, each with the plain rule for its tasks."""
    ws = world.workspace_id
    ana, sam, priya, _bo = world.people
    group = world.groups[0]

    def sees(viewer: Viewer) -> Callable[[Task], bool]:
        return lambda t: (
            viewer.person_id in (t.creator_id, t.assignee_id)
            or (viewer.group_id is not None and t.chat_id == viewer.group_id)
        )

    return [
        (ins.Scope(ws), lambda t: True),
        (ins.Scope(ws, person_id=ana), lambda t: is_mine(t, ana)),
        (ins.Scope(ws, person_id=priya), lambda t: is_mine(t, priya)),
        (ins.Scope(ws, chat_id=group), lambda t: t.chat_id == group),
        (
            ins.Scope(ws, viewer=Viewer(sam, group)),
            sees(Viewer(sam, group)),
        ),
        (
            ins.Scope(ws, person_id=priya, viewer=Viewer(sam)),
            lambda t: is_mine(t, priya) and sam in (t.creator_id, t.assignee_id),
        ),
        (  # Sam is in the first group only: Priya's tasks made there, or his with her, count.
            ins.Scope(ws, person_id=priya, seen_by=sam),
            lambda t: (
                is_mine(t, priya) and (sam in (t.creator_id, t.assignee_id) or t.chat_id == group)
            ),
        ),
    ]


PERIODS = [
    (NOW - timedelta(days=7), NOW),
    (datetime(2025, 10, 20, tzinfo=UTC), datetime(2025, 11, 3, tzinfo=UTC)),
    (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC)),
    (NOW - timedelta(days=365), NOW),
]


def test_summary_matches_a_plain_count(world: tuple[Session, World, list[Task]]) -> None:
    session, made, rows = world
    for scope, keep in _scopes(made):
        mine = [t for t in rows if keep(t)]
        for start, end in PERIODS:
            got = ins.summary(session=session, scope=scope, start=start, end=end, now=NOW)
            done = [t for t in mine if was_done(t, start, end)]
            dated = [t for t in done if t.due_at is not None]
            overdue = [t for t in mine if is_overdue(t, NOW)]
            oldest = min((t.due_at for t in overdue if t.due_at), default=None)
            expected_median = median_hours(done)
            assert got.created == sum(start <= t.created_at < end for t in mine)
            assert got.completed == len(done)
            assert got.on_time == sum(in_time(t) for t in dated)
            assert got.late == len(dated) - got.on_time
            assert got.undated == len(done) - len(dated)
            assert got.open == sum(t.status == "open" for t in mine)
            assert got.overdue == len(overdue)
            assert got.oldest_overdue_days == (
                None if oldest is None else (NOW - oldest) // timedelta(days=1)
            )
            if expected_median is None:
                assert got.median_hours is None
            else:
                assert got.median_hours == pytest.approx(expected_median, abs=1e-3)
    assert any(
        ins.summary(session=session, scope=s, start=a, end=b, now=NOW).overdue
        for s, _ in _scopes(made)
        for a, b in PERIODS
    )


def test_summary_is_one_statement(world: tuple[Session, World, list[Task]]) -> None:
    session, made, _rows = world
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    with statements_of(engine) as seen:
        ins.summary(
            session=session,
            scope=ins.Scope(made.workspace_id, chat_id=made.groups[0]),
            start=NOW - timedelta(days=30),
            end=NOW,
            now=NOW,
        )
    assert len(seen) == 1, [statement for statement, _ in seen]


def test_the_seed_covers_late_and_on_time(world: tuple[Session, World, list[Task]]) -> None:
    session, made, _rows = world
    got = ins.summary(
        session=session,
        scope=ins.Scope(made.workspace_id),
        start=NOW - timedelta(days=365),
        end=NOW,
        now=NOW,
    )
    assert got.on_time > 10 and got.late > 10 and got.undated > 10 and got.overdue > 10


def test_per_person_matches_a_plain_count(world: tuple[Session, World, list[Task]]) -> None:
    session, made, rows = world
    start, end = NOW - timedelta(days=30), NOW
    names = dict(zip(made.people, ("Ana", "Sam", "Priya", "Bo"), strict=True))
    for chat_id in (None, made.groups[0], made.groups[1]):
        scope = ins.Scope(made.workspace_id, chat_id=chat_id)
        got = ins.per_person(session=session, scope=scope, start=start, end=end, now=NOW, limit=10)
        tally: dict[tuple[int | None, str], list[int]] = {}
        for t in rows:
            if chat_id is not None and t.chat_id != chat_id:
                continue
            holder = t.assignee_id or (t.creator_id if t.assignee_name is None else None)
            key = (holder, names[holder] if holder else t.assignee_name or "")
            if t.status != "open" and not was_done(t, start, end):
                continue
            counts = tally.setdefault(key, [0, 0, 0])
            counts[0] += t.status == "open"
            counts[1] += is_overdue(t, NOW)
            counts[2] += was_done(t, start, end)
        expected = sorted(
            (ins.PersonLoad(k[0], k[1], *v) for k, v in tally.items()),
            key=lambda p: (-p.open, -p.overdue, -p.completed, p.name),
        )
        assert got == expected
        assert any(p.person_id is None and p.name == "Lena" for p in got)
    top = ins.per_person(
        session=session, scope=ins.Scope(made.workspace_id), start=start, end=end, now=NOW, limit=2
    )
    assert len(top) == 2 and top[0].open >= top[1].open


def test_open_by_age_and_overdue_longest(world: tuple[Session, World, list[Task]]) -> None:
    session, made, rows = world
    for scope, keep in _scopes(made):
        mine = [t for t in rows if keep(t)]
        ages: Counter[str] = Counter()
        for t in mine:
            if t.status == "open":
                days = (NOW - t.created_at) // timedelta(days=1)
                key = 0 if days < 1 else 1 if days <= 7 else 2 if days <= 30 else 3
                ages[ins.AGE_KEYS[key]] += 1
        got = ins.open_by_age(session=session, scope=scope, now=NOW)
        assert got == [ins.AgeBucket(k, ages[k]) for k in ins.AGE_KEYS]
        late = sorted((t for t in mine if is_overdue(t, NOW)), key=lambda t: (t.due_at, t.id))[:5]
        longest = ins.overdue_longest(session=session, scope=scope, now=NOW, limit=5)
        assert [o.task_id for o in longest] == [t.id for t in late]
        for o, t in zip(longest, late, strict=True):
            assert o.title == t.title and o.due_at == t.due_at
            assert o.days == (NOW - o.due_at) // timedelta(days=1)
            assert o.assignee_name == (
                {made.people[i]: n for i, n in enumerate(("Ana", "Sam", "Priya", "Bo"))}.get(
                    t.assignee_id or -1, t.assignee_name
                )
            )


def test_throughput(world: tuple[Session, World, list[Task]]) -> None:
    session, made, rows = world
    for scope, keep in _scopes(made):
        done = sum(was_done(t, NOW - timedelta(days=28), NOW) for t in rows if keep(t))
        assert ins.throughput(session=session, scope=scope, now=NOW) == pytest.approx(done / 28)
    with pytest.raises(ValueError, match="positive"):
        ins.throughput(session=session, scope=ins.Scope(made.workspace_id), now=NOW, days=0)


@pytest.mark.parametrize(
    "words",
    [
        ["invoice"],
        ["INVOICE", "report"],
        ["50%_off"],
        ["%"],
        ["_"],
        ["счет"],
        ["nothing like it"],
        [],
    ],
)
def test_typical_duration(world: tuple[Session, World, list[Task]], words: list[str]) -> None:
    session, made, rows = world
    for person in made.people:
        found = [
            t
            for t in rows
            if is_mine(t, person)
            and t.status == "done"
            and t.completed_at is not None
            and t.completed_at <= NOW
            and any(w.lower() in t.title.lower() for w in words if w)
        ]
        got = ins.typical_duration(session=session, person_id=person, words=words, now=NOW)
        if not found:
            assert got is None
        else:
            expected = median_hours(found)
            assert got is not None and expected is not None
            assert got.total_seconds() / 3600 == pytest.approx(expected, abs=1e-3)
        fewer = ins.typical_duration(
            session=session, person_id=person, words=words, now=NOW, min_tasks=len(found) + 1
        )
        assert fewer is None


def test_per_group_matches_a_plain_count(world: tuple[Session, World, list[Task]]) -> None:
    session, made, rows = world
    start, end = NOW - timedelta(days=30), NOW
    for scope, keep in _scopes(made):
        tally: dict[int, list[int]] = {}
        for t in rows:
            if t.chat_id not in made.groups or not keep(t):
                continue
            if t.status != "open" and not was_done(t, start, end):
                continue
            counts = tally.setdefault(t.chat_id, [0, 0, 0])
            counts[0] += t.status == "open"
            counts[1] += is_overdue(t, NOW)
            counts[2] += was_done(t, start, end)
        got = ins.per_group(session=session, scope=scope, start=start, end=end, now=NOW)
        expected = sorted(
            (ins.GroupLoad(chat, "", *v) for chat, v in tally.items()),
            key=lambda g: (-g.open, g.chat_id),
        )
        assert got == expected
    assert made.direct not in {
        g.chat_id
        for g in ins.per_group(
            session=session, scope=ins.Scope(made.workspace_id), start=start, end=end, now=NOW
        )
    }
