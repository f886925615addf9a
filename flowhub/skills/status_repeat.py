"""Repeating tasks in a status period: "what's due next month" shows the rent due on 31 Jan,
the occurrence that falls in the period, though the task itself is next due on 31 Dec.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, timedelta

from flowhub.nlp import next_occurrences
from flowhub.skills.status_period import Period
from flowhub.storage import Task


def occurrences_within(pool: Sequence[Task], period: Period, *, tz: str) -> list[Task]:
    """Unsaved copies of the repeating tasks in `pool`, each dated by its first occurrence
    inside `period`; tasks already due inside it are left to the caller's own answer."""
    found: list[Task] = []
    for task in pool:
        if not task.rrule or task.due_at is None or task.status != "open":
            continue
        due = task.due_at if task.due_at.tzinfo else task.due_at.replace(tzinfo=UTC)
        if due >= period.start:
            continue
        upcoming = next_occurrences(
            task.rrule,
            start=due,
            tz=task.due_tz or tz,
            after=period.start - timedelta(seconds=1),
            count=1,
        )
        if upcoming and upcoming[0] < period.end:
            copy = Task(**task.model_dump())
            copy.due_at = upcoming[0].astimezone(UTC)
            found.append(copy)
    return found
