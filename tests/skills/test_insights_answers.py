"""Insight answers on seeded tasks, their numbers checked against a plain count in Python."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from statistics import median

from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.storage import Person, Task, session_scope
from tests.conftest import FIXED_NOW, ChatFactory

# Monday 2 March 2026 in Berlin, the week FIXED_NOW (Wednesday) falls in, and the one before.
WEEK = (datetime(2026, 3, 1, 23, 0, tzinfo=UTC), datetime(2026, 3, 8, 23, 0, tzinfo=UTC))
LAST_WEEK = (WEEK[0] - timedelta(days=7), WEEK[0])


@dataclass(frozen=True)
class Seeded:
    """A seeded task as plain values."""

    title: str
    creator: int
    assignee: int | None
    status: str
    created: datetime
    completed: datetime | None
    due: datetime | None


def _seed(runtime: Runtime, chat_as: ChatFactory, seed: int) -> tuple[int, int, list[Seeded]]:
    chat_as("ana", "Ana").say("hi")
    chat_as("sam", "Sam", tz="America/New_York").say("hi")
    rng = random.Random(seed)
    rows: list[Seeded] = []
    with session_scope(runtime.engine) as session:
        people = {p.display_name: p for p in session.exec(select(Person)).all()}
        ana, sam = people["Ana"].id or 0, people["Sam"].id or 0
        workspace = people["Ana"].workspace_id
        for n in range(70):
            creator = rng.choice([ana, ana, sam])
            assignee = rng.choice([None, None, ana, sam])
            created = FIXED_NOW - timedelta(minutes=rng.randint(10, 20 * 24 * 60))
            due = None
            if rng.random() < 0.7:
                due = created + timedelta(minutes=rng.randint(-600, 6 * 24 * 60))
            completed = None
            if rng.random() < 0.45:
                completed = min(created + timedelta(minutes=rng.randint(5, 5 * 24 * 60)), FIXED_NOW)
            row = Seeded(
                f"task {n}",
                creator,
                assignee,
                "done" if completed else "open",
                created,
                completed,
                due,
            )
            rows.append(row)
            session.add(
                Task(
                    workspace_id=workspace,
                    title=row.title,
                    creator_id=creator,
                    assignee_id=assignee,
                    assignment="accepted" if assignee else "none",
                    status=row.status,
                    created_at=created,
                    updated_at=completed or created,
                    completed_at=completed,
                    due_at=due,
                    due_grain="minute" if due else None,
                )
            )
    return ana, sam, rows


def _mine(row: Seeded, person: int) -> bool:
    return row.assignee == person or (row.assignee is None and row.creator == person)


def _sees(row: Seeded, viewer: int) -> bool:
    return viewer in (row.creator, row.assignee)


def _expected_lines(rows: list[Seeded]) -> list[str]:
    """The numbers of this week for `rows`, counted one by one."""
    start, end = WEEK
    created = sum(start <= r.created < end for r in rows)
    done = [r for r in rows if r.completed and start <= r.completed < end]
    on_time = sum(
        r.due is not None and r.completed is not None and r.completed <= r.due for r in done
    )
    still = [r for r in rows if r.status == "open"]
    late = [r for r in still if r.due is not None and r.due < FIXED_NOW]
    lines = [f"{len(done)} done ({on_time} on time), {created} created"]
    if late:
        days = max((FIXED_NOW - min(r.due for r in late if r.due)) // timedelta(days=1), 0)
        oldest = {0: "(since today)", 1: "(oldest 1 day)"}.get(days, f"(oldest {days} days)")
        lines.append(f"{len(still)} open, {len(late)} overdue {oldest}")
    else:
        lines.append(f"{len(still)} open, none overdue")
    if done:
        hours = median((r.completed - r.created) / timedelta(hours=1) for r in done if r.completed)
        if hours < 1:
            lines.append(f"Median from capture to done: {round(hours * 60)} min")
        elif hours < 48:
            lines.append(f"Median from capture to done: {hours:.1f} h".replace(".0 h", " h"))
        else:
            days_taken = f"{hours / 24:.1f}".removesuffix(".0")
            lines.append(f"Median from capture to done: {days_taken} days")
    before = sum(1 for r in rows if r.completed and LAST_WEEK[0] <= r.completed < LAST_WEEK[1])
    if len(done) > before:
        lines.append(f"{len(done) - before} more done than last week")
    elif len(done) < before:
        lines.append(f"{before - len(done)} fewer done than last week")
    elif done:
        lines.append("As many done as last week")
    return lines


def test_own_week_matches_a_plain_count(runtime: Runtime, chat_as: ChatFactory) -> None:
    ana, _sam, rows = _seed(runtime, chat_as, seed=3)
    replies = chat_as("ana", "Ana").say("how am I doing this week?")
    lines = replies[0].text.splitlines()
    assert lines[0].startswith("📊 You, this week")
    assert lines[1:] == _expected_lines([r for r in rows if _mine(r, ana)])


def test_another_person_counts_only_what_the_asker_sees(
    runtime: Runtime, chat_as: ChatFactory
) -> None:
    ana, sam, rows = _seed(runtime, chat_as, seed=5)
    replies = chat_as("ana", "Ana").say("how's sam doing this week?")
    lines = replies[0].text.splitlines()
    assert lines[0].startswith("📊 Sam, this week") and "tasks you can see" in lines[0]
    seen = [r for r in rows if _mine(r, sam) and _sees(r, ana)]
    assert lines[1:] == _expected_lines(seen)
    every = [r for r in rows if _mine(r, sam)]
    assert _expected_lines(every)[:2] != _expected_lines(seen)[:2]  # the seed hides some


def test_load_per_person_in_a_private_chat(runtime: Runtime, chat_as: ChatFactory) -> None:
    ana, sam, rows = _seed(runtime, chat_as, seed=11)
    (reply,) = chat_as("ana", "Ana").say("who has the most open tasks?")
    assert "only tasks you can see" in reply.text
    shown = reply.text.splitlines()
    for person, name in ((ana, "Ana"), (sam, "Sam")):
        held = [r for r in rows if r.status == "open" and _mine(r, person) and _sees(r, ana)]
        late = sum(r.due is not None and r.due < FIXED_NOW for r in held)
        line = f"{name}: {len(held)} open, {late} overdue" if late else f"{name}: {len(held)} open"
        assert any(s.endswith(f". {line}") for s in shown) == bool(held), (line, shown)


def test_overdue_longest_comes_oldest_first(runtime: Runtime, chat_as: ChatFactory) -> None:
    ana, _sam, rows = _seed(runtime, chat_as, seed=8)
    (reply,) = chat_as("ana", "Ana").say("what's been overdue the longest?")
    late = sorted(
        (r for r in rows if _mine(r, ana) and r.status == "open" and r.due and r.due < FIXED_NOW),
        key=lambda r: (r.due, int(r.title.split()[1])),
    )[:5]
    shown = reply.text.splitlines()[1:]
    assert [line.split(". ", 1)[1].split(":")[0] for line in shown] == [r.title for r in late]
    for line, row in zip(shown, late, strict=True):
        days = (FIXED_NOW - row.due) // timedelta(days=1) if row.due else 0
        if days > 1:
            assert f"{days} days overdue" in line
