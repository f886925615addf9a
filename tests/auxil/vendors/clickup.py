"""ClickUp API v2: tasks in one list, closed through the list's own statuses, and the list's
webhook (its secret in the create answer)."""

from __future__ import annotations

import re
import time
from typing import Any

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
from tests.contracts.samples import answer, merged

# A ClickUp list's own statuses: each list names them itself; `type` says which is closed.
CLICKUP_STATUSES = [
    {"id": "sc901234_a", "status": "backlog", "type": "open", "orderindex": 0, "color": "#ddd"},
    {"id": "sc901234_b", "status": "doing", "type": "custom", "orderindex": 1, "color": "#49f"},
    {"id": "sc901234_c", "status": "shipped", "type": "closed", "orderindex": 2, "color": "#6c5"},
]
CLICKUP_TEAM = "9012345"
PRIORITIES = {1: "urgent", 2: "high", 3: "normal", 4: "low"}


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as the vendor would."""
    auth(call, "authorization", TOKENS["clickup"])
    tasks = fake.items["clickup"]
    list_id = CONFIGS["clickup"]["list_id"]
    if call.method == "GET" and call.path == "/api/v2/team":
        team = {"id": CLICKUP_TEAM, "name": "Acme", "color": "#000", "avatar": "", "members": []}
        return 200, {"teams": [team]}, {}
    if call.method == "GET" and call.path == f"/api/v2/list/{list_id}":
        listed = {"id": list_id, "name": "Sprint", "statuses": CLICKUP_STATUSES}
        return 200, _answer(call, listed), {}
    if call.method == "POST" and call.path == f"/api/v2/list/{list_id}/task":
        need(call.json, "name", str)
        if "due_date" in call.json and not isinstance(call.json["due_date"], int):
            raise Reject("due_date is Unix milliseconds")
        if call.json.get("priority") not in (None, 1, 2, 3, 4):
            raise Reject("priority must be 1-4")
        task_id = f"86{fake.new_id()}"
        tasks[task_id] = dict(call.json, status=CLICKUP_STATUSES[0]["status"], updated=_now())
        return 200, _answer(call, _task(task_id, tasks[task_id])), {}
    if m := re.fullmatch(r"/api/v2/task/(\w+)", call.path):
        task = found(tasks, m.group(1))
        if call.method == "GET":
            return 200, _answer(call, _task(m.group(1), task)), {}
        if call.method == "PUT":
            status = (call.json or {}).get("status")
            if status is not None and status not in {s["status"] for s in CLICKUP_STATUSES}:
                raise Reject(f"Status not found: {status!r} is none of this list's statuses")
            task.update(call.json or {}, updated=_now())
            return 200, _answer(call, _task(m.group(1), task)), {}
    if call.method == "POST" and call.path == f"/api/v2/team/{CLICKUP_TEAM}/webhook":
        return _new_hook(fake, call)
    if call.method == "DELETE" and (m := re.fullmatch(r"/api/v2/webhook/([\w-]+)", call.path)):
        found(fake.items["clickup_hooks"], m.group(1))
        del fake.items["clickup_hooks"][m.group(1)]
        return 200, {}, {}
    raise Reject(f"not a ClickUp endpoint: {call.method} {call.path}", 404)


def _answer(call: Call, fields: dict[str, Any]) -> Any:
    """The documented answer to `call`, with `fields` set."""
    return merged(answer("clickup", call.method, call.path, 200), fields)


def _now() -> str:
    return str(int(time.time() * 1000))


def _task(task_id: str, held: dict[str, Any]) -> dict[str, Any]:
    """A task as ClickUp answers it: status as an object, dates as millisecond strings."""
    status = next(s for s in CLICKUP_STATUSES if s["status"] == held["status"])
    priority = PRIORITIES.get(held.get("priority") or 0)
    due = held.get("due_date")
    return {
        "id": task_id,
        "name": held.get("name", ""),
        "description": held.get("description", ""),
        "status": status,
        "date_updated": held["updated"],
        "due_date": str(due) if due else None,
        "priority": {"id": str(held["priority"]), "priority": priority} if priority else None,
        "assignees": [{"id": int(p), "username": f"user{p}"} for p in held.get("assignees", [])],
        "url": f"https://app.clickup.com/t/{task_id}",
    }


def _new_hook(fake: Store, call: Call) -> Answer:
    """ClickUp's POST /team/{team_id}/webhook: the answer carries the signing secret."""
    endpoint = need(call.json, "endpoint", str)
    if not endpoint.startswith("https://"):
        raise Reject("Webhook endpoint must be https")
    if call.json.get("list_id") != int(CONFIGS["clickup"]["list_id"]):
        raise Reject("list_id must be the list's id")
    hook_id = f"4b67ac88-e506-4a29-9d42-26e5{fake.new_id():0>8}"
    secret = f"clickup-hook-secret-{fake.new_id()}"
    hook = {
        "id": hook_id,
        "userid": 183,
        "team_id": int(CLICKUP_TEAM),
        "endpoint": endpoint,
        "client_id": "O8P3S9TTK5J8N0ILRM8JZC6ZUQAX4VYW",
        "events": need(call.json, "events", list),
        "task_id": None,
        "list_id": str(call.json["list_id"]),
        "folder_id": None,
        "space_id": None,
        "health": {"status": "active", "fail_count": 0},
        "secret": secret,
    }
    fake.items["clickup_hooks"][hook_id] = hook
    return 200, _answer(call, {"id": hook_id, "webhook": hook}), {}
