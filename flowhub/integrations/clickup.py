"""ClickUp: tasks in one list (API v2); done = the list's closed status name.

Each list names its statuses itself ("complete", "shipped", "erledigt"); `GET /list/{id}` says
which one is of type `closed` and which `open`, so done and not-done use the list's own names.
A 429 says when the limit resets in `X-RateLimit-Reset` (Unix seconds), not in Retry-After.
"""

from __future__ import annotations

from email.utils import parsedate_to_datetime
from time import time
from typing import Any

import httpx

from flowhub.integrations.base import (
    BadTarget,
    ExternalRef,
    Integration,
    SetupField,
    due_of,
    task_notes,
)
from flowhub.storage import Task

PRIORITY = {"urgent": 1, "high": 2, "normal": 3, "low": 4}


class ClickUp(Integration):
    """Tasks in one ClickUp list."""

    kind = "clickup"
    title = "ClickUp"
    api_url = "https://api.clickup.com"
    oauth = "clickup"
    setup = (
        SetupField("list_id", "the list id (the number after /li/ in its URL)"),
        SetupField("token", "your personal API token (pk_…)", secret=True),
    )
    help = "Copy your personal API token in ClickUp: avatar → Settings → Apps → API Token."

    def _auth_headers(self) -> dict[str, str]:
        return {"Authorization": self.secrets.get("token", "")}

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Create the task in the list, or update it."""
        body = self._fields(task)
        if ref is not None:
            self._call("PUT", f"/api/v2/task/{ref.external_id}", json=body)
            return ref
        assignee = (self.config.get("assignees") or {}).get((task.assignee_name or "").casefold())
        if assignee:
            body["assignees"] = [int(assignee)]
        path = f"/api/v2/list/{self._required('list_id')}/task"
        data = self._call("POST", path, json=body).json()
        return ExternalRef(str(data["id"]), data.get("url"))

    def _fields(self, task: Task) -> dict[str, Any]:
        due = due_of(task)
        body: dict[str, Any] = {
            "name": task.title,
            "description": task_notes(task),
            "priority": PRIORITY.get(task.priority, 3),
        }
        if due is not None:
            at = due.local.replace(hour=12, minute=0, second=0) if due.all_day else due.at
            body["due_date"] = int(at.timestamp() * 1000)
            body["due_date_time"] = not due.all_day
        return body

    def discover(self) -> None:
        """After ClickUp sign-in: the first list of the first space of the first workspace."""
        teams = self._call("GET", "/api/v2/team").json().get("teams") or []
        spaces = (
            self._call("GET", f"/api/v2/team/{teams[0]['id']}/space").json().get("spaces", [])
            if teams
            else []
        )
        lists = (
            self._call("GET", f"/api/v2/space/{spaces[0]['id']}/list").json().get("lists", [])
            if spaces
            else []
        )
        if not lists:
            raise BadTarget("ClickUp has no list outside a folder to put tasks in; make one")
        self.config["list_id"] = str(lists[0]["id"])

    def close(self, ref: ExternalRef) -> None:
        """Set the task to the list's closed status (or the configured `done_status`)."""
        status = self.config.get("done_status") or self._status("closed")
        self._call("PUT", f"/api/v2/task/{ref.external_id}", json={"status": status})

    def reopen(self, ref: ExternalRef) -> None:
        """Set the task back to the list's open status (or the configured `open_status`)."""
        status = self.config.get("open_status") or self._status("open")
        self._call("PUT", f"/api/v2/task/{ref.external_id}", json={"status": status})

    def _status(self, kind: str) -> str:
        """The name of the list's first status of type `kind` ("open" or "closed")."""
        data = self._call("GET", f"/api/v2/list/{self._required('list_id')}").json()
        for status in data.get("statuses") or ():
            if status.get("type") == kind or (kind == "closed" and status.get("type") == "done"):
                return str(status["status"])
        raise BadTarget(f"the ClickUp list has no {kind} status; add one or set it in the config")

    def _slow_down(self, response: httpx.Response) -> float | None:
        """A 429: the seconds until `X-RateLimit-Reset`, by ClickUp's own clock when it says."""
        if response.status_code != 429:
            return None
        reset = response.headers.get("X-RateLimit-Reset", "")
        if not reset.isdigit():
            return super()._slow_down(response)
        said = response.headers.get("Date")
        now = parsedate_to_datetime(said).timestamp() if said else time()
        return max(0.0, int(reset) - now)

    def check(self) -> str:
        """The token works and the list exists."""
        data = self._call("GET", f"/api/v2/list/{self._required('list_id')}").json()
        return f"list “{data.get('name', self.config['list_id'])}”"
