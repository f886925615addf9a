"""The insight questions read a person's, a group's or a workspace's tasks through an index on
PostgreSQL, and for a group or a workspace only the tasks of the period asked about.

20,000 tasks in eight workspaces of 50 people, five groups each, are enough for the planner to
prefer an index for one person or one group when one exists; each aggregate's statements are
then EXPLAINed with the parameters they were sent with.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, insert
from sqlmodel import Session

from flowhub.storage import (
    Chat,
    ConversationState,
    Person,
    Task,
    Workspace,
    make_engine,
    migrate,
    session_scope,
)
from flowhub.storage import insights as ins
from flowhub.storage.access import Viewer
from flowhub.storage.insights import Scope
from tests.auxil.query_plans import plans, scans_whole, statements_of
from tests.auxil.servers import Server, create_database, database_url, drop_database

NOW = datetime(2026, 4, 2, 12, 0, tzinfo=UTC)
TASKS = 20_000
WORKSPACES = 8
PEOPLE = 50  # per workspace
GROUPS = 5  # per workspace, ten people each
DAY = timedelta(days=1)


def _seed(engine: Engine, rng: random.Random) -> None:
    at = NOW - 200 * DAY
    with session_scope(engine) as session:
        for w in range(1, WORKSPACES + 1):
            session.add(Workspace(id=w, platform="console", external_id=f"w{w}", created_at=at))
        session.flush()
        session.execute(
            insert(Person),
            [
                {"id": p, "workspace_id": _workspace(p), "display_name": f"P{p}", "created_at": at}
                for p in range(1, WORKSPACES * PEOPLE + 1)
            ],
        )
        session.execute(
            insert(Chat),
            [
                {
                    "id": g,
                    "workspace_id": (g - 1) // GROUPS + 1,
                    "platform": "console",
                    "account": "a",
                    "external_id": f"g{g}",
                    "kind": "group",
                    "created_at": at,
                }
                for g in range(1, WORKSPACES * GROUPS + 1)
            ],
        )
        session.execute(
            insert(ConversationState),
            [
                {"chat_id": _group(p), "person_id": p, "data": {}, "updated_at": at}
                for p in range(1, WORKSPACES * PEOPLE + 1)
            ],
        )
        session.execute(insert(Task), [_task(i, rng) for i in range(TASKS)])
    with engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")


def _workspace(person: int) -> int:
    return (person - 1) // PEOPLE + 1


def _group(person: int) -> int:
    """Each person's group: ten people of their workspace."""
    return (_workspace(person) - 1) * GROUPS + ((person - 1) % PEOPLE) // 10 + 1


def _task(i: int, rng: random.Random) -> dict[str, object]:
    creator = rng.randint(1, WORKSPACES * PEOPLE)
    in_group = rng.random() < 0.5
    assignee = rng.choice([None, creator, creator + 1 if creator % 10 else creator - 1])
    created = NOW - rng.uniform(0, 180) * DAY
    took = rng.lognormvariate(0, 1.2) * DAY
    done = created + took < NOW and rng.random() < 0.85
    due = created + rng.choice([1, 2, 3, 7]) * DAY if rng.random() < 0.75 else None
    return {
        "workspace_id": _workspace(creator),
        "chat_id": _group(creator) if in_group else None,
        "title": rng.choice(["send the invoice", "call the supplier", "book flights"]) + f" {i}",
        "notes": "",
        "creator_id": creator,
        "assignee_id": assignee,
        "due_at": due,
        "due_grain": "minute" if due else None,
        "status": "done" if done else "open",
        "created_at": created,
        "updated_at": created + took if done else created,
        "completed_at": created + took if done else None,
    }


@pytest.fixture(scope="module")
def seeded(postgres_server: Server) -> Iterator[Engine]:
    """A PostgreSQL database with the seeded tasks, migrated to the newest schema."""
    name = f"t_insight_indexes_{random.randrange(1 << 30)}"
    create_database(postgres_server.admin_url, name)
    engine = make_engine(database_url(postgres_server, name))
    try:
        migrate(engine)
        _seed(engine, random.Random(12))
        yield engine
    finally:
        engine.dispose()
        drop_database(postgres_server.admin_url, name)


