"""Asana REST 1.0: tasks in a workspace and project."""

from __future__ import annotations

import re
from typing import Any

from tests.auxil.vendors.common import (
    CONFIGS,
    HANDSHAKES,
    TOKENS,
    Answer,
    Call,
    Reject,
    Store,
    auth,
    found,
    need,
)
from tests.contracts.samples import answer


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
            return 200, {"data": _read(m.group(1), task, call.query.get("opt_fields", ""))}, {}
        if call.method == "PUT":
            task.update(need(call.json, "data", dict))
            return 200, {"data": {"gid": m.group(1)}}, {}
    if call.method == "POST" and call.path == "/api/1.0/webhooks":
        return _new_hook(fake, call)
    if call.method == "DELETE" and (m := re.fullmatch(r"/api/1.0/webhooks/(\d+)", call.path)):
        found(fake.items["asana_hooks"], m.group(1))
        del fake.items["asana_hooks"][m.group(1)]
        return 200, {"data": {}}, {}
    raise Reject(f"not an Asana endpoint: {call.method} {call.path}", 404)


def _new_hook(fake: Store, call: Call) -> Answer:
    """Asana's POST /webhooks: the target must answer the X-Hook-Secret handshake first."""
    data = need(call.json, "data", dict)
    target = need(data, "target", str)
    if need(data, "resource", str) != CONFIGS["asana"]["project"]:
        raise Reject("resource: Not a recognized ID", 404)
    secret = f"hook-secret-{fake.new_id()}"
    deliver = HANDSHAKES.get("asana")
    if deliver is None or deliver(target, {"X-Hook-Secret": secret}) != secret:
        raise Reject("The remote server did not respond with the handshake secret.")
    gid = f"13000000{fake.new_id()}"
    fake.items["asana_hooks"][gid] = {"target": target, "resource": data["resource"]}
    resource = {"gid": data["resource"], "resource_type": "project"}
    hook = {"gid": gid, "resource_type": "webhook", "target": target, "active": True}
    body = answer("asana", "POST", "/api/1.0/webhooks", 201, data=dict(hook, resource=resource))
    return 201, dict(body, **{"X-Hook-Secret": secret}), {}


def _read(gid: str, task: dict[str, Any], opt_fields: str) -> dict[str, Any]:
    """The task with the fields `opt_fields` asks for, as Asana answers them (a person as a
    compact user)."""
    found: dict[str, Any] = {"gid": gid, "completed": task["completed"]}
    for name in filter(None, opt_fields.split(",")):
        value = task.get(name)
        if name == "assignee" and value is not None:
            found[name] = {"gid": str(value), "resource_type": "user", "name": "Someone"}
        elif name in task and name != "assignee":
            found[name] = value
    return found
