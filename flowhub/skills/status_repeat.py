"""Repeating tasks in a status period: "what's due next month" shows the rent due on 31 Jan,
the occurrence that falls in the period, though the task itself is next due on 31 Dec.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from flowhub.nlp import next_occurrences
from flowhub.skills.context import Context
from flowhub.skills.status_period import Period
from flowhub.storage import AuditLog, Task, access, audit


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


def done_occurrences(ctx: Context, period: Period | None) -> list[Task]:
    """Unsaved copies of the asker's repeating tasks, one per occurrence they ticked off within
    `period` (the task itself stays open for the next one), newest first; an undone one is not."""
    start = period.start if period is not None else None
    ticked: dict[int, AuditLog] = {}
    for entry in audit.get_audit_entries(
        session=ctx.session, actions=("done-occurrence", "undo"), after=start
    ):
        task_id = int(entry.subject.partition(":")[2] or 0)
        if entry.action == "undo":
            ticked.pop(task_id, None)
        elif entry.person_id == ctx.person_id and (period is None or _aware(entry.at) < period.end):
            ticked[task_id] = entry
    found: list[Task] = []
    for task_id, entry in sorted(ticked.items(), key=lambda item: item[1].at, reverse=True):
        task = access.get_task(session=ctx.session, task_id=task_id, viewer=ctx.viewer)
        if task is None:
            continue
        copy = Task(**task.model_dump())
        was_due = (entry.detail or {}).get("due_at")
        copy.due_at = datetime.fromisoformat(was_due) if was_due else None
        copy.status, copy.completed_at = "done", _aware(entry.at)
        found.append(copy)
    return found


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)
