"""Zoho CRM: records of the `Tasks` module (API v8), linked to the account, deal or contact
the task names.

Connect by signing in with Zoho (OAuth). Zoho keeps each account in one data centre: the token
call goes to the accounts server the sign-in's callback names (`oauth.token_server`), and every
API call to the `api_domain` of the token answer. A task is created with `Subject`,
`Description`, `Due_Date` (its local day), `Priority` and `Status` "Not Started"; done is
"Completed", reopened "Not Started"; a task assigned to someone else goes to the Zoho user of
that name (`Owner`). A task naming a record ("follow up with ACME Corp") gets
`What_Id` and `$se_module` (an account or deal of that name) or `Who_Id` (a contact), found
with the search API; when none is, it goes in unlinked and `ExternalRef.unmatched` says which
name was not found.

Inbound: FlowHub subscribes to task edits itself (`POST /crm/v8/actions/watch`) with a token it
makes; Zoho sends that token in the body of every notification, and the notification only names
the tasks that changed, so FlowHub reads each back (`fetch`). A channel lives a week at most:
`zoho_hooks` subscribes it again before it ends.

Limits: Zoho answers 429 when the org's API credits or its concurrency limit are spent;
FlowHub waits as `Retry-After` or `X-RATELIMIT-RESET` says, else a minute.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from secrets import randbelow
from typing import Any

import httpx

from flowhub.integrations import crypto
from flowhub.integrations.base import (
    BadTarget,
    ExternalEdit,
    ExternalRef,
    ExternalStatus,
    Integration,
    due_of,
    event_time,
    retry_after_seconds,
    same,
    task_notes,
)
from flowhub.integrations.records import best_match, record_names
from flowhub.storage import Task

log = logging.getLogger(__name__)
API = "/crm/v8"
TASKS = f"{API}/Tasks"
PRIORITY = {"urgent": "Highest", "high": "High", "normal": "Normal", "low": "Low"}
_LEVELS = {
    "Highest": ("urgent", "high"),
    "High": ("high",),
    "Normal": ("normal",),
    "Low": ("low",),
    "Lowest": ("low",),
}
# (the module searched, the field that names its records, the task's field, its $se_module)
SEARCHES = (
    ("Accounts", "Account_Name", "What_Id", "Accounts"),
    ("Deals", "Deal_Name", "What_Id", "Deals"),
    ("Contacts", "Full_Name", "Who_Id", ""),
)
_READ = "Subject,Status,Due_Date,Priority,Owner,Modified_Time"
WATCH_DAYS = 7
_CRITERIA_SPECIAL = "(),\\"


class Zoho(Integration):
    """Tasks in a Zoho CRM org, linked to the record they name."""

    kind = "zoho"
    title = "Zoho CRM"
    api_url = "https://www.zohoapis.com"
    oauth = "zoho"
    round_trip = True
    # Zoho signs nothing: the channel's token rides in the JSON body, checked in verify_webhook.
    webhook_header = ""
    help = "Sign in with Zoho with the link I send, and allow FlowHub to manage your CRM tasks."
    hook_steps = (
        "FlowHub could not subscribe to your Zoho CRM task changes (the sign-in needs the "
        "ZohoCRM.notifications.ALL scope, and FlowHub a public https address). Say “connect "
        "zoho” again to retry; notifications go to {url}."
    )

    def _default_url(self) -> str:
        return self.secrets.get("api_domain") or self.api_url

    def _auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Zoho-oauthtoken {self.secrets.get('token', '')}"}

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Create the task (linked to the record it names), or update its fields."""
        fields = self._fields(task)
        if ref is not None:
            self._write("PUT", f"{TASKS}/{ref.external_id}", fields)
            return ref
        links, unmatched = self._records(task)
        record = {k: v for k, v in fields.items() if v is not None} | links
        found = self._write("POST", TASKS, record | {"Status": "Not Started"})
        task_id = str(found["details"]["id"])
        return ExternalRef(task_id, self._page(task_id), unmatched=unmatched)

    def find(self, task: Task) -> ExternalRef | None:
        """A task an earlier, unrecorded push created: its subject, and this task's id in its
        description (`task_notes` writes it)."""
        params = {"criteria": f"(Subject:equals:{_escaped(task.title)})", "fields": "Description"}
        mark = f"(task {task.id})"
        for record in self._search("Tasks", params):
            if mark in str(record.get("Description") or ""):
                return ExternalRef(str(record["id"]), self._page(str(record["id"])))
        return None

    def _fields(self, task: Task) -> dict[str, Any]:
        due = due_of(task)
        fields = {
            "Subject": task.title[:255],
            "Description": task_notes(task),
            "Due_Date": due.day.isoformat() if due is not None else None,
            "Priority": PRIORITY.get(task.priority, "Normal"),
        }
        owner = self._owner(task)
        return fields | {"Owner": {"id": owner}} if owner else fields

    def _owner(self, task: Task) -> str | None:
        """The Zoho CRM user a task assigned to someone else goes to: the config's mapping of
        the name, else the one active user whose full or first name it is."""
        name = (task.assignee_name or "").strip()
        if not name or task.assignee_id == task.creator_id:
            return None
        mapped = (self.config.get("assignees") or {}).get(name.casefold())
        if mapped:
            return str(mapped)
        params = {"type": "ActiveUsers", "per_page": 200}
        response = self._call("GET", f"{API}/users", params=params)
        users = response.json().get("users") or [] if response.content else []
        wanted = name.casefold()
        found = {
            str(u["id"])
            for u in users
            if wanted
            in (str(u.get("full_name") or "").casefold(), str(u.get("first_name") or "").casefold())
        }
        return found.pop() if len(found) == 1 else None

    def _write(self, method: str, path: str, record: dict[str, Any]) -> dict[str, Any]:
        """Write one record; its entry in Zoho's answer, or `BadTarget` with Zoho's reason."""
        data = self._call(method, path, json={"data": [record]}).json()
        (entry,) = data.get("data") or [{"status": "error", "message": "no answer"}]
        if entry.get("status") != "success":
            raise BadTarget(f"{self.title} refused the task: {entry.get('message')}")
        return dict(entry)

    def _records(self, task: Task) -> tuple[dict[str, Any], str]:
        """The record fields for what the title names, and a name nothing matched."""
        names = record_names(task.title)
        for name in names:
            found: dict[str, Any] = {}
            for module, key, field, se_module in SEARCHES:
                if field in found or len(name) < 2:
                    continue
                params = {"word": name, "fields": key, "per_page": 5}
                hits = [(str(r["id"]), str(r.get(key) or "")) for r in self._search(module, params)]
                record = best_match(name, hits)
                if record is not None:
                    found[field] = {"id": record}
                    if se_module:
                        found["$se_module"] = se_module
            if found:
                return found, ""
        return {}, names[0] if names else ""

    def _search(self, module: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        response = self._call("GET", f"{API}/{module}/search", params=params)
        if response.status_code == 204 or not response.content:  # nothing found
            return []
        return list(response.json().get("data") or [])

    def _page(self, task_id: str) -> str | None:
        org = self.config.get("org_domain")
        crm = str(self.secrets.get("api_domain", "")).replace("www.zohoapis.", "crm.zoho.")
        return f"{crm}/crm/{org}/tab/Tasks/{task_id}" if org and crm else None

    def close(self, ref: ExternalRef) -> None:
        """Mark the task completed."""
        self._write("PUT", f"{TASKS}/{ref.external_id}", {"Status": "Completed"})

    def reopen(self, ref: ExternalRef) -> None:
        """Mark the task not started."""
        self._write("PUT", f"{TASKS}/{ref.external_id}", {"Status": "Not Started"})

    def discard(self, ref: ExternalRef) -> None:
        """Delete the task of a task deleted in FlowHub (one already gone is fine)."""
        try:
            self._call("DELETE", f"{TASKS}/{ref.external_id}")
        except BadTarget as exc:  # Zoho answers an id it no longer has with 400 INVALID_DATA
            if "(400)" not in str(exc) and "(404)" not in str(exc):
                raise

    def status(self, ref: ExternalRef) -> bool | None:
        """Whether the task is completed in Zoho CRM."""
        found = self.fetch(ref)
        return found.done if found is not None else None

    def fetch(self, ref: ExternalRef) -> ExternalStatus | None:
        """The task as Zoho has it: completed, subject, due date and priority."""
        path = f"{TASKS}/{ref.external_id}"
        found = self._call("GET", path, params={"fields": _READ}).json().get("data") or []
        if not found:
            return None
        data = found[0]
        day = data.get("Due_Date")
        edit = ExternalEdit(
            title=str(data["Subject"]) if data.get("Subject") else None,
            due=date.fromisoformat(str(day)[:10]) if day else None,
            due_removed="Due_Date" in data and not day,
            priority=_LEVELS.get(str(data.get("Priority")), ()),
            assignee=self.assignee_named((data.get("Owner") or {}).get("id")),
        )
        done = data.get("Status") == "Completed"
        return ExternalStatus(ref.external_id, done, event_time(data.get("Modified_Time")), edit)

    def check(self) -> str:
        """The token works; remember the org for links and notification checks."""
        try:
            org = (self._call("GET", f"{API}/org").json().get("org") or [{}])[0]
        except BadTarget:  # a user without ZohoCRM.org.READ: links only lose the org's page
            org = {}
        if org.get("id"):
            self.config["org_id"] = str(org["id"])
        if org.get("domain_name"):
            self.config["org_domain"] = str(org["domain_name"])
        return f"org “{org.get('company_name') or org.get('id') or self.title}”"

    def register_webhook(self, url: str) -> dict[str, str] | None:
        """Subscribe to task edits with a token FlowHub makes; Zoho sends it back each time."""
        channel = str(randbelow(9 * 10**12) + 10**12)
        token = crypto.new_secret()[:50]  # Zoho takes at most 50 characters
        ends = self._subscribe(channel, token, url, datetime.now(UTC))
        return {"hook_id": channel, "webhook_token": token, "hook_expires": ends}

    def renew_watch(self, url: str, now: datetime) -> str | None:
        """Subscribe the channel again (Zoho's way to extend one) for another week; its new
        end, or None when Zoho refused it (a new channel is then needed)."""
        channel, token = self.secrets.get("hook_id"), self.secrets.get("webhook_token")
        if not channel or not token:
            return None
        try:
            return self._subscribe(channel, token, url, now)
        except BadTarget as exc:
            log.info("zoho: channel %s was not subscribed again: %s", channel, exc)
            return None

    def _subscribe(self, channel: str, token: str, url: str, now: datetime) -> str:
        """`POST /actions/watch` for task edits until a week from `now`; the end it asked for."""
        ends = (now + timedelta(days=WATCH_DAYS) - timedelta(minutes=5)).replace(microsecond=0)
        watch = {
            "channel_id": int(channel),
            "events": ["Tasks.edit"],
            "channel_expiry": ends.astimezone(UTC).isoformat(),
            "token": token,
            "notify_url": url,
        }
        self._call("POST", f"{API}/actions/watch", json={"watch": [watch]})
        return ends.astimezone(UTC).isoformat()

    def delete_webhook(self, hook_id: str) -> None:
        """Unsubscribe the channel."""
        self._call("DELETE", f"{API}/actions/watch", params={"channel_ids": hook_id})

    def _slow_down(self, response: httpx.Response) -> float | None:
        """Zoho's 429: `Retry-After`, else until `X-RATELIMIT-RESET` (epoch milliseconds or
        seconds to wait), else a minute."""
        if response.status_code != 429:
            return None
        reset = response.headers.get("X-RATELIMIT-RESET", "")
        wait = 60.0
        if reset.isdigit():
            value = int(reset)
            wait = max(1.0, value / 1000 - time.time()) if value > 10**11 else float(value)
        return retry_after_seconds(response.headers.get("Retry-After"), wait)

    def verify_webhook(self, headers: Mapping[str, str], body: bytes, *, url: str = "") -> bool:
        """The channel's own token, in the notification's body."""
        token = self.secrets.get("webhook_token")
        try:
            data = json.loads(body)
        except ValueError:
            return False
        if not token or not isinstance(data, dict):
            return False
        channel = str(data.get("channel_id") or "")
        return same(token, str(data.get("token") or "")) and channel == self.secrets.get("hook_id")

    def parse_webhook(self, body: bytes) -> list[ExternalStatus]:
        """The tasks a notification names as edited; each is read back before anything changes."""
        data = json.loads(body)
        if not isinstance(data, dict) or not isinstance(data.get("ids", []), list):
            raise ValueError("a Zoho notification is an object with its record ids")
        if data.get("module") != "Tasks" or data.get("operation") not in ("update", "edit"):
            return []
        return [ExternalStatus(str(i), None) for i in dict.fromkeys(data.get("ids") or [])]


def _escaped(text: str) -> str:
    """`text` as a value in a search criteria: Zoho's special characters escaped."""
    return "".join(f"\\{c}" if c in _CRITERIA_SPECIAL else c for c in text)
