"""Jira Cloud: issues through REST API v3; done and reopen through the issue's transitions.

Connect with an API token (Basic auth with the account's email) or with Atlassian OAuth (then
calls go through api.atlassian.com/ex/jira/{cloud id}). A scoped API token is refused by the
site itself (401) and works only through that gateway: at connect time the site's public
`/_edge/tenant_info` gives the cloud id, and the connection keeps to the gateway.

Inbound: a Jira webhook with a secret signs the body in `X-Hub-Signature` ("sha256=<hex
HMAC>"); `X-Atlassian-Webhook-Identifier` names the delivery (the same for its retries), and
the body's `timestamp` dates the change. The changelog names what changed: a status is done
or reopened, and a summary, due date, priority or assignee comes back as an edit.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from flowhub.integrations.base import (
    BadTarget,
    ExternalEdit,
    ExternalRef,
    ExternalStatus,
    Integration,
    Reconnect,
    SetupField,
    due_of,
    event_time,
    hmac_digest,
    same,
    task_notes,
)
from flowhub.storage import Task

PRIORITY = {"urgent": "Highest", "high": "High", "normal": "Medium", "low": "Low"}
# The FlowHub words each of Jira's default priorities stands for.
_LEVELS = {
    "Highest": ("urgent",), "High": ("high",), "Medium": ("normal",), "Low": ("low",),
    "Lowest": ("low",),
}  # fmt: skip


class Jira(Integration):
    """Jira Cloud issues in one project."""

    kind = "jira"
    title = "Jira"
    oauth = "atlassian"
    round_trip = True
    webhook_header = "x-hub-signature"
    setup = (
        SetupField("site", "your Jira site, e.g. acme.atlassian.net"),
        SetupField("email", "the email you sign in to Jira with"),
        SetupField("project", "the project key, e.g. OPS"),
        SetupField("token", "an API token", secret=True),
        SetupField("webhook_secret", "the secret of a Jira webhook (optional)", True, True),
    )
    help = (
        "Create an API token at https://id.atlassian.com/manage-profile/security/api-tokens. "
        "To bring “done” back, add a webhook (Jira settings → System → WebHooks) for "
        "“Issue updated” pointing at {public_url}/webhooks/integrations/jira with a secret, and "
        "paste that secret as well."
    )

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        cloud = self.config.get("cloud_id")
        if self.config.get("scoped") and cloud and "/ex/jira/" not in self.base_url:
            self.base_url = _gateway(self.base_url, str(cloud))

    def _default_url(self) -> str:
        if self.config.get("cloud_id"):
            return f"https://api.atlassian.com/ex/jira/{self.config['cloud_id']}"
        return _site_url(self.config.get("site", ""))

    def _auth_headers(self) -> dict[str, str]:
        token = self.secrets.get("token", "")
        if self.config.get("email"):
            pair = f"{self.config['email']}:{token}".encode()
            return {"Authorization": f"Basic {base64.b64encode(pair).decode()}"}
        return {"Authorization": f"Bearer {token}"}

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Create the issue (labelled with the task id), or update its fields."""
        fields = self._fields(task)
        if ref is not None:
            self._call("PUT", f"/rest/api/3/issue/{ref.external_id}", json={"fields": fields})
            return ref
        fields = {k: v for k, v in fields.items() if v is not None}
        fields["project"] = {"key": self._required("project")}
        fields["issuetype"] = {"name": self.config.get("issue_type") or "Task"}
        fields["labels"] = ["flowhub", _label(task)]
        data = self._call("POST", "/rest/api/3/issue", json={"fields": fields}).json()
        return ExternalRef(str(data["id"]), self._browse(str(data.get("key", data["id"]))))

    def _fields(self, task: Task) -> dict[str, Any]:
        due = due_of(task)
        fields: dict[str, Any] = {
            "summary": task.title[:255],
            "description": _document(task_notes(task)),
            "duedate": due.day.isoformat() if due else None,
        }
        if self.config.get("priorities", True):
            fields["priority"] = {"name": PRIORITY.get(task.priority, "Medium")}
        account = (self.config.get("assignees") or {}).get((task.assignee_name or "").casefold())
        if account:
            fields["assignee"] = {"accountId": account}
        return fields

    def discover(self) -> None:
        """After Atlassian sign-in: the first site the token reaches and its first project."""
        resources = self._call("GET", _resources_url(self.base_url)).json()
        if not resources:
            raise BadTarget("the Atlassian sign-in reaches no Jira site; ask a Jira admin")
        self.config.update(cloud_id=resources[0]["id"], site=resources[0].get("url", ""))
        self.base_url = self._default_url()
        projects = self._call("GET", "/rest/api/3/project/search", params={"maxResults": 1})
        values = projects.json().get("values") or []
        if not values:
            raise BadTarget("this Jira site has no project you can create issues in")
        self.config["project"] = values[0]["key"]

    def find(self, task: Task) -> ExternalRef | None:
        """An issue an earlier, unrecorded push created, found by its task label."""
        jql = f'project = "{self._required("project")}" AND labels = "{_label(task)}"'
        data = self._call(
            "POST",
            "/rest/api/3/search/jql",
            json={"jql": jql, "fields": ["summary"], "maxResults": 1},
        ).json()
        issues = data.get("issues") or []
        if not issues:
            return None
        issue = issues[0]
        return ExternalRef(str(issue["id"]), self._browse(str(issue.get("key", issue["id"]))))

    def close(self, ref: ExternalRef) -> None:
        """Move the issue through the transition that leads to a done status."""
        self._transition(ref, ("done",))

    def reopen(self, ref: ExternalRef) -> None:
        """Move the issue back to a to-do (or in-progress) status."""
        self._transition(ref, ("new", "indeterminate"))

    def _transition(self, ref: ExternalRef, categories: tuple[str, ...]) -> None:
        path = f"/rest/api/3/issue/{ref.external_id}/transitions"
        transitions = self._call("GET", path).json().get("transitions", [])
        wanted = self.config.get("done_transition") if "done" in categories else None
        for category in categories:
            for transition in transitions:
                to = transition.get("to", {}).get("statusCategory", {}).get("key")
                if (wanted and transition.get("name") == wanted) or (not wanted and to == category):
                    self._call("POST", path, json={"transition": {"id": transition["id"]}})
                    return
        names = ", ".join(str(t.get("name")) for t in transitions) or "none"
        raise BadTarget(
            f"Jira offers no transition to a {'/'.join(categories)} status for this issue "
            f"(available: {names}); check the project's workflow"
        )

    def check(self) -> str:
        """The site is one this server may reach, the token works and the project exists."""
        if not self.base_url:
            raise BadTarget("Jira needs your site, e.g. acme.atlassian.net; connect it again")
        self.guard(self.base_url)
        try:
            self._call("GET", "/rest/api/3/myself")
        except Reconnect:
            if not self._to_gateway():
                raise
            self._call("GET", "/rest/api/3/myself")
        key = self._required("project")
        project = self._call("GET", f"/rest/api/3/project/{key}").json()
        return f"project {key} ({project.get('name', key)})"

    def _to_gateway(self) -> bool:
        """After the site refused an API token: go through the gateway if the site has a cloud
        id (a scoped token); False when that cannot help (OAuth, or the gateway already)."""
        if self.config.get("cloud_id") or not self.config.get("email"):
            return False
        cloud = self._call("GET", "/_edge/tenant_info").json().get("cloudId")
        if not cloud:
            return False
        self.config.update(cloud_id=str(cloud), scoped=True)
        self.base_url = _gateway(self.base_url, str(cloud))
        return True

    hook_steps = (
        "a Jira admin adds a webhook (Jira settings → System → WebHooks) for “Issue updated” "
        "with URL {url} and a secret; then say “connect jira” again with that secret as the "
        "5th value. (Jira lets only apps, not API tokens, register webhooks themselves.)"
    )

    def register_webhook(self, url: str) -> dict[str, str] | None:
        """Only a person can add this webhook: set up once they pasted its secret."""
        return {} if self.secrets.get("webhook_secret") else None

    def verify_webhook(self, headers: Mapping[str, str], body: bytes, *, url: str = "") -> bool:
        """`X-Hub-Signature: sha256=<hex>` under the webhook secret."""
        secret = self.secrets.get("webhook_secret")
        if not secret:
            return False
        expected = "sha256=" + hmac_digest(secret, body).hex()
        return same(expected, headers.get("x-hub-signature"))

    def parse_webhook(self, body: bytes) -> list[ExternalStatus]:
        """An updated issue: done when its new status is in the done category, and the
        summary, due date, priority and (mapped) assignee its changelog names, as it now is."""
        data = json.loads(body)
        if not isinstance(data, dict):
            raise ValueError("a Jira webhook body is a JSON object")
        if data.get("webhookEvent") != "jira:issue_updated":
            return []
        items = (data.get("changelog") or {}).get("items") or []
        named = {str(item.get("field") or "").casefold() for item in items}
        issue = data["issue"]
        fields = issue["fields"]
        done = None
        if "status" in named:
            done = fields["status"]["statusCategory"]["key"] == "done"
        edit = self._edit(fields, named)
        if done is None and edit is None:
            return []
        at = event_time(data.get("timestamp")) or event_time(fields.get("updated"))
        return [ExternalStatus(str(issue["id"]), done, at, edit=edit)]

    def _edit(self, fields: Mapping[str, Any], named: set[str]) -> ExternalEdit | None:
        """The fields the changelog names, as the issue now has them; None when none did."""
        if not {"summary", "duedate", "priority", "assignee"} & named:
            return None
        due = fields.get("duedate") if "duedate" in named else None
        level = (fields.get("priority") or {}).get("name") if "priority" in named else None
        person = (fields.get("assignee") or {}).get("accountId")
        return ExternalEdit(
            title=str(fields["summary"]) if "summary" in named and fields.get("summary") else None,
            due=date.fromisoformat(str(due)[:10]) if due else None,
            due_removed="duedate" in named and not due,
            priority=_LEVELS.get(str(level), ()) if level else (),
            assignee=self.assignee_named(person) if "assignee" in named else None,
        )

    def webhook_delivery(self, headers: Mapping[str, str], body: bytes) -> str | None:
        """The `X-Atlassian-Webhook-Identifier`."""
        return headers.get("x-atlassian-webhook-identifier") or None

    def _browse(self, key: str) -> str:
        return f"{_site_url(self.config.get('site', '')) or self.base_url}/browse/{key}"


def _resources_url(base_url: str) -> str:
    """Atlassian's accessible-resources endpoint (under a test or proxy base when one is set)."""
    if base_url and "atlassian" not in base_url:
        return f"{base_url}/oauth/token/accessible-resources"
    return "https://api.atlassian.com/oauth/token/accessible-resources"


def _gateway(base_url: str, cloud_id: str) -> str:
    """Atlassian's gateway for a site's REST API (under a test or proxy base when one is set)."""
    if base_url and "atlassian" not in base_url:
        return f"{base_url}/ex/jira/{cloud_id}"
    return f"https://api.atlassian.com/ex/jira/{cloud_id}"


def _label(task: Task) -> str:
    return f"flowhub-{task.id}"


def _site_url(site: str) -> str:
    site = site.strip().rstrip("/")
    if not site:
        return ""
    return site if site.startswith(("http://", "https://")) else f"https://{site}"


def _document(text: str) -> dict[str, Any]:
    """Plain text as an Atlassian Document Format document (v3 wants ADF, not a string)."""
    paragraphs = [
        {"type": "paragraph", "content": [{"type": "text", "text": line}]}
        for line in text.splitlines()
        if line.strip()
    ]
    return {"type": "doc", "version": 1, "content": paragraphs}
