"""Draw the example charts of docs/insights.md from a seeded team's tasks.

    .venv/bin/python docs/insights/make_examples.py            # writes docs/insights/*.png
    .venv/bin/python docs/insights/make_examples.py --measure  # time and peak memory

The team is made up: five people over six weeks, the same every run (seed 18), counted here in
plain Python the way the insight questions count them in SQL.
"""

from __future__ import annotations

import random
import resource
import sys
import time as clock
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from flowhub.charts import (
    CHARTS,
    AgeBucket,
    DayCount,
    Labels,
    PersonLoad,
    WeekRate,
)

HERE = Path(__file__).resolve().parent
NOW = datetime(2026, 3, 13, 17, 0, tzinfo=UTC)
PEOPLE = ("Ana", "Sam", "Priya", "Omar", "Lena")
AGES = ((0, 0), (1, 7), (8, 30), (31, None))


@dataclass(frozen=True)
class Task:
    """A made-up task: who owns it, when it came in, was due and was done (local time)."""

    owner: str
    created: datetime
    due: datetime | None
    done: datetime | None


def seeded_tasks() -> list[Task]:
    """About 240 tasks for the five people, captured mostly in working hours."""
    rng = random.Random(18)
    tasks = []
    for _ in range(240):
        day = NOW.date() - timedelta(days=rng.randrange(42))
        if day.weekday() >= 5 and rng.random() < 0.7:
            continue
        hour = min(22, max(6, round(rng.gauss(11.5, 3))))
        created = datetime.combine(day, time(hour), tzinfo=UTC)
        created += timedelta(minutes=rng.randrange(60))
        if created > NOW:
            continue
        due = created + timedelta(days=rng.randrange(1, 8)) if rng.random() < 0.7 else None
        took = timedelta(hours=rng.lognormvariate(3.2, 1.1))
        done = created + took if created + took <= NOW and rng.random() < 0.85 else None
        tasks.append(Task(rng.choice(PEOPLE[: 3 + rng.randrange(3)]), created, due, done))
    return tasks


def chart_data(tasks: list[Task]) -> dict[str, object]:
    """Each chart's input, counted from the tasks."""
    today = NOW.date()
    week = [today - timedelta(days=6 - i) for i in range(7)]
    created = Counter(t.created.date() for t in tasks)
    done = Counter(t.done.date() for t in tasks if t.done)
    days = [DayCount(d, created[d], done[d]) for d in week]
    open_tasks = [t for t in tasks if t.done is None]
    ages = Counter((today - t.created.date()).days for t in open_tasks)
    buckets = [
        AgeBucket(
            lo, hi, sum(n for age, n in ages.items() if lo <= age and (hi is None or age <= hi))
        )
        for lo, hi in AGES
    ]
    load = [
        PersonLoad(
            name,
            sum(t.owner == name for t in open_tasks),
            sum(t.owner == name and t.due is not None and t.due < NOW for t in open_tasks),
        )
        for name in PEOPLE
    ]
    monday = today - timedelta(days=today.weekday())
    weeks = []
    for back in range(5, -1, -1):
        start = monday - timedelta(weeks=back)
        finished = [
            t for t in tasks if t.done and t.due and start <= t.done.date() < start + timedelta(7)
        ]
        on_time = sum(t.done <= t.due for t in finished if t.done and t.due)
        weeks.append(WeekRate(start, len(finished), on_time))
    hours = Counter(t.created.hour for t in tasks)
    return {
        "created_completed": days,
        "open_by_age": buckets,
        "load": load,
        "on_time": weeks,
        "capture_hours": [hours[h] for h in range(24)],
        "done_strip": days,
    }


# Chart name -> (file name, locale, words) for the pictures in docs/insights.md.
EXAMPLES: dict[str, tuple[str, str, Labels]] = {
    "created_completed": (
        "created_completed.png",
        "en",
        Labels("Created and completed, last 7 days", "", "Tasks", ("Created", "Completed")),
    ),
    "open_by_age": (
        "open_by_age.png",
        "de",
        Labels("Offene Aufgaben nach Alter", "Tage offen", "Aufgaben"),
    ),
    "load": (
        "load_ar.png",
        "ar",
        Labels("المهام المفتوحة لكل شخص", "المهام", "", ("متأخرة", "مفتوحة")),
    ),
    "on_time": ("on_time.png", "en", Labels("Done by the due date, by week", "Week of", "")),
    "capture_hours": (
        "capture_hours_hi.png",
        "hi",
        Labels("काम किस समय आते हैं", "समय", "काम"),
    ),
    "done_strip": ("done_strip.png", "en", Labels("{done} done in the last 7 days")),
}


def write_examples() -> None:
    """Draw every example picture next to this script."""
    data = chart_data(seeded_tasks())
    done = sum(d.completed for d in data["done_strip"])  # type: ignore[attr-defined]
    for name, (file_name, locale, labels) in EXAMPLES.items():
        labels = Labels(labels.title.format(done=done), labels.x_axis, labels.y_axis, labels.series)
        png = CHARTS[name](data[name], labels=labels, locale=locale)
        if png is None:
            raise SystemExit(f"{name}: the seeded data has nothing to show")
        (HERE / file_name).write_bytes(png)
        print(f"{file_name}: {len(png) // 1024} kB")


def measure(renders: int = 50) -> None:
    """Milliseconds per render and the process's peak memory after `renders` of each chart."""
    data = chart_data(seeded_tasks())
    start_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"peak RSS before drawing: {start_rss} MB")
    for name, (_file, locale, labels) in EXAMPLES.items():
        wall, cpu = clock.perf_counter(), clock.process_time()
        for _ in range(renders):
            CHARTS[name](data[name], labels=labels, locale=locale)
        each = (clock.perf_counter() - wall) / renders * 1000
        each_cpu = (clock.process_time() - cpu) / renders * 1000
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(
            f"{name:18} {locale:3} {each:4.0f} ms each ({each_cpu:3.0f} ms CPU)   peak RSS {rss} MB"
        )


if __name__ == "__main__":
    measure() if "--measure" in sys.argv else write_examples()
