"""Todoist: tasks through API v1, with `X-Request-Id` so a retried create is not doubled.

REST v2 is retired (every `/rest/v2` call answers 410 Gone). v1 ids are opaque strings and a
task carries no `url`: the app's task link is built from the id.

Priorities run the other way round from the app: API 4 is the red "p1". Simple repeats
(every day / week on days / month on a day / year) go as a `due_string` Todoist reads itself;
so do repeats counted from completion, as Todoist's own "every! 3 days" (else the next date).
Inbound: the app's webhooks sign the body with the client secret: `X-Todoist-Hmac-SHA256` is
base64(HMAC-SHA256); `X-Todoist-Delivery-ID` names the delivery (the same for its retries), and
the item's `completed_at` / `updated_at` (else the event's `triggered_at`) dates the change.
`item:updated` carries the whole item, so its title, due and priority are compared with the
task (an echo of FlowHub's own update changes nothing).
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from flowhub.integrations.base import (
    Due,
    ExternalEdit,
    ExternalRef,
    ExternalStatus,
    Integration,
    SetupField,
    due_of,
    event_time,
    hmac_digest,
    same,
    task_notes,
)
from flowhub.storage import Task

PRIORITY = {"urgent": 4, "high": 3, "normal": 1, "low": 1}
# The FlowHub words each API priority stands for; 1 (the app's "p4") is both normal and low.
_LEVELS = {4: ("urgent",), 3: ("high",), 2: ("normal",), 1: ("normal", "low")}
_API = "/api/v1"
TASK_URL = "https://app.todoist.com/app/task/{id}"
_DAYS = {"MO": "monday", "TU": "tuesday", "WE": "wednesday", "TH": "thursday", "FR": "friday"}
_DAYS |= {"SA": "saturday", "SU": "sunday"}


class Todoist(Integration):
    """Tasks in Todoist (the Inbox, or one project)."""

    kind = "todoist"
    title = "Todoist"
    api_url = "https://api.todoist.com"
    round_trip = True
    webhook_header = "x-todoist-hmac-sha256"
    setup = (
        SetupField("token", "your API token", secret=True),
        SetupField("project_id", "a project id (optional; default the Inbox)", optional=True),
        SetupField("webhook_secret", "your Todoist app's client secret (optional)", True, True),
    )
    help = (
        "Copy your API token from Todoist: Settings → Integrations → Developer. To bring "
        "“done” back, create an app at https://developer.todoist.com/appconsole.html with the "
        "webhook URL {public_url}/webhooks/integrations/todoist and events item:completed, "
        "item:uncompleted and item:updated, and paste its client secret as well."
    )

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Add the task (idempotent per task through X-Request-Id), or update it."""
        body = self._fields(task)
        if ref is not None:
            request_id = str(uuid.uuid4())
            self._call(
                "POST",
                f"{_API}/tasks/{ref.external_id}",
                json=body,
                headers={"X-Request-Id": request_id},
            )
            return ref
        if self.config.get("project_id"):
            body["project_id"] = str(self.config["project_id"])
        # The same request id for every attempt: Todoist answers a repeat with the first task.
        request_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"flowhub:todoist:task:{task.id}"))
        data = self._call(
            "POST", f"{_API}/tasks", json=body, headers={"X-Request-Id": request_id}
        ).json()
        return ExternalRef(str(data["id"]), TASK_URL.format(id=data["id"]))

    def _fields(self, task: Task) -> dict[str, Any]:
        body: dict[str, Any] = {
            "content": task.title,
            "description": task_notes(task),
            "priority": PRIORITY.get(task.priority, 1),
        }
        due = due_of(task)
        if due is None:
            return body
        if not task.rrule:
            repeat = None
        elif task.repeat_from == "completion":
            repeat = _after_done_string(task.rrule, due)
        else:
            repeat = _due_string(task.rrule, due)
        if repeat:
            body.update(due_string=repeat, due_lang="en")
        elif due.all_day:
            body["due_date"] = due.day.isoformat()
        else:
            body["due_datetime"] = due.at.strftime("%Y-%m-%dT%H:%M:%SZ")
        return body

    def close(self, ref: ExternalRef) -> None:
        """Complete the task."""
        self._call("POST", f"{_API}/tasks/{ref.external_id}/close")

    def reopen(self, ref: ExternalRef) -> None:
        """Uncomplete the task."""
        self._call("POST", f"{_API}/tasks/{ref.external_id}/reopen")

    def check(self) -> str:
        """The token works and the project (if any) exists."""
        project_id = self.config.get("project_id")
        if project_id:
            data = self._call("GET", f"{_API}/projects/{project_id}").json()
            return f"project “{data.get('name', project_id)}”"
        self._call("GET", f"{_API}/projects")
        return "your Inbox"

    hook_steps = (
        "create an app at https://developer.todoist.com/appconsole.html with the webhook URL "
        "{base} and events item:completed, item:uncompleted and item:updated; then say "
        "“connect todoist” "
        "again and send two lines, “token: <your API token>” and “webhook secret: <the app's "
        "client secret>”. (Todoist lets only its app console register webhooks.)"
    )

    def register_webhook(self, url: str) -> dict[str, str] | None:
        """Only a person can add this webhook: set up once they pasted its secret."""
        return {} if self.secrets.get("webhook_secret") else None

    def verify_webhook(self, headers: Mapping[str, str], body: bytes, *, url: str = "") -> bool:
        """base64(HMAC-SHA256(client secret, body)) in `X-Todoist-Hmac-SHA256`."""
        secret = self.secrets.get("webhook_secret")
        if not secret:
            return False
        expected = base64.b64encode(hmac_digest(secret, body)).decode()
        return same(expected, headers.get("x-todoist-hmac-sha256"))

    def parse_webhook(self, body: bytes) -> list[ExternalStatus]:
        """item:completed, item:uncompleted, and item:updated (the item as it now is)."""
        data = json.loads(body)
        if not isinstance(data, dict):
            raise ValueError("a Todoist webhook body is a JSON object")
        name = data.get("event_name")
        if name not in ("item:completed", "item:uncompleted", "item:updated"):
            return []
        item = data["event_data"]
        done = name == "item:completed"
        stamps = (item.get("completed_at") if done else None, item.get("updated_at"))
        at = next((t for t in map(event_time, stamps) if t), None)
        at = at or event_time(data.get("triggered_at"))
        if name == "item:updated":
            return [ExternalStatus(str(item["id"]), None, at, edit=self._edit(item))]
        return [ExternalStatus(str(item["id"]), done, at)]

    def _edit(self, item: Mapping[str, Any]) -> ExternalEdit:
        """An updated item's title, due, priority and (mapped) responsible person."""
        due = item.get("due")
        level = item.get("priority")
        return ExternalEdit(
            title=str(item["content"]) if item.get("content") else None,
            due=_due_of(due) if isinstance(due, dict) else None,
            due_removed="due" in item and due is None,
            priority=_LEVELS.get(level, ()) if isinstance(level, int) else (),
            assignee=self.assignee_named(item.get("responsible_uid")),
        )

    def webhook_delivery(self, headers: Mapping[str, str], body: bytes) -> str | None:
        """The `X-Todoist-Delivery-ID`."""
        return headers.get("x-todoist-delivery-id") or None


