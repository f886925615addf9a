"""Linear: issues through the GraphQL API; done = the team's first "completed" workflow state.

Every issue is created with an id derived from the task (`IssueCreateInput.id`), so a retried
create finds the issue instead of making a second one. Inbound: Linear webhooks sign the body in
`Linear-Signature` (hex HMAC-SHA256); the signed body's `webhookTimestamp` (Unix ms) must be
within a minute, `Linear-Delivery` names the delivery, and the issue's `updatedAt` dates it.
An update's `updatedFrom` names the fields that changed: a new state is done or reopened, and a
new title, due date, priority or assignee comes back as an edit.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

import httpx

from flowhub.integrations import crypto
from flowhub.integrations.base import (
    BadTarget,
    ExternalEdit,
    ExternalRef,
    ExternalStatus,
    Integration,
    Reconnect,
    RetryLater,
    SetupField,
    due_of,
    event_time,
    hmac_digest,
    same,
    task_notes,
)
from flowhub.storage import Task

PRIORITY = {"urgent": 1, "high": 2, "normal": 0, "low": 4}
# The FlowHub words each Linear priority stands for (0 is "no priority", 3 "medium").
_LEVELS = {1: ("urgent",), 2: ("high",), 3: ("normal",), 0: ("normal",), 4: ("low",)}
WEBHOOK_MAX_AGE = timedelta(minutes=1)
_CREATE = """mutation IssueCreate($input: IssueCreateInput!) {
  issueCreate(input: $input) { success issue { id identifier url } }
}"""
_UPDATE = """mutation IssueUpdate($id: String!, $input: IssueUpdateInput!) {
  issueUpdate(id: $id, input: $input) { success issue { id identifier url } }
}"""
_ISSUE = "query Issue($id: String!) { issue(id: $id) { id identifier url } }"
_STATES = """query States($id: String!) {
  team(id: $id) { states { nodes { id name type position } } }
}"""
_TEAMS = "query Teams { viewer { id } teams { nodes { id key name } } }"
_HOOK_CREATE = """mutation WebhookCreate($input: WebhookCreateInput!) {
  webhookCreate(input: $input) { success webhook { id enabled } }
}"""
_HOOK_DELETE = """mutation WebhookDelete($id: String!) {
  webhookDelete(id: $id) { success }
}"""


class Linear(Integration):
    """Issues of one Linear team."""

    kind = "linear"
    title = "Linear"
    api_url = "https://api.linear.app"
    oauth = "linear"
    round_trip = True
    webhook_header = "linear-signature"
    setup = (
        SetupField("team", "the team key, e.g. ENG"),
        SetupField("token", "a personal API key", secret=True),
        SetupField("webhook_secret", "a Linear webhook's signing secret (optional)", True, True),
    )
    help = (
        "Create a personal API key in Linear: Settings → Security & access → Personal API keys. "
        "With an admin's key FlowHub adds the webhook that brings “done” back itself."
    )

    def _auth_headers(self) -> dict[str, str]:
        token = self.secrets.get("token", "")
        # Personal API keys go bare; OAuth access tokens as Bearer.
        return {"Authorization": token if token.startswith("lin_api_") else f"Bearer {token}"}

    def graphql(self, query: str, variables: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Run one GraphQL operation; GraphQL errors map to the error tree."""
        response = self._call(
            "POST", "/graphql", json={"query": query, "variables": dict(variables or {})}
        )
        data = response.json()
        if data.get("errors"):
            _raise_graphql(data["errors"])
        result: dict[str, Any] = data.get("data") or {}
        return result

    def _raise_for(self, response: httpx.Response, method: str, path: str) -> None:
        # Linear answers GraphQL errors with 400 and a body that says which kind they are.
        if response.status_code == 400:
            try:
                errors = response.json().get("errors")
            except ValueError:
                errors = None
            if errors:
                _raise_graphql(errors)
        super()._raise_for(response, method, path)

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Create the issue under the task's id, or update its fields."""
        fields = self._fields(task)
        if ref is not None:
            self.graphql(_UPDATE, {"id": ref.external_id, "input": fields})
            return ref
        fields.update(id=issue_id(task, self._required("team")), teamId=self._team_id())
        login = (self.config.get("assignees") or {}).get((task.assignee_name or "").casefold())
        if login:
            fields["assigneeId"] = login
        try:
            data = self.graphql(_CREATE, {"input": fields})
        except BadTarget:
            found = self.find(task)
            if found is None:
                raise
            return found
        issue = data["issueCreate"]["issue"]
        return ExternalRef(str(issue["id"]), issue.get("url"))

    def _fields(self, task: Task) -> dict[str, Any]:
        due = due_of(task)
        return {
            "title": task.title,
            "description": task_notes(task),
            "dueDate": due.day.isoformat() if due else None,
            "priority": PRIORITY.get(task.priority, 0),
        }

    def find(self, task: Task) -> ExternalRef | None:
        """The issue created under the task's id, if an earlier push made it."""
        ours = issue_id(task, self._required("team"))
        try:
            issue = self.graphql(_ISSUE, {"id": ours}).get("issue")
        except BadTarget:
            return None
        return ExternalRef(str(issue["id"]), issue.get("url")) if issue else None

    def close(self, ref: ExternalRef) -> None:
        """Move the issue to the team's completed state."""
        self._move(ref, ("completed",))

    def reopen(self, ref: ExternalRef) -> None:
        """Move the issue back to the team's first unstarted state."""
        self._move(ref, ("unstarted", "backlog"))

    def _move(self, ref: ExternalRef, types: tuple[str, ...]) -> None:
        key = "done_state_id" if "completed" in types else "open_state_id"
        state = self.config.get(key)
        if not state:
            nodes = self.graphql(_STATES, {"id": self._team_id()})["team"]["states"]["nodes"]
            for kind in types:
                matching = sorted(
                    (n for n in nodes if n.get("type") == kind), key=lambda n: n["position"]
                )
                if matching:
                    state = matching[0]["id"]
                    break
        if not state:
            raise BadTarget(f"the Linear team has no {'/'.join(types)} workflow state")
        self.graphql(_UPDATE, {"id": ref.external_id, "input": {"stateId": state}})

    def check(self) -> str:
        """The key works and the team exists (its id is kept in the config)."""
        self.config["team_id"] = self._team_id(refresh=True)
        return f"team {self.config.get('team', self.config['team_id'])}"

    def _team_id(self, *, refresh: bool = False) -> str:
        if self.config.get("team_id") and not refresh:
            return str(self.config["team_id"])
        wanted = str(self.config.get("team") or "").casefold()
        teams = self.graphql(_TEAMS)["teams"]["nodes"]
        for team in teams:
            if wanted in (str(team["key"]).casefold(), str(team["id"]).casefold(), ""):
                return str(team["id"])
        keys = ", ".join(str(t["key"]) for t in teams) or "none"
        raise BadTarget(f"Linear has no team “{self.config.get('team')}” (teams: {keys})")

    hook_steps = (
        "Linear lets only workspace admins add webhooks: an admin adds one (Settings → API → "
        "Webhooks) for Issues with URL {url}, then you say “connect linear” again with its "
        "signing secret as the 3rd value."
    )

    def register_webhook(self, url: str) -> dict[str, str] | None:
        """A webhook for the team's issues, signed with a secret FlowHub makes; none when the
        person pasted the secret of one they added themselves."""
        if self.secrets.get("webhook_secret"):
            return {}
        secret = crypto.new_secret()
        hook = {
            "url": url,
            "teamId": self._team_id(),
            "resourceTypes": ["Issue"],
            "secret": secret,
            "label": "FlowHub",
        }
        data = self.graphql(_HOOK_CREATE, {"input": hook})["webhookCreate"]
        if not data.get("success"):
            raise BadTarget("Linear did not create the webhook")
        return {"hook_id": str(data["webhook"]["id"]), "webhook_secret": secret}

    def delete_webhook(self, hook_id: str) -> None:
        """Delete the webhook."""
        self.graphql(_HOOK_DELETE, {"id": hook_id})

    def verify_webhook(self, headers: Mapping[str, str], body: bytes, *, url: str = "") -> bool:
        """Hex HMAC-SHA256 of the body under the signing secret in `Linear-Signature`."""
        secret = self.secrets.get("webhook_secret")
        if not secret:
            return False
        return same(hmac_digest(secret, body).hex(), headers.get("linear-signature"))

    def parse_webhook(self, body: bytes) -> list[ExternalStatus]:
        """An updated issue: done when its new state is "completed", and the title, due date,
        priority and (mapped) assignee that `updatedFrom` says changed."""
        data = json.loads(body)
        if not isinstance(data, dict):
            raise ValueError("a Linear webhook body is a JSON object")
        if data.get("type") != "Issue" or data.get("action") != "update":
            return []
        before = data.get("updatedFrom") or {}
        issue = data["data"]
        done = None
        if "stateId" in before:
            done = (issue.get("state") or {}).get("type") == "completed"
        edit = self._edit(issue, before)
        if done is None and edit is None:
            return []
        at = event_time(issue.get("updatedAt")) or event_time(data.get("createdAt"))
        return [ExternalStatus(str(issue["id"]), done, at, edit=edit)]

    def _edit(self, issue: Mapping[str, Any], before: Mapping[str, Any]) -> ExternalEdit | None:
        """The fields `updatedFrom` names, as the issue now has them; None when none did."""
        if not {"title", "dueDate", "priority", "assigneeId"} & set(before):
            return None
        due = issue.get("dueDate") if "dueDate" in before else None
        level = issue.get("priority") if "priority" in before else None
        return ExternalEdit(
            title=str(issue["title"]) if "title" in before and issue.get("title") else None,
            due=date.fromisoformat(str(due)[:10]) if due else None,
            due_removed="dueDate" in before and not due,
            priority=_LEVELS.get(level, ()) if isinstance(level, int) else (),
            assignee=self.assignee_named(issue.get("assigneeId"))
            if "assigneeId" in before
            else None,
        )

    def webhook_delivery(self, headers: Mapping[str, str], body: bytes) -> str | None:
        """The `Linear-Delivery` id."""
        return headers.get("linear-delivery") or None

    def webhook_fresh(self, body: bytes, now: datetime) -> bool:
        """The signed `webhookTimestamp` is within a minute of now (Linear's own advice)."""
        try:
            data = json.loads(body)
        except ValueError:
            return False
        sent = event_time(data.get("webhookTimestamp")) if isinstance(data, dict) else None
        return sent is not None and abs(now - sent) <= WEBHOOK_MAX_AGE


def issue_id(task: Task, team: str) -> str:
    """The id the task's issue is created under: the same on every retry, in the UUID v4 form
    `IssueCreateInput.id` requires, and different for another team or another FlowHub's task 1."""
    made = task.created_at.isoformat() if task.created_at else ""
    seed = hashlib.sha256(f"flowhub:linear:{team}:{task.id}:{made}".encode()).digest()
    return str(uuid.UUID(bytes=seed[:16], version=4))


def _raise_graphql(errors: list[dict[str, Any]]) -> None:
    first = errors[0] if errors else {}
    extensions = first.get("extensions") or {}
    code = str(extensions.get("code") or extensions.get("type") or "").upper()
    message = str(first.get("message", "unknown error"))[:200]
    if "AUTHENTICATION" in code or code == "FORBIDDEN":
        raise Reconnect(f"Linear refused the credentials: {message}")
    if "RATELIMIT" in code:
        raise RetryLater(f"Linear asked to slow down: {message}", retry_after=60)
    raise BadTarget(f"Linear refused the request: {message}")
