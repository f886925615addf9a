"""ClickUp API v2: tasks in one list, closed through the list's own statuses."""

from __future__ import annotations

import re

from tests.auxil.vendors.common import (
    CONFIGS,
    TOKENS,
    Answer,
    Call,
    Reject,
    Store,
    auth,
    found,
    need,
)

# A ClickUp list's own statuses: each list names them itself; `type` says which is closed.
CLICKUP_STATUSES = [
    {"id": "sc901234_a", "status": "backlog", "type": "open", "orderindex": 0, "color": "#ddd"},
    {"id": "sc901234_b", "status": "doing", "type": "custom", "orderindex": 1, "color": "#49f"},
    {"id": "sc901234_c", "status": "shipped", "type": "closed", "orderindex": 2, "color": "#6c5"},
]


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as the vendor would."""
    auth(call, "authorization", TOKENS["clickup"])
    tasks = fake.items["clickup"]
    list_id = CONFIGS["clickup"]["list_id"]
    if call.method == "GET" and call.path == f"/api/v2/list/{list_id}":
        return 200, {"id": list_id, "name": "Sprint", "statuses": CLICKUP_STATUSES}, {}
    if call.method == "POST" and call.path == f"/api/v2/list/{list_id}/task":
        need(call.json, "name", str)
        if "due_date" in call.json and not isinstance(call.json["due_date"], int):
            raise Reject("due_date is Unix milliseconds")
        if call.json.get("priority") not in (None, 1, 2, 3, 4):
            raise Reject("priority must be 1-4")
        task_id = f"86{fake.new_id()}"
        tasks[task_id] = dict(call.json, status=CLICKUP_STATUSES[0]["status"])
        return 200, {"id": task_id, "url": f"https://app.clickup.com/t/{task_id}"}, {}
    if call.method == "PUT" and (m := re.fullmatch(r"/api/v2/task/(\w+)", call.path)):
        task = found(tasks, m.group(1))
        status = (call.json or {}).get("status")
        if status is not None and status not in {s["status"] for s in CLICKUP_STATUSES}:
            raise Reject(f"Status not found: {status!r} is none of this list's statuses")
        task.update(call.json or {})
        return 200, {"id": m.group(1), **task}, {}
    raise Reject(f"not a ClickUp endpoint: {call.method} {call.path}", 404)
