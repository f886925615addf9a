"""Asana REST 1.0: tasks in a workspace and project."""

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


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as the vendor would."""
    auth(call, "authorization", f"Bearer {TOKENS['asana']}")
    tasks = fake.items["asana"]
    config = CONFIGS["asana"]
    if call.method == "GET" and call.path == "/api/1.0/users/me":
        return 200, {"data": {"gid": "1", "name": "Ana"}}, {}
    if call.method == "GET" and call.path == "/api/1.0/workspaces":
        return 200, {"data": [{"gid": config["workspace"], "name": "Acme"}]}, {}
    if call.method == "GET" and call.path == f"/api/1.0/workspaces/{config['workspace']}":
        return 200, {"data": {"gid": config["workspace"], "name": "Acme"}}, {}
    if call.method == "GET" and call.path == f"/api/1.0/projects/{config['project']}":
        return 200, {"data": {"gid": config["project"], "name": "Launch"}}, {}
    if call.method == "POST" and call.path == "/api/1.0/tasks":
        data = need(call.json, "data", dict)
        need(data, "name", str)
        if not data.get("workspace") and not data.get("projects"):
            raise Reject("a task needs a workspace or projects")
        if data.get("due_on") and data.get("due_at"):
            raise Reject("due_on and due_at are exclusive")
        gid = f"12000000{fake.new_id()}"
        tasks[gid] = dict(data, completed=False)
        url = f"https://app.asana.com/0/0/{gid}"
        return 201, {"data": {"gid": gid, "permalink_url": url}}, {}
    if m := re.fullmatch(r"/api/1.0/tasks/(\d+)", call.path):
        task = found(tasks, m.group(1))
        if call.method == "GET":
            return 200, {"data": {"gid": m.group(1), "completed": task["completed"]}}, {}
        if call.method == "PUT":
            task.update(need(call.json, "data", dict))
            return 200, {"data": {"gid": m.group(1)}}, {}
    raise Reject(f"not an Asana endpoint: {call.method} {call.path}", 404)
