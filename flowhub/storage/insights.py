"""Insights: numbers about tasks for a period, counted by SQL aggregates, never row by row.

Every function takes a `Scope` (whose tasks, and who asks), aware UTC instants and returns plain
frozen data; permission to ask is the caller's to check. Counts by local day, week and hour live
in `insights_calendar`, the shared SQL in `insights_sql`; both are re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, case, desc, func, or_, true
from sqlalchemy import select as select_many
from sqlmodel import Session, col, select

from flowhub.storage.insights_calendar import (
    capture_hours,
    daily_counts,
    on_time_by_week,
    open_due_by_day,
)
from flowhub.storage.insights_sql import (
    Clause,
    dialect_of,
    done_between,
    done_in_time,
    hours_to_done,
    median,
    median_of,
    mine,
    one_if,
    past_due,
    scope_where,
)
from flowhub.storage.insights_types import (
    AGE_KEYS,
    AgeBucket,
    DayCount,
    DueCount,
    GroupLoad,
    OverdueTask,
    PersonLoad,
    Scope,
    Summary,
    WeekRate,
)
from flowhub.storage.models import Chat, Person, Task

__all__ = [
    "AGE_KEYS",
    "AgeBucket",
    "DayCount",
    "DueCount",
    "GroupLoad",
    "OverdueTask",
    "PersonLoad",
    "Scope",
    "Summary",
    "WeekRate",
    "capture_hours",
    "daily_counts",
    "on_time_by_week",
    "open_by_age",
    "open_due_by_day",
    "overdue_longest",
    "per_group",
    "per_person",
    "summary",
    "throughput",
    "typical_duration",
]

_DAY = timedelta(days=1)


def summary(
    *, session: Session, scope: Scope, start: datetime, end: datetime, now: datetime
) -> Summary:
    """Created, completed (on time, late, undated) and median hours to done in [start, end);
    open and overdue at `now`; one statement."""
    dialect = dialect_of(session)
    where = scope_where(scope)
    done = [*where, *done_between(start, end)]
    late = past_due(dialect, now)
    created = (
        select_many(func.count().label("n"))
        .select_from(Task)
        .where(*where, col(Task.created_at) >= start, col(Task.created_at) < end)
        .cte("created")
    )
    finished = (
        select_many(
            func.count().label("n"),
            func.count(col(Task.due_at)).label("dated"),
            func.sum(one_if(done_in_time(dialect))).label("on_time"),
        )
        .select_from(Task)
        .where(*done)
        .cte("finished")
    )
    still_open = (
        select_many(
            func.count().label("n"),
            func.sum(one_if(late)).label("overdue"),
            func.min(case((late, col(Task.due_at)))).label("oldest"),
        )
        .select_from(Task)
        .where(*where, col(Task.status) == "open")
        .cte("still_open")
    )
    middle = median_of(dialect, hours_to_done(dialect), done, counted=finished)
    statement = (
        select_many(
            created.c.n,
            finished.c.n,
            finished.c.dated,
            finished.c.on_time,
            still_open.c.n,
            still_open.c.overdue,
            still_open.c.oldest,
            middle.c.value,
        )
        .select_from(created)
        .join(finished, true())
        .join(still_open, true())
        .join(middle, true())
    )
    made, completed, dated, on_time, n_open, overdue, oldest, hours = session.execute(
        statement
    ).one()
    return Summary(
        created=made,
        completed=completed,
        on_time=int(on_time or 0),
        late=dated - int(on_time or 0),
        undated=completed - dated,
        open=n_open,
        overdue=int(overdue or 0),
        oldest_overdue_days=None if oldest is None else _whole_days(now, _aware(oldest)),
        median_hours=float(hours) if completed and hours is not None else None,
    )


def per_person(
    *,
    session: Session,
    scope: Scope,
    start: datetime,
    end: datetime,
    now: datetime,
    limit: int = 10,
) -> list[PersonLoad]:
    """Each person's open and overdue tasks at `now` and tasks completed in [start, end),
    most open first; a task counts for whoever has it (its assignee, else its creator)."""
    dialect = dialect_of(session)
    unnamed = col(Task.assignee_name).is_(None)
    holder = case(
        (col(Task.assignee_id).is_not(None), col(Task.assignee_id)),
        (unnamed, col(Task.creator_id)),
    )
    named = case((and_(col(Task.assignee_id).is_(None), ~unnamed), col(Task.assignee_name)))
    is_open = col(Task.status) == "open"
    done = and_(*done_between(start, end))
    loads = (
        select_many(
            holder.label("holder"),
            named.label("named"),
            func.sum(one_if(is_open)).label("open"),
            func.sum(one_if(and_(is_open, past_due(dialect, now)))).label("overdue"),
            func.sum(one_if(done)).label("completed"),
        )
        .where(*scope_where(scope), or_(is_open, done))
        .group_by(holder, named)
        .subquery()
    )
    name = func.coalesce(col(Person.display_name), loads.c.named, "")
    statement = (
        select_many(loads.c.holder, name, loads.c.open, loads.c.overdue, loads.c.completed)
        .select_from(loads)
        .outerjoin(Person, col(Person.id) == loads.c.holder)
        .order_by(
            desc(loads.c.open),
            desc(loads.c.overdue),
            desc(loads.c.completed),
            name,
            loads.c.holder,
        )
        .limit(limit)
    )
    return [
        PersonLoad(holder, who, int(n_open or 0), int(n_overdue or 0), int(n_done or 0))
        for holder, who, n_open, n_overdue, n_done in session.execute(statement)
    ]


def per_group(
    *,
    session: Session,
    scope: Scope,
    start: datetime,
    end: datetime,
    now: datetime,
    limit: int = 10,
) -> list[GroupLoad]:
    """Each group chat's open and overdue tasks at `now` and tasks completed in [start, end),
    counting the tasks created there, most open first."""
    is_open = col(Task.status) == "open"
    done = and_(*done_between(start, end))
    n_open = func.sum(one_if(is_open))
    statement = (
        select_many(
            col(Task.chat_id),
            func.coalesce(col(Chat.title), ""),
            n_open,
            func.sum(one_if(and_(is_open, past_due(dialect_of(session), now)))),
            func.sum(one_if(done)),
        )
        .join(Chat, col(Chat.id) == col(Task.chat_id))
        .where(*scope_where(scope), col(Chat.kind) == "group", or_(is_open, done))
        .group_by(col(Task.chat_id), col(Chat.title))
        .order_by(desc(n_open), col(Task.chat_id))
        .limit(limit)
    )
    return [
        GroupLoad(chat_id, title, int(n or 0), int(late or 0), int(finished or 0))
        for chat_id, title, n, late, finished in session.execute(statement)
        if chat_id is not None
    ]


def open_by_age(*, session: Session, scope: Scope, now: datetime) -> list[AgeBucket]:
    """Open tasks by whole days since created: under 1, 1 to 7, 8 to 30, over 30."""
    made = col(Task.created_at)
    edges = (now - _DAY, now - 8 * _DAY, now - 31 * _DAY)
    sums = (
        func.sum(one_if(made > edges[0])),
        func.sum(one_if(and_(made <= edges[0], made > edges[1]))),
        func.sum(one_if(and_(made <= edges[1], made > edges[2]))),
        func.sum(one_if(made <= edges[2])),
    )
    counts = session.exec(
        select(*sums).where(*scope_where(scope), col(Task.status) == "open")
    ).one()
    return [AgeBucket(key, int(n or 0)) for key, n in zip(AGE_KEYS, counts, strict=True)]


def overdue_longest(
    *, session: Session, scope: Scope, now: datetime, limit: int = 5
) -> list[OverdueTask]:
    """The open tasks overdue the longest at `now`, oldest due first."""
    who = func.coalesce(col(Person.display_name), col(Task.assignee_name))
    statement = (
        select(col(Task.id), col(Task.title), who, col(Task.due_at))
        .outerjoin(Person, col(Person.id) == col(Task.assignee_id))
        .where(
            *scope_where(scope),
            col(Task.status) == "open",
            past_due(dialect_of(session), now),
        )
        .order_by(col(Task.due_at), col(Task.id))
        .limit(limit)
    )
    return [
        OverdueTask(task_id, title, name, _aware(due), _whole_days(now, _aware(due)))
        for task_id, title, name, due in session.exec(statement)
        if task_id is not None and due is not None
    ]


def throughput(*, session: Session, scope: Scope, now: datetime, days: int = 28) -> float:
    """Tasks completed per day over the `days` before `now`."""
    if days <= 0:
        raise ValueError(f"throughput needs a positive number of days, got {days}")
    done = session.exec(
        select(func.count())
        .select_from(Task)
        .where(*scope_where(scope), *done_between(now - days * _DAY, now))
    ).one()
    return done / days


def typical_duration(
    *,
    session: Session,
    person_id: int,
    words: Sequence[str],
    now: datetime,
    min_tasks: int = 1,
) -> timedelta | None:
    """The median time from capture to done of a person's tasks completed before `now` whose
    title holds one of `words` (any case); None with fewer than `min_tasks` such tasks."""
    said = [_holds(word) for word in words if word.strip()]
    if not said:
        return None
    where: list[Clause] = [
        mine(person_id),
        col(Task.status) == "done",
        col(Task.completed_at) <= now,
        or_(*said),
    ]
    found = session.exec(select(func.count()).select_from(Task).where(*where)).one()
    if found < max(min_tasks, 1):
        return None
    hours = median(session, hours_to_done(dialect_of(session)), where)
    return None if hours is None else timedelta(hours=hours)


def _holds(word: str) -> Clause:
    """The title holds `word`, wildcards taken literally; SQLite folds only ASCII case, so the
    usual spellings of other scripts are tried as well."""
    word = word.strip()
    spellings = dict.fromkeys((word, word.lower(), word.capitalize(), word.upper()))
    return or_(*(col(Task.title).icontains(s, autoescape=True) for s in spellings))


def _aware(at: datetime) -> datetime:
    """An instant read back from an aggregate, as aware UTC (SQLite returns text there)."""
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def _whole_days(now: datetime, since: datetime) -> int:
    return max((now - since) // _DAY, 0)
