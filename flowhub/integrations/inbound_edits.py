"""Edits a tool reports (title, due, priority, assignee) applied to the linked FlowHub task.

The tool's copy is compared with the task field by field in the tool's own terms, so an echo
of FlowHub's own push (the same title, the same day for a tool that keeps days only, a
priority the tool cannot tell apart) changes nothing. What did change is returned as plain
data for the audit log and the message to the person:

    {"title": [old, new], "due": [old ISO or None, new ISO or None], "grain": str | None,
     "priority": [old, new], "assignee": [old, new]}
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from flowhub.integrations.base import ExternalEdit
from flowhub.storage import Task, people, reminders, tasks

if TYPE_CHECKING:
    from sqlmodel import Session

_CLOCK_GRAINS = ("minute", "hour")


def changes_of(task: Task, edit: ExternalEdit, zone: str) -> dict[str, Any]:
    """The task fields `edit` changes, as keyword arguments for `update_task`."""
    fields: dict[str, Any] = {}
    title = (edit.title or "").strip()
    if title and title != task.title.strip():
        fields["title"] = title[:500]
    fields.update(_due_changes(task, edit, zone))
    if edit.priority and task.priority not in edit.priority:
        fields["priority"] = edit.priority[0]
    if edit.assignee is not None:
        now_with = (task.assignee_name or "").lstrip("@").casefold()
        if edit.assignee.casefold() != now_with:
            fields["assignee_name"] = edit.assignee or None
    return fields


def apply_edit(
    session: Session, task: Task, edit: ExternalEdit, *, now: datetime, zone: str
) -> dict[str, Any]:
    """Change `task` as the tool has it; what changed (empty for an echo), as in the docstring."""
    fields = changes_of(task, edit, zone)
    if not fields:
        return {}
    said: dict[str, Any] = {}
    if "title" in fields:
        said["title"] = [task.title, fields["title"]]
    if "due_at" in fields:
        old, new = task.due_at, fields["due_at"]
        said["due"] = [_iso(old), _iso(new)]
        said["grain"] = fields.get("due_grain")
        said["due_tz"] = fields.get("due_tz")
        _move_reminders(session, task, old, new)
    if "priority" in fields:
        said["priority"] = [task.priority, fields["priority"]]
    if "assignee_name" in fields:
        said["assignee"] = [task.assignee_name, fields["assignee_name"]]
        fields["assignee_id"] = _person_named(session, task, fields["assignee_name"])
    tasks.update_task(session=session, task=task, now=now, **fields)
    return said


def _due_changes(task: Task, edit: ExternalEdit, zone: str) -> dict[str, Any]:
    """`due_at`, `due_grain`, `due_tz` for the tool's due, or nothing when it is the same."""
    if edit.due_removed:
        return {"due_at": None, "due_grain": None} if task.due_at is not None else {}
    if edit.due is None:
        return {}
    tz = ZoneInfo(task.due_tz or zone)
    current = task.due_at.astimezone(tz) if task.due_at is not None else None
    if isinstance(edit.due, datetime):
        at = edit.due if edit.due.tzinfo else edit.due.replace(tzinfo=tz)
        at = at.astimezone(UTC).replace(second=0, microsecond=0)
        if current is not None and current.astimezone(UTC).replace(second=0, microsecond=0) == at:
            return {}
        if current is not None and _noon_of(current, at, task.due_grain):
            return {}
        grain = task.due_grain if task.due_grain in _CLOCK_GRAINS else "minute"
        return {"due_at": at, "due_grain": grain, "due_tz": str(tz)}
    day: date = edit.due
    if current is not None and current.date() == day:
        return {}
    # A tool that keeps days only moves the day; the task keeps its own time of day.
    clock = current.time() if current is not None else time(0, 0)
    at = datetime.combine(day, clock).replace(tzinfo=tz).astimezone(UTC)
    grain = task.due_grain if current is not None and task.due_grain else "day"
    return {"due_at": at, "due_grain": grain, "due_tz": str(tz)}


def _noon_of(current: datetime, at: datetime, grain: str | None) -> bool:
    """Whether `at` is a whole-day task's own day sent as local noon (how Trello keeps days)."""
    local = at.astimezone(current.tzinfo)
    whole_day = grain not in _CLOCK_GRAINS
    return whole_day and local.date() == current.date() and (local.hour, local.minute) == (12, 0)


def _move_reminders(
    session: Session, task: Task, old: datetime | None, new: datetime | None
) -> None:
    """The task's own reminders keep their lead before the new due time."""
    if task.id is None or old is None or new is None:
        return
    delta: timedelta = new - old
    for reminder in reminders.get_reminders_for_task(session=session, task_id=task.id):
        if reminder.status != "active" or reminder.next_at is None:
            continue
        anchor = reminder.anchor_at
        if anchor is not None and anchor.astimezone(UTC) != old.astimezone(UTC):
            continue
        reminders.update_reminder(
            session=session,
            reminder=reminder,
            next_at=reminder.next_at + delta,
            anchor_at=new if anchor is not None else None,
        )


def _person_named(session: Session, task: Task, name: str | None) -> int | None:
    if not name:
        return None
    found = people.find_people_by_name(session=session, workspace_id=task.workspace_id, name=name)
    return found[0].id if len(found) == 1 else None


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value is not None else None


__all__ = ["apply_edit", "changes_of"]
