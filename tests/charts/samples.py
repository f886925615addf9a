"""Seeded data for each chart, and the same chart with nothing worth drawing."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from flowhub.charts import AgeBucket, DayCount, PersonLoad, WeekRate

MONDAY = date(2026, 3, 2)

CREATED = [4, 8, 2, 6, 0, 3, 5]
COMPLETED = [1, 0, 5, 3, 2, 0, 4]
WEEK = [
    DayCount(MONDAY + timedelta(i), created, completed)
    for i, (created, completed) in enumerate(zip(CREATED, COMPLETED, strict=True))
]
AGES = [AgeBucket(0, 1, 5), AgeBucket(2, 7, 9), AgeBucket(8, 30, 3), AgeBucket(31, None, 1)]
PEOPLE = [
    PersonLoad("Sam", 3, 0),
    PersonLoad("Priya", 12, 5),
    PersonLoad("Ana", 7, 2),
    PersonLoad("Омар", 2, 2),
    PersonLoad("Nobody", 0, 0),
]
WEEKS = [
    WeekRate(MONDAY - timedelta(weeks=5 - i), completed, on_time)
    for i, (completed, on_time) in enumerate([(10, 8), (4, 4), (0, 0), (5, 0), (8, 6), (20, 10)])
]
HOURS = [0, 0, 0, 0, 0, 0, 1, 3, 8, 12, 9, 6, 4, 7, 9, 6, 5, 3, 2, 1, 1, 0, 0, 0]

# Chart name -> (data with something to show, data with nothing to show).
SAMPLES: dict[str, tuple[Any, Any]] = {
    "created_completed": (WEEK, [DayCount(d.day, 0, 0) for d in WEEK]),
    "open_by_age": (AGES, [AgeBucket(b.min_days, b.max_days, 0) for b in AGES]),
    "load": (PEOPLE, [PersonLoad("Sam", 0, 0)]),
    "on_time": (WEEKS, [WeekRate(w.week_start, 0, 0) for w in WEEKS]),
    "capture_hours": (HOURS, [0] * 24),
    "done_strip": (WEEK, [DayCount(d.day, 3, 0) for d in WEEK]),
}
