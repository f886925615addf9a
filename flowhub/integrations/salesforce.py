"""Salesforce: `Task` records through the REST API, linked to the record the task names.

Connect by signing in with Salesforce (OAuth 2.0 web server flow); calls go to the org's
`instance_url` from the token answer, under `/services/data/v62.0`. A task is created with
`Subject`, `Description`, `ActivityDate` (its local day), `Priority` (High, Normal, Low) and
`Status` "Not Started"; done is "Completed", reopened "Not Started"; a task assigned to someone
else goes to the Salesforce user of that name (`OwnerId`). A task naming a record
("follow up with ACME Corp") gets `WhatId` (an Account or Opportunity of that name) or `WhoId`
(a Contact, else a Lead), found with SOQL; when none is, it goes in unlinked and
`ExternalRef.unmatched` says which name was not found.

Inbound: Salesforce sends changes only through an outbound message the person sets up
(`hook_steps`). Outbound messages carry no signature: FlowHub accepts one sent to the URL with
the key it chose for the connection (`hook_key`) whose `OrganizationId` is the connected org's,
and then reads each named task back through the API (`fetch`), so a message can only ever make
FlowHub look. Salesforce resends a message until it
gets its SOAP acknowledgement (`webhook_ack`).

Limits: an org over its API request limit answers 403 `REQUEST_LIMIT_EXCEEDED`; FlowHub waits
an hour when `Sforce-Limit-Info` shows the daily allocation spent, a minute otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.etree import ElementTree

import httpx

from flowhub.integrations.base import (
    BadTarget,
    ExternalEdit,
    ExternalRef,
    ExternalStatus,
    Integration,
    due_of,
    event_time,
    same,
    task_notes,
)
from flowhub.integrations.records import best_match, record_names
from flowhub.storage import Task

API = "/services/data/v62.0"
TASKS = f"{API}/sobjects/Task"
PRIORITY = {"urgent": "High", "high": "High", "normal": "Normal", "low": "Low"}
_LEVELS = {"High": ("high", "urgent"), "Normal": ("normal",), "Low": ("low",)}
# (the Task field, the object searched), in the order a name is looked up.
SEARCHES = (
    ("WhatId", "Account"),
    ("WhatId", "Opportunity"),
    ("WhoId", "Contact"),
    ("WhoId", "Lead"),
)
_READ = "Subject,Status,IsClosed,ActivityDate,Priority,OwnerId,LastModifiedDate"
_OUTBOUND = "{http://soap.sforce.com/2005/09/outbound}"
_SUBJECT_MAX = 255
_LIMIT_INFO = re.compile(r"api-usage=(\d+)/(\d+)")
ACK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">'
    '<soapenv:Body><notificationsResponse xmlns="http://soap.sforce.com/2005/09/outbound">'
    "<Ack>true</Ack></notificationsResponse></soapenv:Body></soapenv:Envelope>"
)


class Salesforce(Integration):
    """Task records in a Salesforce org, related to the record they name."""

    kind = "salesforce"
    title = "Salesforce"
    api_url = "https://login.salesforce.com"
    oauth = "salesforce"
    round_trip = True
    # Outbound messages are signed by nothing (their SOAPAction is ""): `verify_webhook` checks
    # the key in the URL and the org they come from, and every task they name is read back.
    webhook_header = ""
    hook_key = True
    webhook_ack = ACK
    help = "Sign in with Salesforce with the link I send, and allow FlowHub to manage your data."
    hook_steps = (
        "in Salesforce Setup → Outbound Messages → New Outbound Message: object Task, "
        "endpoint URL {url}, fields Id and Status; save. Then Setup → Flows → New Flow → "
        "Record-Triggered Flow on Task, run “A record is updated”, add the action Outbound "
        "Message → the one you made, and activate the flow."
    )

    def _default_url(self) -> str:
        return self.secrets.get("instance_url") or self.api_url

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Create the task (related to the record it names), or update its fields."""
        body = self._fields(task)
        if ref is not None:
            self._call("PATCH", f"{TASKS}/{ref.external_id}", json=body)
            return ref
        links, unmatched = self._records(task)
        body = {k: v for k, v in body.items() if v is not None} | links
        body["Status"] = "Not Started"
        data = self._call("POST", TASKS, json=body).json()
        return ExternalRef(str(data["id"]), self._page(str(data["id"])), unmatched=unmatched)

    def find(self, task: Task) -> ExternalRef | None:
        """A task an earlier, unrecorded push created: its subject, and this task's id in its
        description (`task_notes` writes it)."""
        subject = _quoted(task.title[:_SUBJECT_MAX])
        soql = f"SELECT Id, Description FROM Task WHERE Subject = '{subject}' LIMIT 10"
        mark = f"(task {task.id})"
        for record in self._query(soql):
            if mark in str(record.get("Description") or ""):
                return ExternalRef(str(record["Id"]), self._page(str(record["Id"])))
        return None

    def _fields(self, task: Task) -> dict[str, Any]:
        due = due_of(task)
        fields = {
            "Subject": task.title[:_SUBJECT_MAX],
            "Description": task_notes(task),
            "ActivityDate": due.day.isoformat() if due is not None else None,
            "Priority": PRIORITY.get(task.priority, "Normal"),
        }
        owner = self._owner(task)
        return fields | {"OwnerId": owner} if owner else fields

    def _owner(self, task: Task) -> str | None:
        """The Salesforce user a task assigned to someone else goes to: the config's mapping of
        the name, else the one active user whose full or first name it is."""
        name = (task.assignee_name or "").strip()
        if not name or task.assignee_id == task.creator_id:
            return None
        mapped = (self.config.get("assignees") or {}).get(name.casefold())
        if mapped:
            return str(mapped)
        like = _quoted(name, like=True)
        soql = (
            "SELECT Id, Name, FirstName FROM User "
            f"WHERE IsActive = true AND Name LIKE '{like}%' LIMIT 10"
        )
        wanted = name.casefold()
        found = {
            str(u["Id"])
            for u in self._query(soql)
            if wanted
            in (str(u.get("Name") or "").casefold(), str(u.get("FirstName") or "").casefold())
        }
        return found.pop() if len(found) == 1 else None

    def _records(self, task: Task) -> tuple[dict[str, str], str]:
        """`WhatId` / `WhoId` of the record the title names, and a name nothing matched."""
        names = record_names(task.title)
        for name in names:
            found: dict[str, str] = {}
            for field, sobject in SEARCHES:
                if field in found:
                    continue
                record = self._search(sobject, name)
                if record is not None:
                    found[field] = record
                    if sobject == "Lead":
                        found.pop("WhatId", None)  # a task about a lead relates to no record
            if found:
                return found, ""
        return {}, names[0] if names else ""

    def _search(self, sobject: str, name: str) -> str | None:
        like = _quoted(name, like=True)
        soql = f"SELECT Id, Name FROM {sobject} WHERE Name LIKE '%{like}%' LIMIT 5"
        hits = [(str(r["Id"]), str(r.get("Name") or "")) for r in self._query(soql)]
        return best_match(name, hits)

    def _query(self, soql: str) -> list[dict[str, Any]]:
        data = self._call("GET", f"{API}/query", params={"q": soql}).json()
        return list(data.get("records") or [])

    def _page(self, record: str) -> str | None:
        instance = self.secrets.get("instance_url")
        return f"{instance.rstrip('/')}/lightning/r/Task/{record}/view" if instance else None

    def close(self, ref: ExternalRef) -> None:
        """Mark the task completed."""
        self._call("PATCH", f"{TASKS}/{ref.external_id}", json={"Status": "Completed"})

    def reopen(self, ref: ExternalRef) -> None:
        """Mark the task not started."""
        self._call("PATCH", f"{TASKS}/{ref.external_id}", json={"Status": "Not Started"})

    def discard(self, ref: ExternalRef) -> None:
        """Delete the task of a task deleted in FlowHub (one already gone is fine)."""
        try:
            self._call("DELETE", f"{TASKS}/{ref.external_id}")
        except BadTarget as exc:
            if "(404)" not in str(exc):
                raise

    def status(self, ref: ExternalRef) -> bool | None:
        """Whether the task is closed in Salesforce."""
        found = self.fetch(ref)
        return found.done if found is not None else None

    def fetch(self, ref: ExternalRef) -> ExternalStatus | None:
        """The task as Salesforce has it: closed, subject, due date and priority."""
        path = f"{TASKS}/{ref.external_id}"
        data = self._call("GET", path, params={"fields": _READ}).json()
        day = data.get("ActivityDate")
        edit = ExternalEdit(
            title=str(data["Subject"]) if data.get("Subject") else None,
            due=date.fromisoformat(str(day)[:10]) if day else None,
            due_removed="ActivityDate" in data and not day,
            priority=_LEVELS.get(str(data.get("Priority")), ()),
            assignee=self.assignee_named(data.get("OwnerId")),
        )
        done = bool(data.get("IsClosed")) or data.get("Status") == "Completed"
        return ExternalStatus(ref.external_id, done, event_time(data.get("LastModifiedDate")), edit)

    def check(self) -> str:
        """The token works; remember the org's id, which its outbound messages carry (from the
        Organization record, else from the sign-in's identity URL, `.../id/<org>/<user>`)."""
        soql = "SELECT Id, Name FROM Organization LIMIT 1"
        try:
            rows = self._query(soql)
        except BadTarget:  # a user who may not read the Organization record
            rows = []
        identity = str(self.secrets.get("identity_url") or "").rstrip("/").split("/")
        known = identity[-2] if len(identity) >= 3 and identity[-3] == "id" else ""
        org = rows[0] if rows else {"Id": known, "Name": ""}
        if org.get("Id"):
            self.config["org_id"] = str(org["Id"])
        return f"org “{org.get('Name') or org.get('Id') or 'Salesforce'}”"

    def _detail(self, response: httpx.Response) -> str:
        """Salesforce answers errors as a list of {message, errorCode}."""
        try:
            data = response.json()
        except ValueError:
            return response.reason_phrase or "no reason given"
        if isinstance(data, list) and data and isinstance(data[0], dict):
            first = data[0]
            return f"{first.get('errorCode', '')}: {first.get('message', '')}"[:200]
        return super()._detail(response)

    def _slow_down(self, response: httpx.Response) -> float | None:
        """403 `REQUEST_LIMIT_EXCEEDED`: an hour when the day's API requests are spent
        (`Sforce-Limit-Info: api-usage=N/N`), a minute for the concurrent-request limit."""
        if response.status_code == 429:
            return super()._slow_down(response)
        if response.status_code != 403 or "REQUEST_LIMIT_EXCEEDED" not in response.text:
            return None
        usage = _LIMIT_INFO.search(response.headers.get("Sforce-Limit-Info", ""))
        if usage is not None and int(usage.group(1)) >= int(usage.group(2)):
            return 3600.0
        return 60.0

    def verify_webhook(self, headers: Mapping[str, str], body: bytes, *, url: str = "") -> bool:
        """An outbound message from the connected org (its `OrganizationId`) to the URL with the
        key FlowHub put in it (a connection made before there was a key: the org alone)."""
        org = str(self.config.get("org_id") or "")
        key = self.secrets.get("webhook_secret")
        if key and not same(key, parse_qs(urlsplit(url).query).get("key", [""])[0]):
            return False
        try:
            found = _notifications(body).findtext(f"{_OUTBOUND}OrganizationId") or ""
        except ValueError:
            return False
        return bool(org) and found[:15] == org[:15]

    def parse_webhook(self, body: bytes) -> list[ExternalStatus]:
        """The tasks an outbound message names; each is read back before anything changes."""
        ids = []
        for note in _notifications(body).iter(f"{_OUTBOUND}Notification"):
            sobject = note.find(f"{_OUTBOUND}sObject")
            fields = list(sobject) if sobject is not None else []
            record = next((c.text for c in fields if c.tag.endswith("}Id")), None)
            if record:
                ids.append(record.strip())
        return [ExternalStatus(record, None) for record in dict.fromkeys(ids)]

    def webhook_delivery(self, headers: Mapping[str, str], body: bytes) -> str | None:
        """The ids of the message's notifications (the same on every resend)."""
        found = [n.text or "" for n in _notifications(body).iter(f"{_OUTBOUND}Id")]
        return ",".join(found) or None


def _quoted(text: str, *, like: bool = False) -> str:
    """`text` inside a SOQL string literal (and, for LIKE, with its wildcards taken literally)."""
    text = text.replace("\\", "\\\\").replace("'", "\\'")
    return text.replace("%", "\\%").replace("_", "\\_") if like else text


def _notifications(body: bytes) -> ElementTree.Element:
    """The `notifications` element of an outbound message; `ValueError` for anything else."""
    if b"<!DOCTYPE" in body.upper() or b"<!ENTITY" in body.upper():
        raise ValueError("an outbound message has no document type")  # no entity expansion
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as exc:
        raise ValueError(f"not an outbound message: {exc}") from exc
    found = root.find(f".//{_OUTBOUND}notifications")
    if found is None:
        raise ValueError("not an outbound message: no notifications")
    return found
