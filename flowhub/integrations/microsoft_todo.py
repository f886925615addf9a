"""Microsoft To Do through Microsoft Graph: tasks in one list (default: the "Tasks" list)."""

from __future__ import annotations

from typing import Any

from flowhub.integrations.base import (
    BadTarget,
    ExternalRef,
    Integration,
    SetupField,
    due_of,
    task_notes,
)
from flowhub.storage import Task

IMPORTANCE = {"urgent": "high", "high": "high", "normal": "normal", "low": "low"}


class MicrosoftTodo(Integration):
    """Tasks in one Microsoft To Do list."""

    kind = "microsoft_todo"
    title = "Microsoft To Do"
    api_url = "https://graph.microsoft.com"
    oauth = "microsoft"
    setup = (SetupField("list", "a list id (optional; default your Tasks list)", optional=True),)
    help = "Sign in with Microsoft with the link I send, and allow FlowHub to manage your tasks."

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Create the task (linked back to FlowHub), or update it."""
        tasks = f"/v1.0/me/todo/lists/{self._list()}/tasks"
        body = self._fields(task)
        if ref is not None:
            self._call("PATCH", f"{tasks}/{ref.external_id}", json=body)
            return ref
        body["linkedResources"] = [
            {
                "applicationName": "FlowHub",
                "displayName": "FlowHub task",
                "externalId": f"flowhub-task-{task.id}",
            }
        ]
        data = self._call("POST", tasks, json=body).json()
        return ExternalRef(str(data["id"]), None)

    def _fields(self, task: Task) -> dict[str, Any]:
        due = due_of(task)
        body: dict[str, Any] = {
            "title": task.title,
            "body": {"content": task_notes(task), "contentType": "text"},
            "importance": IMPORTANCE.get(task.priority, "normal"),
            "dueDateTime": None,
        }
        if due is not None:
            # To Do keeps the due day only; a clock time becomes a reminder at that time.
            midnight = due.local.replace(hour=0, minute=0, second=0, tzinfo=None)
            body["dueDateTime"] = {"dateTime": midnight.isoformat(), "timeZone": due.tz}
            if not due.all_day:
                at = due.local.replace(tzinfo=None).isoformat(timespec="seconds")
                body["reminderDateTime"] = {"dateTime": at, "timeZone": due.tz}
                body["isReminderOn"] = True
        return body

    def close(self, ref: ExternalRef) -> None:
        """Mark the task completed."""
        path = f"/v1.0/me/todo/lists/{self._list()}/tasks/{ref.external_id}"
        self._call("PATCH", path, json={"status": "completed"})

    def reopen(self, ref: ExternalRef) -> None:
        """Mark the task not started."""
        path = f"/v1.0/me/todo/lists/{self._list()}/tasks/{ref.external_id}"
        self._call("PATCH", path, json={"status": "notStarted"})

    def check(self) -> str:
        """The token works and the list exists (the default list is found and kept)."""
        data = self._call("GET", f"/v1.0/me/todo/lists/{self._list()}").json()
        return f"list “{data.get('displayName', self.config['list'])}”"

    def _list(self) -> str:
        if not self.config.get("list"):
            lists = self._call("GET", "/v1.0/me/todo/lists").json().get("value", [])
            default = next((x for x in lists if x.get("wellknownListName") == "defaultList"), None)
            if default is None:
                raise BadTarget("Microsoft To Do has no default list; name one when connecting")
            self.config["list"] = default["id"]
        return str(self.config["list"])
