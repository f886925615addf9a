"""Pipedrive: activities of type "task", linked to the organisation or deal the task names.

A personal API token (sent as `x-api-token`) is enough, or a sign-in with Pipedrive (OAuth;
calls then go to the company's `api_domain` the token came with). Activities go through API v2
(`/api/v2/activities`: `done` true/false, `due_date`, and `due_time` in UTC for a timed task);
the account, webhooks and record search stay on the paths Pipedrive documents for them
(`/v1/users/me`, `/v1/webhooks`, `/api/v2/{organizations,deals}/search`). A task naming a
record ("follow up with ACME Corp") gets the `org_id` / `deal_id` of the one found; when none
is, it goes in unlinked and `ExternalRef.unmatched` says which name was not found.

Inbound: FlowHub registers a webhook for activity changes itself (`POST /v1/webhooks`, version
2.0) with HTTP Basic credentials it makes; Pipedrive sends them in `Authorization` on every
delivery. Only admins may add webhooks: anyone else gets the steps to have one added. A change
of `done` closes or reopens the task; a new subject, due date or time, or (mapped) owner comes
back as an edit.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import httpx

from flowhub.integrations import crypto
from flowhub.integrations.base import (
    ExternalEdit,
    ExternalRef,
    ExternalStatus,
    Integration,
    SetupField,
    due_of,
    event_time,
    retry_after_seconds,
    same,
    task_notes,
)
from flowhub.integrations.records import best_match, record_names
from flowhub.storage import Task

ACTIVITIES = "/api/v2/activities"
# (the activity's field, the search path, the field that names the record, its page in the app)
SEARCHES = (
    ("org_id", "/api/v2/organizations/search", "name", "organization"),
    ("deal_id", "/api/v2/deals/search", "title", "deal"),
)
HOOK_USER = "flowhub"


class Pipedrive(Integration):
    """Activities (tasks) in a Pipedrive company, linked to the record they name."""

    kind = "pipedrive"
    title = "Pipedrive"
    api_url = "https://api.pipedrive.com"
    oauth = "pipedrive"
    round_trip = True
    webhook_header = "authorization"
    setup = (
        SetupField("token", "your personal API token", secret=True),
        SetupField("webhook_auth", "the user:password of a webhook you added", True, True),
    )
    help = (
        "In Pipedrive: your avatar → Personal preferences → API, copy your personal API "
        "token. With an admin's token FlowHub adds the webhook that brings “done” back itself."
    )
    hook_steps = (
        "only a Pipedrive admin may add webhooks. Either say “connect pipedrive” again with an "
        "admin's token, or have an admin add one (Settings → Tools and apps → Webhooks → "
        "Create new webhook) with event action “change”, event object “activity”, endpoint "
        "URL {url} and an HTTP auth username and password; then say “connect pipedrive” again "
        "with user:password as the 2nd value."
    )

    def _default_url(self) -> str:
        return self.secrets.get("api_domain") or self.api_url

    def _auth_headers(self) -> dict[str, str]:
        if self.secrets.get("refresh_token"):  # an OAuth access token
            return {"Authorization": f"Bearer {self.secrets.get('token', '')}"}
        return {"x-api-token": self.secrets.get("token", "")}

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Create the activity (linked to the record it names), or update its fields."""
        body = self._fields(task)
        if ref is not None:
            self._call("PATCH", f"{ACTIVITIES}/{ref.external_id}", json=body)
            return ref
        body |= {"type": "task", "done": False}
        links, page, unmatched = self._records(task)
        body |= links
        data = self._call("POST", ACTIVITIES, json=body).json()["data"]
        return ExternalRef(str(data["id"]), page, unmatched=unmatched)

    def find(self, task: Task) -> ExternalRef | None:
        """An activity an earlier, unrecorded push created: changed since the task was made,
        with its subject, and this task's id in its note (`task_notes` writes it)."""
        since = (task.created_at - timedelta(minutes=5)).astimezone(UTC)
        params = {
            "updated_since": since.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "sort_by": "update_time",
            "sort_direction": "desc",
            "limit": 100,
        }
        items = self._call("GET", ACTIVITIES, params=params).json().get("data") or []
        mark = f"(task {task.id})"
        for item in items:
            if item.get("subject") == task.title and mark in str(item.get("note") or ""):
                return ExternalRef(str(item["id"]))
        return None

    def _fields(self, task: Task) -> dict[str, Any]:
        body: dict[str, Any] = {"subject": task.title, "note": task_notes(task)}
        due = due_of(task)
        if due is not None and due.all_day:
            body["due_date"] = due.day.isoformat()
        elif due is not None:
            body["due_date"] = due.at.date().isoformat()
            body["due_time"] = due.at.strftime("%H:%M")
        owner = self._owner(task)
        if owner is not None:
            body["owner_id"] = owner
        return body

    def _owner(self, task: Task) -> int | None:
        """The Pipedrive user a task assigned to someone else goes to: the config's mapping of
        the name, else the one user whose full or first name it is (`GET /v1/users/find`)."""
        name = (task.assignee_name or "").strip()
        if not name or task.assignee_id == task.creator_id:
            return None
        mapped = (self.config.get("assignees") or {}).get(name.casefold())
        if mapped:
            return int(mapped)
        params = {"term": name, "search_by_email": 0}
        users = self._call("GET", "/v1/users/find", params=params).json().get("data") or []
        wanted = name.casefold()
        found = {
            int(u["id"])
            for u in users
            if u.get("active_flag", True)
            and wanted in (str(u.get("name") or "").casefold(), _first(u.get("name")))
        }
        return found.pop() if len(found) == 1 else None

    def _records(self, task: Task) -> tuple[dict[str, int], str | None, str]:
        """The `org_id` / `deal_id` of the records the title names, a page of the first one,
        and a name nothing matched."""
        names = record_names(task.title)
        for name in names:
            found: dict[str, int] = {}
            page: str | None = None
            for field, path, key, kind in SEARCHES:
                params = {"term": name, "fields": key, "limit": 5}
                items = (self._call("GET", path, params=params).json().get("data") or {}).get(
                    "items"
                ) or []
                hits = [(str(i["item"]["id"]), str(i["item"].get(key) or "")) for i in items]
                record = best_match(name, hits)
                if record is not None:
                    found[field] = int(record)
                    page = page or self._page(kind, record)
            if found:
                return found, page, ""
        return {}, None, names[0] if names else ""

    def _page(self, kind: str, record: str) -> str | None:
        domain = self.config.get("company_domain")
        return f"https://{domain}.pipedrive.com/{kind}/{record}" if domain else None

    def close(self, ref: ExternalRef) -> None:
        """Mark the activity done."""
        self._call("PATCH", f"{ACTIVITIES}/{ref.external_id}", json={"done": True})

    def reopen(self, ref: ExternalRef) -> None:
        """Mark the activity not done."""
        self._call("PATCH", f"{ACTIVITIES}/{ref.external_id}", json={"done": False})

    def status(self, ref: ExternalRef) -> bool | None:
        """Whether the activity is done in Pipedrive."""
        data = self._call("GET", f"{ACTIVITIES}/{ref.external_id}").json().get("data") or {}
        return bool(data.get("done"))

    def check(self) -> str:
        """The token works; remember the company for links and webhook checks."""
        me = self._call("GET", "/v1/users/me").json()["data"]
        for key in ("company_domain", "company_id"):
            if me.get(key):
                self.config[key] = str(me[key])
        return f"company “{me.get('company_name') or me.get('company_domain')}”"

    def register_webhook(self, url: str) -> dict[str, str] | None:
        """A v2 webhook for activity changes with Basic credentials FlowHub makes; none when the
        person pasted the credentials of one they added."""
        if self.secrets.get("webhook_auth"):
            return {}
        password = crypto.new_secret()
        body = {
            "subscription_url": url,
            "event_action": "change",
            "event_object": "activity",
            "name": "FlowHub",
            "http_auth_user": HOOK_USER,
            "http_auth_password": password,
            "version": "2.0",
        }
        data = self._call("POST", "/v1/webhooks", json=body).json()["data"]
        return {"hook_id": str(data["id"]), "webhook_auth": f"{HOOK_USER}:{password}"}

    def delete_webhook(self, hook_id: str) -> None:
        """Delete the webhook."""
        self._call("DELETE", f"/v1/webhooks/{hook_id}")

    def _slow_down(self, response: httpx.Response) -> float | None:
        """Pipedrive's 429: `Retry-After`, else `x-ratelimit-reset` seconds; an hour when the
        daily budget is spent (`x-daily-requests-left: 0`)."""
        if response.status_code != 429:
            return None
        headers = response.headers
        if headers.get("x-daily-requests-left") == "0":
            return 3600.0
        reset = headers.get("x-ratelimit-reset", "")
        default = float(reset) if reset.isdigit() else 2.0
        return retry_after_seconds(headers.get("Retry-After"), default)

    def verify_webhook(self, headers: Mapping[str, str], body: bytes, *, url: str = "") -> bool:
        """HTTP Basic credentials of the webhook in `Authorization`."""
        pair = self.secrets.get("webhook_auth")
        if not pair:
            return False
        expected = "Basic " + base64.b64encode(pair.encode()).decode()
        return same(expected, headers.get("authorization"))

    def parse_webhook(self, body: bytes) -> list[ExternalStatus]:
        """An activity of the connected company whose `done`, subject, due or owner changed
        (webhooks v2 or v1)."""
        data = json.loads(body)
        if not isinstance(data, dict) or not isinstance(data.get("meta"), dict):
            raise ValueError("a Pipedrive webhook body is an object with its meta")
        meta = data["meta"]
        company = str(self.config.get("company_id") or "")
        if company and meta.get("company_id") is not None and str(meta["company_id"]) != company:
            return []
        if meta.get("entity", meta.get("object")) != "activity":
            return []
        v2 = "entity" in meta
        current = data.get("data") if v2 else data.get("current")
        previous = data.get("previous")
        if not isinstance(current, dict):
            return []
        if isinstance(previous, dict):
            # v2's `previous` holds only what changed; v1's the whole activity before.
            changed = {k for k in previous if k in current and previous[k] != current[k]}
        else:
            changed = {"done"}
        done = bool(current["done"]) if "done" in current and "done" in changed else None
        edit = self._edit(current, changed)
        if done is None and edit is None:
            return []
        # v1's `meta.timestamp` is in seconds, which `event_time` would read as milliseconds.
        at = event_time(current.get("update_time")) or (
            event_time(meta.get("timestamp")) if v2 else None
        )
        activity = current.get("id", meta.get("entity_id"))
        return [ExternalStatus(str(activity), done, at, edit=edit)]

    def _edit(self, current: Mapping[str, Any], changed: set[str]) -> ExternalEdit | None:
        """The subject, due date and time (UTC) and mapped owner that changed; else None."""
        owner_key = "owner_id" if "owner_id" in current else "user_id"
        if not {"subject", "due_date", "due_time", owner_key} & changed:
            return None
        due: date | datetime | None = None
        day = current.get("due_date")
        if ("due_date" in changed or "due_time" in changed) and day:
            due = date.fromisoformat(str(day)[:10])
            clock = str(current.get("due_time") or "")
            if len(clock) >= 5 and clock[:2].isdigit() and clock[3:5].isdigit():
                due = datetime.combine(due, time(int(clock[:2]), int(clock[3:5])), UTC)
        return ExternalEdit(
            title=str(current["subject"]) if "subject" in changed and current["subject"] else None,
            due=due,
            due_removed="due_date" in changed and not day,
            assignee=self.assignee_named(current.get(owner_key)) if owner_key in changed else None,
        )

    def webhook_delivery(self, headers: Mapping[str, str], body: bytes) -> str | None:
        """A v2 delivery's `meta.id`."""
        meta = json.loads(body).get("meta") or {}
        return str(meta["id"]) if "entity" in meta and meta.get("id") else None


def _first(name: object) -> str:
    return str(name or "").casefold().split(" ", 1)[0]
