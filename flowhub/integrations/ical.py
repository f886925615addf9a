"""A per-person iCalendar feed (RFC 5545) at a secret URL: `GET /ical/<token>.ics`.

Each open task with a due date is a VEVENT (UTC DTSTART, or a DATE for a whole day, plus its
RRULE; a repeat counted from completion is its next occurrence alone); `?kind=todo` gives every
open task as a VTODO instead, for apps that show those. The token is "<connection id>-<secret>";
the secret is stored encrypted and compared in constant time. Calendar apps poll the URL, so the
feed follows done and new tasks on their next refresh.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from flowhub.integrations import crypto
from flowhub.integrations.base import calendar_rrule, due_of, same
from flowhub.storage import Task, integrations, session_scope, tasks

if TYPE_CHECKING:
    from flowhub.services import Services

KIND = "ical"
EVENT_MINUTES = 30


def create_feed(services: Services, *, workspace_id: int, person_id: int) -> str:
    """A new feed URL for a person (an earlier one of theirs stops working)."""
    secret = crypto.new_secret()
    sealed = crypto.encrypt({"feed": secret}, tools=services.tools)
    with session_scope(services.engine) as session:
        mine = [
            c
            for c in integrations.get_connections(
                session=session, workspace_id=workspace_id, kind=KIND
            )
            if c.person_id == person_id
        ]
        if mine:
            row = integrations.update_connection(
                session=session, connection=mine[0], secret_encrypted=sealed, status="active"
            )
        else:
            row = integrations.create_connection(
                session=session,
                workspace_id=workspace_id,
                person_id=person_id,
                kind=KIND,
                config={},
                secret_encrypted=sealed,
                now=services.clock.now(),
                is_default=False,
            )
        connection_id = row.id
    return f"{services.tools.public_url.rstrip('/')}/ical/{connection_id}-{secret}.ics"


def render_feed(services: Services, token: str, *, todo: bool = False) -> str | None:
    """The calendar text for a feed token, or None when the token is not a valid feed."""
    number, _, secret = token.partition("-")
    if not number.isdigit() or not secret:
        return None
    with session_scope(services.engine) as session:
        connection = integrations.get_connection(session=session, connection_id=int(number))
        if connection is None or connection.kind != KIND or connection.person_id is None:
            return None
        stored = crypto.decrypt(connection.secret_encrypted, tools=services.tools)
        if not same(stored.get("feed", ""), secret):
            return None
        mine = tasks.get_all_tasks(
            session=session,
            workspace_id=connection.workspace_id,
            status="open",
            involving=connection.person_id,
            limit=500,
        )
    return calendar(mine, now=services.clock.now(), todo=todo)


def calendar(items: list[Task], *, now: datetime, todo: bool = False) -> str:
    """A VCALENDAR of tasks: VEVENTs for the due ones, or VTODOs for all."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//FlowHub//Tasks//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:FlowHub tasks",
    ]
    stamp = _utc(now)
    for task in items:
        due = due_of(task)
        if todo:
            lines += ["BEGIN:VTODO", f"UID:task-{task.id}@flowhub", f"DTSTAMP:{stamp}"]
            if due is not None:
                lines.append(
                    f"DUE;VALUE=DATE:{due.day:%Y%m%d}" if due.all_day else f"DUE:{_utc(due.at)}"
                )
            lines += [f"SUMMARY:{_text(task.title)}", "STATUS:NEEDS-ACTION", "END:VTODO"]
            continue
        if due is None:
            continue
        lines += ["BEGIN:VEVENT", f"UID:task-{task.id}@flowhub", f"DTSTAMP:{stamp}"]
        if due.all_day:
            lines.append(f"DTSTART;VALUE=DATE:{due.day:%Y%m%d}")
            lines.append(f"DTEND;VALUE=DATE:{due.day + timedelta(days=1):%Y%m%d}")
        else:
            lines.append(f"DTSTART:{_utc(due.at)}")
            lines.append(f"DURATION:PT{EVENT_MINUTES}M")
        # A repeat counted from completion ("every! 3 days") gets no RRULE: its next date depends
        # on when this one is done, so the feed shows the next occurrence only, and moves it
        # on the next refresh after the task is done.
        if rrule := calendar_rrule(task):
            lines.append(f"RRULE:{rrule}")
        lines += [f"SUMMARY:{_text(task.title)}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _utc(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _text(value: str) -> str:
    """TEXT escaping (RFC 5545 3.3.11)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character (RFC 5545 3.1)."""
    out: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode())
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)
