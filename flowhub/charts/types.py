"""The plain data a chart is drawn from, and the words on it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Labels:
    """The words on a chart, already in the reader's language.

    `series` names the coloured parts in the legend, in the order each chart documents.
    """

    title: str
    x_axis: str = ""
    y_axis: str = ""
    series: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DayCount:
    """Tasks created and completed on one day (in the reader's zone)."""

    day: date
    created: int
    completed: int


@dataclass(frozen=True, slots=True)
class AgeBucket:
    """Open tasks that have been open between `min_days` and `max_days` days (None: no end)."""

    min_days: int
    max_days: int | None
    count: int


@dataclass(frozen=True, slots=True)
class PersonLoad:
    """One person's open tasks, and how many of those are overdue."""

    name: str
    open: int
    overdue: int


@dataclass(frozen=True, slots=True)
class WeekRate:
    """Tasks completed in the week starting `week_start`, and how many of them by their due date."""

    week_start: date
    completed: int
    on_time: int
