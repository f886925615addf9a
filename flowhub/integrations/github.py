"""GitHub Issues: one repository; close with `state_reason: completed`.

A fine-grained personal access token with "Issues: read and write" on the repository is enough.
Inbound: a repository webhook for "Issues" events with a secret signs the body in
`X-Hub-Signature-256` ("sha256=<hex HMAC>"); `X-GitHub-Delivery` names the delivery, and the
issue's `updated_at` dates the change. A new title ("edited"), a milestone's due date
("milestoned", its day) and a person the connection maps ("assigned", "unassigned") come back
as edits.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from typing import Any

import httpx

from flowhub.integrations import crypto
from flowhub.integrations.base import (
    ExternalEdit,
    ExternalRef,
    ExternalStatus,
    Integration,
    RetryLater,
    SetupField,
    event_time,
    hmac_digest,
    retry_after_seconds,
    same,
    task_notes,
)
from flowhub.storage import Task

HEADERS = {"Accept": "application/vnd.github+json", "X-GitHub-Api-Version": "2022-11-28"}
_STATUS_ACTIONS = ("closed", "reopened")
_EDIT_ACTIONS = ("edited", "milestoned", "assigned", "unassigned")


class GitHub(Integration):
    """Issues in one GitHub repository."""

    kind = "github"
    title = "GitHub"
    api_url = "https://api.github.com"
    round_trip = True
    webhook_header = "x-hub-signature-256"
    setup = (
        SetupField("repo", "the repository as owner/name"),
        SetupField("token", "a fine-grained token with Issues read/write", secret=True),
        SetupField("webhook_secret", "the secret of a repository webhook (optional)", True, True),
    )
    help = (
        "Create a fine-grained token at https://github.com/settings/personal-access-tokens/new "
        "with “Issues: Read and write” on the repository, and “Webhooks: Read and write” so "
        "that FlowHub adds the webhook that brings “done” back itself."
    )

    hook_steps = (
        "the token may not add webhooks. Either give it “Webhooks: Read and write” on the "
        "repository and say “connect github” again, or add one yourself (repository Settings → "
        "Webhooks → Add webhook) with payload URL {url}, content type application/json, a "
        "secret and “Issues” events, then say “connect github” again with that secret as "
        "the 3rd value."
    )

    def register_webhook(self, url: str) -> dict[str, str] | None:
        """A repository webhook for "issues" events, signed with a secret FlowHub makes; none
        when the person pasted the secret of one they added themselves."""
        if self.secrets.get("webhook_secret"):
            return {}
        secret = crypto.new_secret()
        config = {"url": url, "content_type": "json", "secret": secret, "insecure_ssl": "0"}
        body = {"name": "web", "active": True, "events": ["issues"], "config": config}
        data = self._call("POST", f"/repos/{self._required('repo')}/hooks", json=body).json()
        return {"hook_id": str(data["id"]), "webhook_secret": secret}

    def delete_webhook(self, hook_id: str) -> None:
        """Delete the repository webhook."""
        self._call("DELETE", f"/repos/{self._required('repo')}/hooks/{hook_id}")

    def _auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.secrets.get('token', '')}", **HEADERS}

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Open an issue with the FlowHub label (and assignee), or update its title and body."""
        repo = self._required("repo")
        body: dict[str, Any] = {"title": task.title, "body": task_notes(task)}
        if ref is not None:
            self._call("PATCH", f"/repos/{repo}/issues/{ref.external_id}", json=body)
            return ref
        body["labels"] = [self.config.get("label") or "flowhub"]
        login = (self.config.get("assignees") or {}).get((task.assignee_name or "").casefold())
        if login:
            body["assignees"] = [login]
        data = self._call("POST", f"/repos/{repo}/issues", json=body).json()
        return ExternalRef(str(data["number"]), data.get("html_url"))

    def close(self, ref: ExternalRef) -> None:
        """Close the issue as completed."""
        path = f"/repos/{self._required('repo')}/issues/{ref.external_id}"
        self._call("PATCH", path, json={"state": "closed", "state_reason": "completed"})

    def reopen(self, ref: ExternalRef) -> None:
        """Reopen the issue."""
        path = f"/repos/{self._required('repo')}/issues/{ref.external_id}"
        self._call("PATCH", path, json={"state": "open"})

    def check(self) -> str:
        """The token can see the repository."""
        data = self._call("GET", f"/repos/{self._required('repo')}").json()
        return f"repository {data.get('full_name', self.config['repo'])}"

    def _raise_for(self, response: httpx.Response, method: str, path: str) -> None:
        # GitHub answers 403 (not 429) when a rate limit is hit; that is "later", not "reconnect".
        if response.status_code == 403 and (
            response.headers.get("x-ratelimit-remaining") == "0"
            or "rate limit" in response.text.lower()
        ):
            reset = response.headers.get("x-ratelimit-reset", "")
            wait = max(0.0, int(reset) - time.time()) if reset.isdigit() else 60.0
            wait = retry_after_seconds(response.headers.get("Retry-After"), wait)
            raise RetryLater("GitHub's rate limit was hit", retry_after=wait)
        super()._raise_for(response, method, path)

    def verify_webhook(self, headers: Mapping[str, str], body: bytes, *, url: str = "") -> bool:
        """`X-Hub-Signature-256: sha256=<hex>` under the webhook secret."""
        secret = self.secrets.get("webhook_secret")
        if not secret:
            return False
        expected = "sha256=" + hmac_digest(secret, body).hex()
        return same(expected, headers.get("x-hub-signature-256"))

    def parse_webhook(self, body: bytes) -> list[ExternalStatus]:
        """An "issues" event of the connected repository: closed or reopened, a new title
        (edited), a milestone's due date (milestoned), or a mapped person (un)assigned."""
        data = json.loads(body)
        if not isinstance(data, dict):
            raise ValueError("a GitHub webhook body is a JSON object")
        action = data.get("action")
        if "issue" not in data or action not in (*_STATUS_ACTIONS, *_EDIT_ACTIONS):
            return []
        repo = (data.get("repository") or {}).get("full_name", "")
        if repo.casefold() != str(self.config.get("repo", "")).casefold():
            return []
        issue = data["issue"]
        at = event_time(issue.get("updated_at")) or event_time(issue.get("closed_at"))
        if action in _STATUS_ACTIONS:
            return [ExternalStatus(str(issue["number"]), action == "closed", at)]
        edit = self._edit(str(action), data)
        return [ExternalStatus(str(issue["number"]), None, at, edit=edit)] if edit else []

    def _edit(self, action: str, data: Mapping[str, Any]) -> ExternalEdit | None:
        issue = data["issue"]
        if action == "edited":
            changed = "title" in (data.get("changes") or {}) and issue.get("title")
            return ExternalEdit(title=str(issue["title"])) if changed else None
        if action == "milestoned":
            due = event_time((issue.get("milestone") or {}).get("due_on"))
            return ExternalEdit(due=due.date()) if due else None
        login = (data.get("assignee") or {}).get("login")
        name = self.assignee_named(login)
        if name is None:
            return None  # someone FlowHub does not know by that login
        if action == "assigned":
            return ExternalEdit(assignee=name)
        left = [self.assignee_named(a.get("login")) for a in issue.get("assignees") or []]
        return ExternalEdit(assignee=next((n for n in left if n), ""))

    def webhook_delivery(self, headers: Mapping[str, str], body: bytes) -> str | None:
        """The `X-GitHub-Delivery` GUID."""
        return headers.get("x-github-delivery") or None
