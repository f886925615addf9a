"""ClickUp: tasks in one list (API v2); done = the list's closed status name.

Each list names its statuses itself ("complete", "shipped", "erledigt"); `GET /list/{id}` says
which one is of type `closed` and which `open`, so done and not-done use the list's own names.
A 429 says when the limit resets in `X-RateLimit-Reset` (Unix seconds), not in Retry-After.

Inbound: at connect FlowHub registers a webhook on the list (`POST /team/{team_id}/webhook`);
ClickUp signs each delivery in `X-Signature` (hex HMAC-SHA256 of the body) with the secret its
create answer holds. A delivery names the task and what kind of change it was, so FlowHub reads
the task back (`fetch`): its status type, name, due date, priority and assignees.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from time import time
from typing import Any

import httpx

from flowhub.integrations.base import (
    BadTarget,
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

PRIORITY = {"urgent": 1, "high": 2, "normal": 3, "low": 4}
# The task events the list's webhook follows; a deleted task is left as FlowHub has it.
EVENTS = (
    "taskStatusUpdated",
    "taskUpdated",
    "taskDueDateUpdated",
    "taskPriorityUpdated",
    "taskAssigneeUpdated",
    "taskDeleted",
)
_CLOSED = ("closed", "done")


class ClickUp(Integration):
    """Tasks in one ClickUp list."""

    kind = "clickup"
    title = "ClickUp"
    api_url = "https://api.clickup.com"
    oauth = "clickup"
    round_trip = True
    webhook_header = "x-signature"
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
        self.config["team_id"] = str(teams[0]["id"])

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
            if status.get("type") == kind or (kind == "closed" and status.get("type") in _CLOSED):
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

    def register_webhook(self, url: str) -> dict[str, str] | None:
        """A webhook on the list for its tasks' changes, signed with the secret ClickUp makes."""
        body = {"endpoint": url, "events": list(EVENTS), "list_id": int(self._required("list_id"))}
        answer = self._call("POST", f"/api/v2/team/{self._team_id()}/webhook", json=body).json()
        hook = answer.get("webhook") or {}
        found = {"hook_id": str(answer.get("id") or hook.get("id") or "")}
        if hook.get("secret"):
            found["webhook_secret"] = str(hook["secret"])
        return found if found["hook_id"] and hook.get("secret") else None

    def _team_id(self) -> str:
        """The workspace (team) that holds the list: the configured one, or the only one, or
        the one whose spaces hold the list's space."""
        if self.config.get("team_id"):
            return str(self.config["team_id"])
        teams = self._call("GET", "/api/v2/team").json().get("teams") or []
        if not teams:
            raise BadTarget("this ClickUp token sees no workspace")
        if len(teams) > 1:
            listed = self._call("GET", f"/api/v2/list/{self._required('list_id')}").json()
            space = str((listed.get("space") or {}).get("id", ""))
            for team in teams:
                path = f"/api/v2/team/{team['id']}/space"
                spaces = self._call("GET", path).json().get("spaces") or []
                if any(str(s.get("id")) == space for s in spaces):
                    self.config["team_id"] = str(team["id"])
                    return self.config["team_id"]
        self.config["team_id"] = str(teams[0]["id"])
        return self.config["team_id"]

    def delete_webhook(self, hook_id: str) -> None:
        """Delete the list's webhook."""
        self._call("DELETE", f"/api/v2/webhook/{hook_id}")

    def verify_webhook(self, headers: Mapping[str, str], body: bytes, *, url: str = "") -> bool:
        """Hex HMAC-SHA256 of the body under the webhook's secret in `X-Signature`."""
        secret = self.secrets.get("webhook_secret")
        if not secret:
            return False
        return same(hmac_digest(secret, body).hex(), headers.get("x-signature"))

    def parse_webhook(self, body: bytes) -> list[ExternalStatus]:
        """The task a followed event names; its new state is read back (`fetch`)."""
        data = json.loads(body)
        if not isinstance(data, dict):
            raise ValueError("a ClickUp webhook body is a JSON object")
        if data.get("event") not in EVENTS or data["event"] == "taskDeleted":
            return []
        if not data.get("task_id"):
            raise ValueError("a ClickUp task event names its task_id")
        return [ExternalStatus(str(data["task_id"]), None)]

    def webhook_delivery(self, headers: Mapping[str, str], body: bytes) -> str | None:
        """The first history item's id: one change is sent once, and again only as a retry."""
        try:
            data = json.loads(body)
        except ValueError:
            return None
        items = data.get("history_items") if isinstance(data, dict) else None
        first = items[0] if isinstance(items, list) and items else None
        found = first.get("id") if isinstance(first, dict) else None
        return f"{data.get('event')}:{found}" if found else None

    def fetch(self, ref: ExternalRef) -> ExternalStatus | None:
        """The task as ClickUp has it: done by its status type, name, due, priority, assignee."""
        data = self._call("GET", f"/api/v2/task/{ref.external_id}").json()
        status = data.get("status") or {}
        due = event_time(data.get("due_date"))
        priority = (data.get("priority") or {}).get("priority")
        people = [p.get("id") for p in data.get("assignees") or () if isinstance(p, dict)]
        edit = ExternalEdit(
            title=str(data["name"]) if data.get("name") else None,
            due=due,
            due_removed="due_date" in data and not data.get("due_date"),
            priority=(str(priority),) if priority in PRIORITY else (),
            assignee=self.assignee_named(people[0]) if people else None,
        )
        done = status.get("type") in _CLOSED
        return ExternalStatus(
            ref.external_id, done, event_time(data.get("date_updated")), edit=edit
        )
