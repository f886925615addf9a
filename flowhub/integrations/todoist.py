"""Todoist: tasks through REST v2, with `X-Request-Id` so a retried create is not doubled.

Priorities run the other way round from the app: API 4 is the red "p1". Simple repeats
(every day / week on days / month on a day / year) go as a `due_string` Todoist reads itself.
Inbound: the app's webhooks sign the body with the client secret: `X-Todoist-Hmac-SHA256` is
base64(HMAC-SHA256).
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Mapping
from typing import Any

from flowhub.integrations.base import (
    Due,
    ExternalRef,
    ExternalStatus,
    Integration,
    SetupField,
    due_of,
    hmac_digest,
    same,
    task_notes,
)
from flowhub.storage import Task

PRIORITY = {"urgent": 4, "high": 3, "normal": 1, "low": 1}
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
        "webhook URL {public_url}/webhooks/integrations/todoist and events item:completed and "
        "item:uncompleted, and paste its client secret as well."
    )

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Add the task (idempotent per task through X-Request-Id), or update it."""
        body = self._fields(task)
        if ref is not None:
            request_id = str(uuid.uuid4())
            self._call(
                "POST",
                f"/rest/v2/tasks/{ref.external_id}",
                json=body,
                headers={"X-Request-Id": request_id},
            )
            return ref
        if self.config.get("project_id"):
            body["project_id"] = str(self.config["project_id"])
        # The same request id for every attempt: Todoist answers a repeat with the first task.
        request_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"flowhub:todoist:task:{task.id}"))
        data = self._call(
            "POST", "/rest/v2/tasks", json=body, headers={"X-Request-Id": request_id}
        ).json()
        return ExternalRef(str(data["id"]), data.get("url"))

    def _fields(self, task: Task) -> dict[str, Any]:
        body: dict[str, Any] = {
            "content": task.title,
            "description": task_notes(task),
            "priority": PRIORITY.get(task.priority, 1),
        }
        due = due_of(task)
        if due is None:
            return body
        repeat = _due_string(task.rrule, due) if task.rrule else None
        if repeat:
            body.update(due_string=repeat, due_lang="en")
        elif due.all_day:
            body["due_date"] = due.day.isoformat()
        else:
            body["due_datetime"] = due.at.strftime("%Y-%m-%dT%H:%M:%SZ")
        return body

    def close(self, ref: ExternalRef) -> None:
        """Complete the task."""
        self._call("POST", f"/rest/v2/tasks/{ref.external_id}/close")

    def reopen(self, ref: ExternalRef) -> None:
        """Uncomplete the task."""
        self._call("POST", f"/rest/v2/tasks/{ref.external_id}/reopen")

    def check(self) -> str:
        """The token works and the project (if any) exists."""
        project_id = self.config.get("project_id")
        if project_id:
            data = self._call("GET", f"/rest/v2/projects/{project_id}").json()
            return f"project “{data.get('name', project_id)}”"
        self._call("GET", "/rest/v2/projects")
        return "your Inbox"

    def verify_webhook(self, headers: Mapping[str, str], body: bytes, *, url: str = "") -> bool:
        """base64(HMAC-SHA256(client secret, body)) in `X-Todoist-Hmac-SHA256`."""
        secret = self.secrets.get("webhook_secret")
        if not secret:
            return False
        expected = base64.b64encode(hmac_digest(secret, body)).decode()
        return same(expected, headers.get("x-todoist-hmac-sha256"))

    def parse_webhook(self, body: bytes) -> list[ExternalStatus]:
        """item:completed and item:uncompleted events."""
        data = json.loads(body)
        if not isinstance(data, dict):
            raise ValueError("a Todoist webhook body is a JSON object")
        name = data.get("event_name")
        if name not in ("item:completed", "item:uncompleted"):
            return []
        return [ExternalStatus(str(data["event_data"]["id"]), name == "item:completed")]


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
