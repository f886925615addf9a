"""Microsoft Graph v1.0: To Do tasks in the default list."""

from __future__ import annotations

import re
from datetime import datetime

from tests.auxil.vendors.common import (
    TOKENS,
    Answer,
    Call,
    Reject,
    Store,
    auth,
    found,
    need,
)


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as the vendor would."""
    auth(call, "authorization", f"Bearer {TOKENS['microsoft_todo']}")
    tasks = fake.items["microsoft_todo"]
    lists = [{"id": "list-1", "displayName": "Tasks", "wellknownListName": "defaultList"}]
    if call.method == "GET" and call.path == "/v1.0/me/todo/lists":
        return 200, {"value": lists}, {}
    if call.method == "GET" and call.path == "/v1.0/me/todo/lists/list-1":
        return 200, lists[0], {}
    if call.method == "POST" and call.path == "/v1.0/me/todo/lists/list-1/tasks":
        need(call.json, "title", str)
        due = call.json.get("dueDateTime")
        if due:
            datetime.fromisoformat(need(due, "dateTime", str))
            need(due, "timeZone", str)
        task_id = f"AAMk{fake.new_id()}"
        tasks[task_id] = dict(call.json, status="notStarted")
        return 201, {"id": task_id, **call.json}, {}
    if call.method == "PATCH" and (
        m := re.fullmatch(r"/v1.0/me/todo/lists/list-1/tasks/(\w+)", call.path)
    ):
        task = found(tasks, m.group(1))
        if call.json.get("status") not in (None, "notStarted", "completed"):
            raise Reject("status must be notStarted or completed")
        task.update(call.json)
        return 200, {"id": m.group(1), **task}, {}
    raise Reject(f"not a Graph endpoint: {call.method} {call.path}", 404)
