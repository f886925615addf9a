"""What the insight aggregates are asked about (`Scope`) and the plain frozen data they return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from flowhub.storage.access import Viewer

AGE_KEYS = ("under_1_day", "1_to_7_days", "8_to_30_days", "over_30_days")


@dataclass(frozen=True, slots=True)
class Scope:
    """Whose tasks: a person's (assigned to them, or theirs and given to nobody), a group
    chat's (created there), or with neither the whole workspace; with a `viewer`, only the
    tasks that viewer may see count, and with `seen_by` only those that person may see from
    some chat of theirs."""

    workspace_id: int
    person_id: int | None = None
    chat_id: int | None = None
    viewer: Viewer | None = None
    seen_by: int | None = None


@dataclass(frozen=True, slots=True)
class Summary:
    """The numbers of a period [start, end) and of now.

    `created` counts every task captured, cancelled ones too. `on_time` and `late` split the
    completed tasks that had a due date (met when done before its span ended: a due day is kept
    until it is over); `undated` counts the completed ones without. `oldest_overdue_days` is
    whole days past the oldest overdue due (None when nothing is overdue); `median_hours` runs
    from capture to done over the tasks completed in the period (None when none were).
    """

    created: int
    completed: int
    on_time: int
    late: int
    undated: int
    open: int
    overdue: int
    oldest_overdue_days: int | None
    median_hours: float | None


@dataclass(frozen=True, slots=True)
class PersonLoad:
    """One person's open, overdue and completed-in-period tasks; `person_id` is None for a
    name nobody has joined as yet."""

    person_id: int | None
    name: str
    open: int
    overdue: int
    completed: int


@dataclass(frozen=True, slots=True)
class GroupLoad:
    """One group chat's open, overdue and completed-in-period tasks (those created there)."""

    chat_id: int
    title: str
    open: int
    overdue: int
    completed: int


@dataclass(frozen=True, slots=True)
class DayCount:
    """Tasks created and completed on one local day."""

    day: date
    created: int
    completed: int


@dataclass(frozen=True, slots=True)
class DueCount:
    """Open tasks, not yet overdue, falling due on one local day."""

    day: date
    count: int


@dataclass(frozen=True, slots=True)
class AgeBucket:
    """Open tasks by whole days since they were created; `label_key` is one of `AGE_KEYS`:
    under 1 day, 1 to 7, 8 to 30, over 30."""

    label_key: str
    count: int


@dataclass(frozen=True, slots=True)
class OverdueTask:
    """An overdue open task and the whole days since its due passed."""

    task_id: int
    title: str
    assignee_name: str | None
    due_at: datetime
    days: int


@dataclass(frozen=True, slots=True)
class WeekRate:
    """Tasks completed in one local week (from Monday): how many had a due, and how many of
    those were done by it."""

    week_start: date
    completed: int
    dated: int
    on_time: int
