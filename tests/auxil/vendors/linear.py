"""Linear GraphQL: teams, workflow states and issues."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from tests.auxil.vendors.common import (
    TOKENS,
    Answer,
    Call,
    Reject,
    Store,
    found,
    need,
)


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as the vendor would."""
    if call.headers.get("authorization") != TOKENS["linear"]:
        return 400, linear_error("Authentication required", "AUTHENTICATION_ERROR"), {}
    query, variables = _operation(call)
    issues = fake.items["linear"]
    team = {"id": "team-eng-uuid", "key": "ENG", "name": "Engineering"}
    if "webhookCreate" in query or "webhookDelete" in query:
        return _hooks(fake, query, variables, team["id"])
    if "teams" in query:
        return 200, {"data": {"viewer": {"id": "u1"}, "teams": {"nodes": [team]}}}, {}
    if "issueCreate" in query:
        data = need(variables, "input", dict)
        if data.get("teamId") != team["id"]:
            raise Reject("teamId must be the team's id")
        need(data, "title", str)
        if data.get("dueDate"):
            date.fromisoformat(data["dueDate"])
        if data.get("priority", 0) not in (0, 1, 2, 3, 4):
            raise Reject("priority must be 0-4")
        issue_id = data.get("id") or str(uuid.uuid4())
        if not _uuid_v4(issue_id):  # IssueCreateInput.id: "in UUID v4 format"
            raise Reject("Argument Validation Error: id must be a UUID v4")
        if issue_id in issues:
            return 200, linear_error("Entity already exists", "INVALID_INPUT"), {}
        issues[issue_id] = dict(data, state="unstarted")
        issue = {
            "id": issue_id,
            "identifier": f"ENG-{len(issues)}",
            "url": f"https://linear.app/acme/issue/ENG-{len(issues)}",
        }
        return 200, {"data": {"issueCreate": {"success": True, "issue": issue}}}, {}
    if "issueUpdate" in query:
        issue = found(issues, need(variables, "id", str))
        changes = need(variables, "input", dict)
        if "stateId" in changes:
            issue["state"] = {"s-done": "completed", "s-todo": "unstarted"}[changes["stateId"]]
        issue.update({k: v for k, v in changes.items() if k != "stateId"})
        node = {"id": variables["id"], "identifier": "ENG-1", "url": "https://linear.app/x"}
        return 200, {"data": {"issueUpdate": {"success": True, "issue": node}}}, {}
    if "states" in query:
        nodes = [
            {"id": "s-todo", "name": "Todo", "type": "unstarted", "position": 1},
            {"id": "s-done", "name": "Done", "type": "completed", "position": 3},
        ]
        return 200, {"data": {"team": {"states": {"nodes": nodes}}}}, {}
    if "issue(id" in query:
        issue_id = variables.get("id")
        if issue_id not in issues:
            return 200, linear_error("Entity not found", "INVALID_INPUT"), {}
        node = {"id": issue_id, "identifier": "ENG-1", "url": "https://linear.app/x"}
        return 200, {"data": {"issue": node}}, {}
    raise Reject("unknown Linear operation")


def _operation(call: Call) -> tuple[str, dict[str, Any]]:
    """The GraphQL query and variables of a call to Linear's one endpoint."""
    if call.method != "POST" or call.path != "/graphql":
        raise Reject(f"not the Linear endpoint: {call.method} {call.path}", 404)
    return need(call.json, "query", str), call.json.get("variables") or {}


# A key of a workspace admin: a test adds it here (only admins may add webhooks).
ADMIN = "admin"


def _hooks(fake: Store, query: str, variables: dict[str, Any], team_id: str) -> Answer:
    """webhookCreate (admins only) and webhookDelete."""
    hooks = fake.items["linear_hooks"]
    if "webhookDelete" in query:
        found(hooks, need(variables, "id", str))
        del hooks[variables["id"]]
        return 200, {"data": {"webhookDelete": {"success": True}}}, {}
    if ADMIN not in fake.items["linear_grants"]:
        return 200, linear_error("Invalid scope: admin required", "FORBIDDEN"), {}
    hook = need(variables, "input", dict)
    need(hook, "url", str)
    if hook.get("teamId") not in (None, team_id):
        raise Reject("teamId must be a team's id")
    hook_id = str(uuid.uuid4())
    hooks[hook_id] = dict(hook)
    created = {"success": True, "webhook": {"id": hook_id, "enabled": True}}
    return 200, {"data": {"webhookCreate": created}}, {}


def _uuid_v4(value: str) -> bool:
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        return False
    return parsed.version == 4 and parsed.variant == uuid.RFC_4122 and str(parsed) == value


def linear_error(message: str, code: str) -> dict[str, Any]:
    """A GraphQL error answer in Linear's shape."""
    return {"errors": [{"message": message, "extensions": {"code": code, "type": code}}]}
