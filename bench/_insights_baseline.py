"""The obvious way to answer an insight question: load the scope's tasks, count in Python.

Each function takes the rows `rows(...)` loaded and gives the same numbers the SQL aggregates
give (dues here are all clock times, so a due ends at its instant), in a plain comparable shape.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from flowhub.storage import Chat, Person, Task
from flowhub.storage.insights import Scope
from flowhub.storage.insights_sql import scope_where

DAY = timedelta(days=1)


def rows(session: Session, scope: Scope) -> list[Task]:
    """Every task of the scope, as model objects."""
    return list(session.exec(select(Task).where(*scope_where(scope))).all())


def summary(tasks: Sequence[Task], start: datetime, end: datetime, now: datetime) -> tuple:
    """(created, completed, on_time, late, undated, open, overdue, oldest days, median hours)."""
    created = sum(1 for t in tasks if start <= t.created_at < end)
    done = [t for t in tasks if _done_in(t, start, end)]
    dated = [t for t in done if t.due_at is not None]
    on_time = sum(1 for t in dated if t.completed_at <= t.due_at)  # type: ignore[operator]
    still_open = [t for t in tasks if t.status == "open"]
    overdue = [t for t in still_open if t.due_at is not None and t.due_at < now]
    oldest = min((t.due_at for t in overdue), default=None)  # type: ignore[type-var]
    hours = [(t.completed_at - t.created_at).total_seconds() / 3600 for t in done]  # type: ignore[operator]
    return (
        created,
        len(done),
        on_time,
        len(dated) - on_time,
        len(done) - len(dated),
        len(still_open),
        len(overdue),
        None if oldest is None else max((now - oldest) // DAY, 0),
        round(statistics.median(hours), 6) if hours else None,
    )


def per_person(
    session: Session, tasks: Sequence[Task], start: datetime, end: datetime, now: datetime
) -> list[tuple[str, int, int, int]]:
    """The ten people with the most open tasks: (name, open, overdue, completed)."""
    counts: dict[int | str, list[int]] = {}
    for t in tasks:
        holder: int | str | None = t.assignee_id or (
            t.creator_id if t.assignee_name is None else t.assignee_name
        )
        is_open = t.status == "open"
        done = _done_in(t, start, end)
        if holder is None or not (is_open or done):
            continue
        c = counts.setdefault(holder, [0, 0, 0])
        c[0] += is_open
        c[1] += is_open and t.due_at is not None and t.due_at < now
        c[2] += done
    named = []
    for holder, (n_open, n_overdue, n_done) in counts.items():
        person = session.get(Person, holder) if isinstance(holder, int) else None
        name = person.display_name if person is not None else str(holder)
        named.append((name, n_open, n_overdue, n_done))
    named.sort(key=lambda r: (-r[1], -r[2], -r[3], r[0]))
    return named[:10]


def per_group(
    session: Session, tasks: Sequence[Task], start: datetime, end: datetime, now: datetime
) -> list[tuple[int, int, int, int]]:
    """The ten group chats with the most open tasks: (chat id, open, overdue, completed)."""
    kinds: dict[int, str] = {}
    counts: dict[int, list[int]] = {}
    for t in tasks:
        if t.chat_id is None:
            continue
        if t.chat_id not in kinds:
            chat = session.get(Chat, t.chat_id)
            kinds[t.chat_id] = chat.kind if chat is not None else ""
        is_open = t.status == "open"
        done = _done_in(t, start, end)
        if kinds[t.chat_id] != "group" or not (is_open or done):
            continue
        c = counts.setdefault(t.chat_id, [0, 0, 0])
        c[0] += is_open
        c[1] += is_open and t.due_at is not None and t.due_at < now
        c[2] += done
    found = sorted((-c[0], chat_id, c[1], c[2]) for chat_id, c in counts.items())
    return [(chat_id, -n_open, late, done) for n_open, chat_id, late, done in found[:10]]


def open_by_age(tasks: Sequence[Task], now: datetime) -> list[int]:
    """Open tasks under 1 day old, 1 to 7, 8 to 30, over 30."""
    ages = Counter()
    for t in tasks:
        if t.status == "open":
            days = (now - t.created_at) // DAY
            ages[0 if days < 1 else 1 if days <= 7 else 2 if days <= 30 else 3] += 1
    return [ages[i] for i in range(4)]


def overdue_longest(tasks: Sequence[Task], now: datetime) -> list[int]:
    """The ids of the five open tasks overdue the longest."""
    late = [t for t in tasks if t.status == "open" and t.due_at is not None and t.due_at < now]
    late.sort(key=lambda t: (t.due_at, t.id))
    return [t.id or 0 for t in late[:5]]


def throughput(tasks: Sequence[Task], now: datetime, days: int = 28) -> float:
    """Tasks completed per day over the `days` before `now`."""
    return sum(1 for t in tasks if _done_in(t, now - days * DAY, now)) / days


def daily_counts(
    tasks: Sequence[Task], start: datetime, end: datetime, tz: str
) -> list[tuple[date, int, int]]:
    """(local day, created, completed) for each local day of [start, end)."""
    zone = ZoneInfo(tz)
    made = Counter(
        t.created_at.astimezone(zone).date() for t in tasks if start <= t.created_at < end
    )
    done = Counter(
        t.completed_at.astimezone(zone).date()  # type: ignore[union-attr]
        for t in tasks
        if _done_in(t, start, end)
    )
    first = start.astimezone(zone).date()
    last = (end - timedelta(microseconds=1)).astimezone(zone).date()
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    return [(d, made[d], done[d]) for d in days]


def capture_hours(tasks: Sequence[Task], start: datetime, end: datetime, tz: str) -> list[int]:
    """Tasks created in [start, end) per local hour."""
    zone = ZoneInfo(tz)
    hours = Counter(
        t.created_at.astimezone(zone).hour for t in tasks if start <= t.created_at < end
    )
    return [hours[h] for h in range(24)]


def on_time_by_week(
    tasks: Sequence[Task], start: datetime, end: datetime, tz: str
) -> list[tuple[date, int, int, int]]:
    """(local Monday, completed, with a due, on time) per week holding a completion."""
    zone = ZoneInfo(tz)
    weeks: dict[date, list[int]] = {}
    for t in tasks:
        if not _done_in(t, start, end):
            continue
        day = t.completed_at.astimezone(zone).date()  # type: ignore[union-attr]
        w = weeks.setdefault(day - timedelta(days=day.weekday()), [0, 0, 0])
        w[0] += 1
        w[1] += t.due_at is not None
        w[2] += t.due_at is not None and t.completed_at <= t.due_at  # type: ignore[operator]
    return sorted((monday, *w) for monday, w in weeks.items())  # type: ignore[misc]


def typical_hours(tasks: Sequence[Task], word: str, now: datetime) -> float | None:
    """Median hours to done of the done tasks whose title holds `word`."""
    hours = [
        (t.completed_at - t.created_at).total_seconds() / 3600  # type: ignore[operator]
        for t in tasks
        if t.status == "done"
        and t.completed_at is not None
        and t.completed_at <= now
        and word.lower() in t.title.lower()
    ]
    return round(statistics.median(hours), 6) if hours else None


def _done_in(t: Task, start: datetime, end: datetime) -> bool:
    return t.status == "done" and t.completed_at is not None and start <= t.completed_at < end
