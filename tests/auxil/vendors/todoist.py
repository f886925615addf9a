"""Todoist API v1 as its official SDK describes it (tests/contracts/todoist.py)."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from typing import Any

from tests.auxil.vendors.common import (
    TOKENS,
    Answer,
    Call,
    Reject,
    Store,
    auth,
    checked,
    found,
)
from tests.contracts import todoist as todoist_contract


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as the vendor would."""
    auth(call, "authorization", f"Bearer {TOKENS['todoist']}")
    for problem in todoist_contract.check_request(call.method, call.path, call.json):
        raise Reject(problem, 404 if problem.startswith("not a Todoist") else 400)
    tasks = fake.items["todoist"]
    if call.method == "GET" and call.path.startswith(todoist_contract.PROJECTS):
        inbox = _todoist_inbox()
        if call.path == todoist_contract.PROJECTS:
            page = {"results": [inbox], "next_cursor": None}
            return 200, checked(todoist_contract.check_projects, page), {}
        found({inbox["id"]: inbox}, call.path.rsplit("/", 1)[1])
        return 200, inbox, {}
    if call.path == todoist_contract.TASKS:
        request_id = call.headers.get("x-request-id")
        if not request_id:
            raise Reject("X-Request-Id is expected for idempotent creates")
        if request_id in fake.request_ids:
            return fake.request_ids[request_id]
        task_id = hashlib.sha1(fake.new_id().encode()).hexdigest()[:16]
        tasks[task_id] = _todoist_task(task_id, call.json)
        answer: Answer = (200, checked(todoist_contract.check_task, tasks[task_id]), {})
        fake.request_ids[request_id] = answer
        return answer
    task_id, _, action = call.path.removeprefix(todoist_contract.TASKS + "/").partition("/")
    task = found(tasks, task_id)
    if action:
        done = action == "close"
        task["completed_at"] = todoist_contract.stamp(datetime.now(UTC)) if done else None
        return 204, None, {}
    task.update(_todoist_fields(call.json))
    return 200, checked(todoist_contract.check_task, task), {}


def _todoist_inbox() -> dict[str, Any]:
    return {
        "id": "6Jf8VQXxpwv56VQ7", "name": "Inbox", "description": "", "child_order": 0,
        "color": "charcoal", "collapsed": False, "shared": False, "is_favorite": False,
        "is_archived": False, "can_assign_tasks": False, "view_style": "list",
        "created_at": "2026-01-05T09:00:00.000000Z", "updated_at": "2026-01-05T09:00:00.000000Z",
        "inbox_project": True, "parent_id": None,
    }  # fmt: skip


def _todoist_fields(body: dict[str, Any]) -> dict[str, Any]:
    """A create or update body as the task's fields (the due as Todoist's `due` object)."""
    fields = {k: v for k, v in body.items() if not k.startswith("due_")}
    if "due_date" in body:
        fields["due"] = {"date": body["due_date"], "string": body["due_date"], "lang": "en"}
    elif "due_datetime" in body:
        at = body["due_datetime"]
        fields["due"] = {"date": at, "string": at, "lang": "en", "timezone": "UTC"}
    elif "due_string" in body:
        start = re.search(r"starting (\d{4}-\d\d-\d\d)", body["due_string"])
        day = start[1] if start else datetime.now(UTC).date().isoformat()
        fields["due"] = {"date": day, "string": body["due_string"], "lang": "en"}
        fields["due"]["is_recurring"] = body["due_string"].startswith("every")
    return fields


def _todoist_task(task_id: str, body: dict[str, Any]) -> dict[str, Any]:
    now = todoist_contract.stamp(datetime.now(UTC))
    task: dict[str, Any] = {
        "id": task_id, "content": "", "description": "", "project_id": "6Jf8VQXxpwv56VQ7",
        "section_id": None, "parent_id": None, "labels": [], "priority": 1, "due": None,
        "deadline": None, "duration": None, "collapsed": False, "child_order": 1,
        "responsible_uid": None, "assigned_by_uid": None, "completed_at": None,
        "added_by_uid": "2671355", "added_at": now, "updated_at": now,
    }  # fmt: skip
    task.update(_todoist_fields(body))
    return task
