"""A seeded workspace for the insight tests, and the numbers worked out plainly in Python."""

from __future__ import annotations

import random
import statistics
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from flowhub.storage import Chat, ConversationState, Person, Task, Workspace

# Thursday 2 April 2026, 12:00 UTC: after Berlin's change to summer time (29 March) with the
# change back (26 October 2025) inside the last six months, and New York's two changes.
NOW = datetime(2026, 4, 2, 12, 0, tzinfo=UTC)
DST_EDGES = (
    datetime(2025, 10, 26, 1, 0, tzinfo=UTC),
    datetime(2026, 3, 29, 1, 0, tzinfo=UTC),
    datetime(2025, 11, 2, 6, 0, tzinfo=UTC),  # New York, back to standard time
    datetime(2026, 3, 8, 7, 0, tzinfo=UTC),  # New York, forward to daylight time
)
ZONES = ("Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu", "UTC")
WORDS = ("invoice", "report", "50%_off", "Счет", "call")


@dataclass(frozen=True)
class World:
    """The ids the seeded workspace holds."""

    workspace_id: int
    other_workspace_id: int
    people: tuple[int, ...]
    groups: tuple[int, ...]
    direct: int


def seed(session: Session, rng: random.Random, n: int = 320) -> World:
    """A workspace of four people and two groups with `n` tasks, plus one stray workspace."""
    at = NOW - timedelta(days=400)
    ws = Workspace(platform="console", external_id="w", created_at=at)
    other = Workspace(platform="console", external_id="x", created_at=at)
    session.add_all([ws, other])
    session.flush()
    assert ws.id is not None and other.id is not None
    people = [
        Person(workspace_id=ws.id, display_name=name, timezone=tz, created_at=at)
        for name, tz in (
            ("Ana", "Europe/Berlin"),
            ("Sam", "America/New_York"),
            ("Priya", "Asia/Kolkata"),
            ("Bo", "UTC"),
        )
    ]
    stranger = Person(workspace_id=other.id, display_name="Zed", created_at=at)
    session.add_all([*people, stranger])
    session.flush()
    chats = [
        Chat(
            workspace_id=ws.id,
            platform="console",
            account="a",
            external_id=f"c{i}",
            kind=kind,
            created_at=at,
        )
        for i, kind in enumerate(("group", "group", "direct"))
    ]
    session.add_all(chats)
    session.flush()
    ids = tuple(p.id or 0 for p in people)
    groups = (chats[0].id or 0, chats[1].id or 0)
    for person, chat in (
        (ids[0], groups[0]),
        (ids[1], groups[0]),
        (ids[2], groups[1]),
        (ids[3], groups[1]),
    ):
        session.add(ConversationState(chat_id=chat, person_id=person, data={}, updated_at=at))
    for i in range(n):
        session.add(_task(rng, ws.id, ids, (*groups, chats[2].id or 0, None), i))
    session.add(_task(rng, other.id, (stranger.id or 0,), (None,), n))
    session.flush()
    return World(ws.id, other.id, ids, groups, chats[2].id or 0)


def _instant(rng: random.Random) -> datetime:
    """Mostly any minute of the last 200 days; often within hours of a DST change."""
    if rng.random() < 0.3:
        edge = rng.choice(DST_EDGES)
        return edge + timedelta(minutes=rng.randint(-36 * 60, 36 * 60))
    return NOW - timedelta(minutes=rng.randint(0, 200 * 24 * 60))


def _task(
    rng: random.Random,
    workspace_id: int,
    people: tuple[int, ...],
    chats: tuple[int | None, ...],
    i: int,
) -> Task:
    created = _instant(rng)
    creator = rng.choice(people)
    kind = rng.random()
    assignee = None if kind < 0.3 else rng.choice(people)
    named = "Lena" if kind < 0.1 else None
    status = rng.choices(("open", "done", "cancelled"), (5, 6, 1))[0]
    completed = None
    if status == "done":
        completed = min(
            created + timedelta(minutes=rng.randint(1, 40 * 24 * 60)), NOW - timedelta(minutes=1)
        )
        completed = max(completed, created)
    due = grain = due_tz = None
    if rng.random() < 0.7:
        grain = rng.choice(("minute", "hour", "day", "day", "week", "month", None))
        due_tz = rng.choice(ZONES)
        due = created + timedelta(minutes=rng.randint(-2 * 24 * 60, 30 * 24 * 60))
        if grain in ("day", "week", "month"):
            local = due.astimezone(ZoneInfo(due_tz)).date()
            if grain == "week":
                local -= timedelta(days=local.weekday())
            if grain == "month":
                local = local.replace(day=1)
            due = datetime(local.year, local.month, local.day, tzinfo=ZoneInfo(due_tz)).astimezone(
                UTC
            )
    title = f"{rng.choice(WORDS)} {i}" if rng.random() < 0.6 else f"task {i}"
    return Task(
        workspace_id=workspace_id,
        chat_id=rng.choice(chats),
        title=title,
        creator_id=creator,
        assignee_id=assignee,
        assignee_name=named or (f"P{assignee}" if assignee else None),
        due_at=due,
        due_grain=grain,
        due_tz=due_tz,
        status=status,
        created_at=created,
        updated_at=created,
        completed_at=completed,
    )


def all_tasks(session: Session, workspace_id: int) -> list[Task]:
    """Every task of a workspace, read back as rows."""
    return list(session.exec(select(Task).where(Task.workspace_id == workspace_id)))


def deadline(task: Task) -> datetime | None:
    """When a task's due span ends, as the insights reckon it (in UTC)."""
    due = task.due_at
    if due is None:
        return None
    if task.due_grain == "day":
        return due + timedelta(days=1)
    if task.due_grain == "week":
        return due + timedelta(days=7)
    if task.due_grain in ("month", "year"):
        inside = due + timedelta(hours=14)
        if task.due_grain == "year":
            return datetime(inside.year + 1, 1, 1, tzinfo=UTC)
        year, month = divmod(inside.month, 12)
        return datetime(inside.year + year, month + 1, 1, tzinfo=UTC)
    return due


def is_mine(task: Task, person_id: int) -> bool:
    """The task is the person's: assigned to them, or theirs and given to nobody."""
    if task.assignee_id == person_id:
        return True
    return task.creator_id == person_id and task.assignee_id is None and task.assignee_name is None


def is_overdue(task: Task, now: datetime) -> bool:
    """Open, and its due span is over."""
    end = deadline(task)
    return (
        task.status == "open"
        and end is not None
        and end < now
        and task.due_at is not None
        and task.due_at < now
    )


def was_done(task: Task, start: datetime, end: datetime) -> bool:
    """Completed in [start, end)."""
    return (
        task.status == "done" and task.completed_at is not None and start <= task.completed_at < end
    )


def in_time(task: Task) -> bool:
    """Completed by the end of its due span."""
    end = deadline(task)
    return end is not None and task.completed_at is not None and task.completed_at <= end


def hours(task: Task) -> float:
    """Hours from capture to done."""
    assert task.completed_at is not None
    return (task.completed_at - task.created_at).total_seconds() / 3600


def median_hours(tasks: list[Task]) -> float | None:
    """The median of `hours` over `tasks`."""
    return statistics.median(hours(t) for t in tasks) if tasks else None


def local_day(at: datetime, tz: str) -> date:
    """The calendar day of `at` in zone `tz`."""
    return at.astimezone(ZoneInfo(tz)).date()
