"""HubSpot: CRM v3 tasks, linked to the company, deal or contact the task names.

A private app's access token (scopes `crm.objects.contacts.read/write`, `crm.objects.companies
.read`, `crm.objects.deals.read`, `crm.objects.owners.read`) is enough. Done is
`hs_task_status: COMPLETED`, reopened `NOT_STARTED`; title, due time (`hs_timestamp`), priority
and owner follow FlowHub's edits. A task naming a record ("follow up with ACME Corp") is
associated with the company, deal or contact of that name found through the search API; when
none is, it goes in unlinked and `ExternalRef.unmatched` says which name was not found.

Inbound: HubSpot sends webhooks only through an app the person sets up (`hook_steps`); each
request is signed in `X-HubSpot-Signature-v3` (base64 HMAC-SHA256, under the app's client
secret, of method, URL, body and `X-HubSpot-Request-Timestamp`), refused after five minutes.
Each event is one property: the status is done or reopened, and a new subject, due time,
priority or (mapped) owner comes back as an edit, one per task and delivery.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import unquote

import httpx

from flowhub.integrations.base import (
    BadTarget,
    ExternalEdit,
    ExternalRef,
    ExternalStatus,
    Integration,
    SetupField,
    due_of,
    event_time,
    hmac_digest,
    retry_after_seconds,
    same,
    task_notes,
)
from flowhub.integrations.records import best_match, record_names
from flowhub.storage import Task

TASKS = "/crm/v3/objects/tasks"
PRIORITY = {"urgent": "HIGH", "high": "HIGH", "normal": "NONE", "low": "LOW"}
# The FlowHub words each HubSpot priority stands for; HIGH is both high and urgent.
_LEVELS = {"HIGH": ("high", "urgent"), "MEDIUM": ("normal",), "NONE": ("normal",), "LOW": ("low",)}
# The task properties a webhook subscription may follow back.
_FOLLOWED = frozenset(
    ["hs_task_status", "hs_task_subject", "hs_timestamp", "hs_task_priority", "hubspot_owner_id"]
)
TASK_TYPE = "0-27"
# Where each record kind is searched, the property that names it, and HubSpot's default
# task-to-record association type.
SEARCHES = (
    ("company", "/crm/v3/objects/companies/search", ("name",), 192),
    ("deal", "/crm/v3/objects/deals/search", ("dealname",), 216),
    ("contact", "/crm/v3/objects/contacts/search", ("firstname", "lastname"), 204),
)
SIGNATURE_MAX_AGE_MS = 5 * 60 * 1000


class HubSpot(Integration):
    """Tasks in a HubSpot account, associated with the record they name."""

    kind = "hubspot"
    title = "HubSpot"
    api_url = "https://api.hubapi.com"
    round_trip = True
    webhook_header = "x-hubspot-signature-v3"
    setup = (
        SetupField("token", "a private app access token", secret=True),
        SetupField("webhook_secret", "the app's client secret", True, True),
    )
    help = (
        "In HubSpot: Settings → Integrations → Private Apps → Create a private app, with the "
        "scopes crm.objects.contacts.read and .write, crm.objects.companies.read, "
        "crm.objects.deals.read and crm.objects.owners.read; paste its access token. Its "
        "client secret (Auth tab) lets “done” in HubSpot come back here."
    )
    hook_steps = (
        "in your private app (Settings → Integrations → Private Apps → your app → Webhooks), "
        "set the target URL to {url} and create subscriptions for Tasks on the property "
        "changes of “hs_task_status” (and, for edits, “hs_task_subject”, “hs_timestamp” and "
        "“hs_task_priority”), then activate them. If you did not paste the app's client "
        "secret (Auth tab), say “connect hubspot” again with it as the 2nd value."
    )

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Create the task (associated with the record it names), or update its fields."""
        properties = self._properties(task)
        if ref is not None:
            self._call("PATCH", f"{TASKS}/{ref.external_id}", json={"properties": properties})
            return ref
        properties["hs_task_status"] = "NOT_STARTED"
        properties["hs_task_type"] = "TODO"
        associations, unmatched = self._associations(task)
        body = {"properties": properties, "associations": associations}
        data = self._call("POST", TASKS, json=body).json()
        return ExternalRef(str(data["id"]), self._task_url(str(data["id"])), unmatched=unmatched)

    def find(self, task: Task) -> ExternalRef | None:
        """A task an earlier, unrecorded push created: same subject, and this task's id in its
        body (`task_notes` writes it)."""
        subject = {"propertyName": "hs_task_subject", "operator": "EQ", "value": task.title}
        body = {
            "filterGroups": [{"filters": [subject]}],
            "sorts": [],
            "properties": ["hs_task_subject", "hs_task_body"],
            "limit": 10,
            "after": "0",
        }
        results = self._call("POST", f"{TASKS}/search", json=body).json().get("results") or []
        mark = f"(task {task.id})"
        for found in results:
            if mark in str((found.get("properties") or {}).get("hs_task_body") or ""):
                return ExternalRef(str(found["id"]), self._task_url(str(found["id"])))
        return None

    def _properties(self, task: Task) -> dict[str, str]:
        due = due_of(task)
        # HubSpot requires a due time; a task without one is due when it was made.
        at = due.at if due is not None else task.created_at
        properties = {
            "hs_task_subject": task.title,
            "hs_task_body": task_notes(task),
            "hs_timestamp": at.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "hs_task_priority": PRIORITY.get(task.priority, "NONE"),
        }
        # A task of one's own stays with whoever HubSpot gives it to; another's gets its owner.
        mine = not task.assignee_name or task.assignee_id == task.creator_id
        owner = None if mine else self._owner(task.assignee_name or "")
        if owner:
            properties["hubspot_owner_id"] = owner
        return properties

    def _owner(self, name: str) -> str | None:
        """The HubSpot owner whose full or first name is the assignee's, when just one is."""
        wanted = name.casefold().strip()
        if not wanted:
            return None
        owners = self._call("GET", "/crm/v3/owners", params={"limit": 100}).json()
        found = {
            str(o["id"])
            for o in owners.get("results") or []
            if wanted
            in (
                f"{o.get('firstName') or ''} {o.get('lastName') or ''}".casefold().strip(),
                (o.get("firstName") or "").casefold(),
            )
        }
        return found.pop() if len(found) == 1 else None

    def _associations(self, task: Task) -> tuple[list[dict[str, Any]], str]:
        """The associations to the records the title names, and a name nothing matched."""
        names = record_names(task.title)
        for name in names:
            found = []
            for _, path, props, type_id in SEARCHES:
                record = self._search(path, props, name)
                if record is not None:
                    spec = {"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": type_id}
                    found.append({"to": {"id": record}, "types": [spec]})
            if found:
                return found, ""
        return [], names[0] if names else ""

    def _search(self, path: str, props: tuple[str, ...], name: str) -> str | None:
        body = {
            "query": name,
            "filterGroups": [],
            "sorts": [],
            "properties": list(props),
            "limit": 5,
            "after": "0",
        }
        results = self._call("POST", path, json=body).json().get("results") or []
        hits = [
            (str(r["id"]), " ".join(str((r.get("properties") or {}).get(p) or "") for p in props))
            for r in results
        ]
        return best_match(name, hits)

    def _task_url(self, task_id: str) -> str | None:
        portal = self.config.get("portal_id")
        domain = self.config.get("ui_domain") or "app.hubspot.com"
        return f"https://{domain}/tasks/{portal}/view/all/task/{task_id}" if portal else None

    def close(self, ref: ExternalRef) -> None:
        """Mark the task completed."""
        body = {"properties": {"hs_task_status": "COMPLETED"}}
        self._call("PATCH", f"{TASKS}/{ref.external_id}", json=body)

    def reopen(self, ref: ExternalRef) -> None:
        """Mark the task not started."""
        body = {"properties": {"hs_task_status": "NOT_STARTED"}}
        self._call("PATCH", f"{TASKS}/{ref.external_id}", json=body)

    def status(self, ref: ExternalRef) -> bool | None:
        """Whether the task is completed in HubSpot."""
        params = {"properties": "hs_task_status"}
        data = self._call("GET", f"{TASKS}/{ref.external_id}", params=params).json()
        return (data.get("properties") or {}).get("hs_task_status") == "COMPLETED"

    def check(self) -> str:
        """The token works and may read tasks; remember the account's id for links."""
        self._call("GET", TASKS, params={"limit": 1, "properties": "hs_task_status"})
        try:
            data = self._call("GET", "/account-info/v3/details").json()
        except BadTarget:  # the account's details are only for links and webhook checks
            return "your account"
        self.config["portal_id"] = str(data["portalId"])
        if data.get("uiDomain"):
            self.config["ui_domain"] = str(data["uiDomain"])
        return f"account {data['portalId']}"

    def _slow_down(self, response: httpx.Response) -> float | None:
        """HubSpot's 429: the daily limit waits an hour, a burst waits out its interval."""
        if response.status_code != 429:
            return None
        headers = response.headers
        if headers.get("Retry-After"):
            return retry_after_seconds(headers["Retry-After"], 10.0)
        if headers.get("X-HubSpot-RateLimit-Daily-Remaining") == "0":
            return 3600.0
        if headers.get("X-HubSpot-RateLimit-Secondly-Remaining") == "0":
            return 1.0
        interval = headers.get("X-HubSpot-RateLimit-Interval-Milliseconds", "")
        return int(interval) / 1000 if interval.isdigit() else 10.0

    def verify_webhook(self, headers: Mapping[str, str], body: bytes, *, url: str = "") -> bool:
        """The v3 signature under the app's client secret, made less than five minutes ago."""
        secret = self.secrets.get("webhook_secret")
        stamp = headers.get("x-hubspot-request-timestamp", "")
        if not secret or not stamp.isdigit():
            return False
        if abs(time.time() * 1000 - int(stamp)) > SIGNATURE_MAX_AGE_MS:
            return False
        signed = b"POST" + unquote(url).encode() + body + stamp.encode()
        expected = base64.b64encode(hmac_digest(secret, signed)).decode()
        return same(expected, headers.get("x-hubspot-signature-v3"))

    def parse_webhook(self, body: bytes) -> list[ExternalStatus]:
        """Task property changes of the connected account, one change per task: its status,
        and its subject, due time, priority and (mapped) owner as they now are."""
        events = json.loads(body)
        if not isinstance(events, list):
            raise ValueError("a HubSpot webhook body is a list of events")
        portal = str(self.config.get("portal_id") or "")
        done: dict[str, bool] = {}
        edits: dict[str, dict[str, Any]] = {}
        stamps: dict[str, datetime | None] = {}
        for event in events:
            kind = str(event.get("subscriptionType") or "")
            name = event.get("propertyName")
            if not kind.endswith("propertyChange") or name not in _FOLLOWED:
                continue
            if kind != "task.propertyChange" and event.get("objectTypeId") != TASK_TYPE:
                continue
            if portal and str(event.get("portalId")) != portal:
                continue
            task_id, value = str(event["objectId"]), event.get("propertyValue")
            if name == "hs_task_status":
                done[task_id] = value == "COMPLETED"
            else:
                edits.setdefault(task_id, {}).update(self._field(str(name), value))
            at = event_time(event.get("occurredAt"))
            before = stamps.get(task_id)
            stamps[task_id] = max(at, before) if at and before else at or before
        return [
            ExternalStatus(
                task_id,
                done.get(task_id),
                stamps.get(task_id),
                edit=ExternalEdit(**edits[task_id]) if edits.get(task_id) else None,
            )
            for task_id in dict.fromkeys([*done, *edits])
        ]

    def _field(self, name: str, value: object) -> dict[str, Any]:
        """One changed property as `ExternalEdit` fields."""
        if name == "hs_task_subject":
            return {"title": str(value)} if value else {}
        if name == "hs_timestamp":
            at = event_time(value)
            return {"due": at} if at else {}
        if name == "hs_task_priority":
            return {"priority": _LEVELS.get(str(value), ())}
        named = self.assignee_named(value)
        return {"assignee": named} if named else {}
