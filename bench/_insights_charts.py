"""Drawing the insights benchmark's answers as charts, and a process that reports its memory.

`python -m bench._insights_charts URL N` answers and draws every chart N times for random
groups and people of the database at URL, then prints its peak RSS as JSON.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable, Sequence
from typing import Any

from flowhub import charts
from flowhub.charts import AgeBucket, DayCount, Labels, PersonLoad, WeekRate

_AGES = ((0, 0), (1, 7), (8, 30), (31, None))


def _days(rows: Sequence[Any], locale: str) -> bytes | None:
    labels = Labels("Created and completed", series=("Created", "Completed"))
    days = [DayCount(day, created, completed) for day, created, completed in rows]
    return charts.render_created_completed(days, labels=labels, locale=locale)


def _strip(rows: Sequence[Any], locale: str) -> bytes | None:
    days = [DayCount(day, created, completed) for day, created, completed in rows[-7:]]
    return charts.render_done_strip(days, labels=Labels("Done this week"), locale=locale)


def _ages(counts: Sequence[int], locale: str) -> bytes | None:
    buckets = [AgeBucket(lo, hi, n) for (lo, hi), n in zip(_AGES, counts, strict=True)]
    return charts.render_open_by_age(buckets, labels=Labels("Open tasks by age"), locale=locale)


def _load(rows: Sequence[Any], locale: str) -> bytes | None:
    people = [PersonLoad(name, n_open, overdue) for name, n_open, overdue, _done in rows]
    labels = Labels("Open tasks per person", series=("Overdue", "Open"))
    return charts.render_load(people, labels=labels, locale=locale)


def _weeks(rows: Sequence[Any], locale: str) -> bytes | None:
    weeks = [WeekRate(monday, dated, on_time) for monday, _done, dated, on_time in rows]
    return charts.render_on_time(weeks, labels=Labels("Done on time"), locale=locale)


def _hours(counts: Sequence[int], locale: str) -> bytes | None:
    labels = Labels("When tasks are captured")
    return charts.render_capture_hours(counts, labels=labels, locale=locale)


_DRAW: dict[str, Callable[[Any, str], bytes | None]] = {
    "days": _days,
    "strip": _strip,
    "ages": _ages,
    "load": _load,
    "weeks": _weeks,
    "hours": _hours,
}


def draw(kind: str) -> Callable[[object, str], bytes | None]:
    """The function drawing one kind of answer as a PNG, in a locale."""
    return _DRAW[kind]


def main(url: str, renders: int) -> None:
    """Answer and draw every chart `renders` times, then print the peak RSS as JSON."""
    from sqlmodel import Session

    from bench._util import peak_rss_mb
    from bench.insights import _questions, _subjects
    from flowhub.storage import make_engine

    engine = make_engine(url)
    pictures = 0
    rng = random.Random(11)
    with Session(engine) as session:
        for question in _questions():
            if question.chart is None:
                continue
            for subject in _subjects(engine, question.kind, renders, rng):
                if question.chart(question.sql(session, subject), "de") is not None:
                    pictures += 1
    engine.dispose()
    print(json.dumps({"peak_rss_mb": round(peak_rss_mb(), 1), "pictures": pictures}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
