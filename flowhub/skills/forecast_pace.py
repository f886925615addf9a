"""The pace forecast on plain numbers: when the open tasks would be done, and which due days
would finish late.

Work is spent day by day at `per_day` tasks, today being day 0: the k-th task in line is done
on day ceil(k / per_day) - 1. The line is the open tasks in due order: the overdue ones first,
then each coming day's, then the undated ones.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

# Float products such as 0.1 * 30 land a hair off the whole number they stand for.
_EPSILON = 1e-9


@dataclass(frozen=True, slots=True)
class LateDay:
    """A due day some of whose tasks would be done after it, and how many."""

    day: date
    late: int
    due: int


@dataclass(frozen=True, slots=True)
class Pace:
    """A forecast: the day the open tasks would all be done (None without a pace or without
    open tasks), the due days at risk, soonest first, and how many tasks fall due on the days
    looked at."""

    per_day: float
    open: int
    overdue: int
    finish: date | None
    at_risk: tuple[LateDay, ...]
    coming: int = 0


def done_on(position: int, per_day: float) -> int:
    """The day (0 is today) the task at 1-based `position` in line is done."""
    if per_day <= 0:
        raise ValueError(f"a pace must be positive to finish anything, got {per_day}")
    return max(math.ceil(position / per_day - _EPSILON) - 1, 0)


def forecast(
    *,
    per_day: float,
    open_count: int,
    overdue: int,
    due_by_day: Sequence[tuple[date, int]],
    today: date,
) -> Pace:
    """The forecast for `open_count` open tasks, `overdue` of them late already and the others
    due as `due_by_day` says (day, count; days from `today` on), at `per_day` done a day."""
    coming = sum(count for _, count in due_by_day if count > 0)
    if per_day <= 0 or open_count <= 0:
        return Pace(per_day, open_count, overdue, None, (), coming)
    finish = today + timedelta(days=done_on(open_count, per_day))
    at_risk = []
    before = overdue
    for day, count in sorted(due_by_day):
        if count <= 0:
            continue
        index = (day - today).days
        # Positions before+1 .. before+count; those past what fits by the end of `day` are late.
        fits = math.floor(per_day * (index + 1) + _EPSILON)
        late = min(count, max(0, before + count - max(before, fits)))
        if late:
            at_risk.append(LateDay(day, late, count))
        before += count
    return Pace(per_day, open_count, overdue, finish, tuple(at_risk), coming)
