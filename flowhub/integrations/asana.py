"""Asana: tasks in a workspace (and a project); done = `completed: true`.

Inbound: Asana webhooks begin with an `X-Hook-Secret` handshake (echoed back, then kept) and
sign each delivery in `X-Hook-Signature` (hex HMAC-SHA256). Their events only say which field
of a task changed, so FlowHub reads the task afterwards (`fetch`): its `completed`, and its
name, due and assignee, compared with the FlowHub task.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from flowhub.integrations.base import (
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

# The task fields the project webhook follows; "completed" first.
_FOLLOWED = ("completed", "name", "due_on", "due_at", "assignee")


class Asana(Integration):
    """Tasks in an Asana workspace, optionally in one project."""

    kind = "asana"
    title = "Asana"
    api_url = "https://app.asana.com"
    oauth = "asana"
    round_trip = True
    webhook_header = "x-hook-signature"
    setup = (
        SetupField("workspace", "the workspace id (gid)"),
        SetupField("token", "a personal access token", secret=True),
        SetupField("project", "a project id (optional)", optional=True),
    )
    help = (
        "Create a personal access token at https://app.asana.com/0/my-apps. The workspace and "
        "project ids are the long numbers in their URLs; with a project, FlowHub registers the "
        "webhook that brings “done” back itself."
    )

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Create the task, or update its name, notes and due date."""
        data = self._fields(task)
        if ref is not None:
            self._call("PUT", f"/api/1.0/tasks/{ref.external_id}", json={"data": data})
            return ref
        data["workspace"] = self._required("workspace")
        if self.config.get("project"):
            data["projects"] = [str(self.config["project"])]
        created = self._call("POST", "/api/1.0/tasks", json={"data": data}).json()["data"]
        return ExternalRef(str(created["gid"]), created.get("permalink_url"))

    def _fields(self, task: Task) -> dict[str, Any]:
        due = due_of(task)
        data: dict[str, Any] = {"name": task.title, "notes": task_notes(task)}
        if due is None:
            data.update(due_on=None, due_at=None)
        elif due.all_day:
            data["due_on"] = due.day.isoformat()
        else:
            data["due_at"] = due.at.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        gid = (self.config.get("assignees") or {}).get((task.assignee_name or "").casefold())
        if gid:
            data["assignee"] = gid
        return data

    def discover(self) -> None:
        """After Asana sign-in: the first workspace the person belongs to."""
        workspaces = self._call("GET", "/api/1.0/workspaces").json().get("data") or []
        if workspaces:
            self.config["workspace"] = str(workspaces[0]["gid"])

    def close(self, ref: ExternalRef) -> None:
        """Complete the task."""
        self._call("PUT", f"/api/1.0/tasks/{ref.external_id}", json={"data": {"completed": True}})

    def reopen(self, ref: ExternalRef) -> None:
        """Mark the task incomplete."""
        self._call("PUT", f"/api/1.0/tasks/{ref.external_id}", json={"data": {"completed": False}})

    def status(self, ref: ExternalRef) -> bool | None:
        """Whether the task is completed in Asana."""
        path = f"/api/1.0/tasks/{ref.external_id}"
        data = self._call("GET", path, params={"opt_fields": "completed"}).json()["data"]
        return bool(data.get("completed"))

    def check(self) -> str:
        """The token works and the workspace (and project) exist."""
        self._call("GET", "/api/1.0/users/me")
        if self.config.get("project"):
            data = self._call("GET", f"/api/1.0/projects/{self.config['project']}").json()
            return f"project “{data['data'].get('name', self.config['project'])}”"
        data = self._call("GET", f"/api/1.0/workspaces/{self._required('workspace')}").json()
        return f"workspace “{data['data'].get('name', self.config['workspace'])}”"

    hook_steps = (
        "Asana sends task changes for one project: say “connect asana” again with the "
        "project id (the long number in the project's URL) as the 3rd value; FlowHub then "
        "registers {url} itself."
    )

    def register_webhook(self, url: str) -> dict[str, str] | None:
        """A webhook on the project for its tasks' `completed`, name, due and assignee; Asana's
        handshake reaches `url`
        (and its secret is kept) before this call answers."""
        if not self.config.get("project"):
            return None  # a workspace webhook cannot follow tasks
        followed = {"resource_type": "task", "action": "changed", "fields": list(_FOLLOWED)}
        data = {"resource": str(self.config["project"]), "target": url, "filters": [followed]}
        answer = self._call("POST", "/api/1.0/webhooks", json={"data": data}).json()
        found = {"hook_id": str(answer["data"]["gid"])}
        if answer.get("X-Hook-Secret"):
            found["webhook_secret"] = str(answer["X-Hook-Secret"])
        return found

    def delete_webhook(self, hook_id: str) -> None:
        """Delete the project's webhook."""
        self._call("DELETE", f"/api/1.0/webhooks/{hook_id}")

    def verify_webhook(self, headers: Mapping[str, str], body: bytes, *, url: str = "") -> bool:
        """Hex HMAC-SHA256 under the handshake secret in `X-Hook-Signature`."""
        secret = self.secrets.get("webhook_secret")
        if not secret:
            return False
        return same(hmac_digest(secret, body).hex(), headers.get("x-hook-signature"))

    def parse_webhook(self, body: bytes) -> list[ExternalStatus]:
        """Tasks whose `completed` changed (or that changed without saying how)."""
        data = json.loads(body)
        if not isinstance(data, dict) or not isinstance(data.get("events", []), list):
            raise ValueError("an Asana webhook body is an object with a list of events")
        found: list[ExternalStatus] = []
        for event in data.get("events", []):
            resource = event.get("resource") or {}
            change = event.get("change") or {}
            if resource.get("resource_type") != "task" or event.get("action") != "changed":
                continue
            if change and change.get("field") not in _FOLLOWED:
                continue
            value = change.get("new_value") if change.get("field") == "completed" else None
            done = value if isinstance(value, bool) else None
            # An edit says only which field changed: the task is read (`fetch`) and compared.
            found.append(ExternalStatus(str(resource["gid"]), done))
        return found

    def fetch(self, ref: ExternalRef) -> ExternalStatus | None:
        """The task as Asana has it: completed, name, due and (mapped) assignee."""
        path = f"/api/1.0/tasks/{ref.external_id}"
        fields = ",".join(["completed", "modified_at", *_FOLLOWED[1:]])
        data = self._call("GET", path, params={"opt_fields": fields}).json()["data"]
        due: date | datetime | None = event_time(data.get("due_at"))
        if due is None and data.get("due_on"):
            due = date.fromisoformat(str(data["due_on"])[:10])
        person = (data.get("assignee") or {}).get("gid")
        edit = ExternalEdit(
            title=str(data["name"]) if data.get("name") else None,
            due=due,
            due_removed="due_on" in data and not data.get("due_on") and not data.get("due_at"),
            assignee=self.assignee_named(person),
        )
        at = event_time(data.get("modified_at"))
        return ExternalStatus(ref.external_id, bool(data.get("completed")), at, edit=edit)
