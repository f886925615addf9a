"""A repeating task handed over from a day on: "sam, can you take over the kit wash from the
18th". The occurrences before that day stay with the person who has them (the series ends the day
before); from that day a copy of the series goes to the new person.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flowhub.nlp import next_occurrences, parse_when
from flowhub.skills.context import Context
from flowhub.storage import Task, tasks

_FROM = re.compile(r"\b(?:from|starting(?:\s+from)?|as\s+of|beginning)\s+(?P<when>[^?.!,;]+)", re.I)
_ENDS = re.compile(r"^(?:UNTIL|COUNT)=", re.I)


def split(ctx: Context, task: Task, text: str) -> Task | None:
    """The new series from the day `text` says on, its old series now ending the day before;
    None when the task doesn't repeat, no day is said, or the day is before its next one."""
    if not task.rrule or task.due_at is None:
        return None
    m = _FROM.search(text)
    when = parse_when(m["when"], now=ctx.now, tz=ctx.tz) if m is not None else None
    if when is None or when.rrule:
        return None
    zone_name = task.due_tz or ctx.tz
    zone = ZoneInfo(zone_name)
    due = task.due_at if task.due_at.tzinfo else task.due_at.replace(tzinfo=UTC)
    day = when.start.astimezone(zone).date()
    if day <= due.astimezone(zone).date():
        return None  # from its next one on: the whole series goes
    cut = datetime.combine(day, time.min, zone)
    found = next_occurrences(
        task.rrule, start=due, tz=zone_name, after=cut - timedelta(seconds=1), count=1
    )
    if not found:
        return None
    until = (cut - timedelta(seconds=1)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = [p for p in task.rrule.split(";") if p and not _ENDS.match(p)]
    later = Task(
        workspace_id=task.workspace_id,
        chat_id=task.chat_id,
        title=task.title,
        notes=task.notes,
        creator_id=task.creator_id,
        assignee_id=task.assignee_id,
        assignee_name=task.assignee_name,
        assignment=task.assignment,
        due_at=found[0].astimezone(UTC),
        due_grain=task.due_grain,
        due_tz=task.due_tz,
        priority=task.priority,
        rrule=task.rrule,
        repeat_from=task.repeat_from,
        source_event_id=task.source_event_id,
        created_at=ctx.now,
        updated_at=ctx.now,
    )
    tasks.create_task(session=ctx.session, task_in=later)
    tasks.update_task(
        session=ctx.session, task=task, now=ctx.now, rrule=";".join([*kept, f"UNTIL={until}"])
    )
    return later