Ask = Callable[[Session, Scope], object]
WEEK = (NOW - 7 * DAY, NOW)
MONTH = (NOW - 30 * DAY, NOW)

QUESTIONS: dict[str, Ask] = {
    "summary": lambda s, scope: ins.summary(
        session=s, scope=scope, start=WEEK[0], end=WEEK[1], now=NOW
    ),
    "per_person": lambda s, scope: ins.per_person(
        session=s, scope=scope, start=MONTH[0], end=MONTH[1], now=NOW
    ),
    "per_group": lambda s, scope: ins.per_group(
        session=s, scope=scope, start=MONTH[0], end=MONTH[1], now=NOW
    ),
    "open_by_age": lambda s, scope: ins.open_by_age(session=s, scope=scope, now=NOW),
    "overdue_longest": lambda s, scope: ins.overdue_longest(session=s, scope=scope, now=NOW),
    "throughput": lambda s, scope: ins.throughput(session=s, scope=scope, now=NOW),
    "daily_counts": lambda s, scope: ins.daily_counts(
        session=s, scope=scope, start=MONTH[0], end=MONTH[1], tz="Europe/Berlin"
    ),
    "capture_hours": lambda s, scope: ins.capture_hours(
        session=s, scope=scope, start=MONTH[0], end=MONTH[1], tz="Asia/Kolkata"
    ),
    "on_time_by_week": lambda s, scope: ins.on_time_by_week(
        session=s, scope=scope, start=MONTH[0], end=MONTH[1], tz="America/New_York"
    ),
    "open_due_by_day": lambda s, scope: ins.open_due_by_day(
        session=s, scope=scope, now=NOW, until=NOW + 14 * DAY, tz="Europe/Berlin"
    ),
    "typical_duration": lambda s, scope: ins.typical_duration(
        session=s, person_id=scope.person_id or 1, words=["invoice"], now=NOW
    ),
}

SCOPES = {
    "a person": Scope(workspace_id=3, person_id=117),
    "a group": Scope(workspace_id=3, chat_id=12),
    "a member, seen from their group": Scope(
        workspace_id=3, person_id=117, viewer=Viewer(person_id=118, group_id=12)
    ),
    "a workspace": Scope(workspace_id=3),
}


@pytest.mark.parametrize("scope_name", list(SCOPES))
@pytest.mark.parametrize("question", list(QUESTIONS))
def test_a_question_about_a_person_or_group_reads_tasks_by_index(
    seeded: Engine, question: str, scope_name: str
) -> None:
    scope = SCOPES[scope_name]
    if question == "typical_duration" and scope.person_id is None:
        pytest.skip("typical durations are a person's")
    with Session(seeded) as session, statements_of(seeded) as seen:
        QUESTIONS[question](session, scope)
    found = plans(seeded, seen)
    assert found, f"{question} sent no SELECT"
    whole = [plan for plan in found if scans_whole(plan, "task")]
    assert not whole, f"{question} for {scope_name} reads the whole task table:\n" + "\n\n".join(
        whole
    )


@pytest.mark.parametrize("scope_name", ["a group", "a workspace"])
@pytest.mark.parametrize("question", [q for q in QUESTIONS if q != "typical_duration"])
def test_a_question_about_a_group_or_workspace_reads_only_its_period(
    seeded: Engine, question: str, scope_name: str
) -> None:
    with Session(seeded) as session, statements_of(seeded) as seen:
        QUESTIONS[question](session, SCOPES[scope_name])
    for plan in plans(seeded, seen):
        late = [
            line.strip()
            for line in plan.splitlines()
            if line.strip().startswith("Filter:")
            and re.search(r"\b(created_at|completed_at) >=", line)
        ]
        assert not late, f"{question} for {scope_name} reads tasks outside its period:\n{plan}"