def _due_of(due: Mapping[str, Any]) -> date | datetime | None:
    """A v1 `due`: "2026-12-11" is a day, "…T17:00:00Z" an instant, and a time without a zone
    a floating clock time (in `due.timezone` when it names one, else the task's own zone)."""
    text = str(due.get("date") or "")
    if len(text) == 10:
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    at = event_time(text) if text.endswith("Z") or "+" in text[10:] else None
    if at is not None:
        return at
    try:
        local = datetime.fromisoformat(text)
    except ValueError:
        return None
    zone = due.get("timezone")
    if isinstance(zone, str) and zone:
        try:
            return local.replace(tzinfo=ZoneInfo(zone))
        except (KeyError, ValueError):
            return local
    return local


def _due_string(rrule: str, due: Due) -> str | None:
    """A Todoist recurring due string for the simple RRULEs, else None (the next date is sent)."""
    parts = dict(p.split("=", 1) for p in rrule.split(";") if "=" in p)
    if parts.get("INTERVAL", "1") != "1" or "COUNT" in parts or "UNTIL" in parts:
        return None
    freq, at = parts.get("FREQ"), "" if due.all_day else f" at {due.local:%H:%M}"
    if freq == "DAILY" and "BYDAY" not in parts:
        text = "every day"
    elif freq == "WEEKLY":
        days = parts.get("BYDAY", "").split(",") if parts.get("BYDAY") else []
        names = [_DAYS.get(d) for d in days] or [due.local.strftime("%A").lower()]
        if None in names:
            return None
        text = "every " + ", ".join(str(n) for n in names)
    elif freq == "MONTHLY" and parts.get("BYMONTHDAY", str(due.day.day)).isdigit():
        text = f"every {parts.get('BYMONTHDAY', due.day.day)}"
    elif freq == "YEARLY" and "BYDAY" not in parts:
        text = f"every {due.local:%B} {due.day.day}"
    else:
        return None
    return f"{text}{at} starting {due.day.isoformat()}"


_AFTER_DONE_UNITS = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}


def _after_done_string(rrule: str, due: Due) -> str | None:
    """Todoist's "every! 3 days at 09:00 starting <date>" for a repeat counted from completion.

    "every!" is Todoist's own repeat from the completion date. The time of day is the current
    due time's, which is what FlowHub counts from too (`next_after_completion`). Only days to
    years: a rule with an end (COUNT, UNTIL) or in hours or minutes gets None, and the task
    goes with its next date alone.
    """
    parts = dict(p.split("=", 1) for p in rrule.split(";") if "=" in p)
    unit = _AFTER_DONE_UNITS.get(parts.get("FREQ", ""))
    interval = parts.get("INTERVAL", "1") or "1"
    if unit is None or not interval.isdigit() or "COUNT" in parts or "UNTIL" in parts:
        return None
    every = unit if interval == "1" else f"{interval} {unit}s"
    at = "" if due.all_day else f" at {due.local:%H:%M}"
    return f"every! {every}{at} starting {due.day.isoformat()}"
