"""HubSpot CRM v3: tasks, the records they are associated with, owners and the account."""

from __future__ import annotations

import re
from typing import Any

from tests.auxil.vendors.common import TOKENS, Answer, Call, Reject, Store, auth, found, need
from tests.contracts.samples import answer

PORTAL_ID = 4400123
STATUSES = ("NOT_STARTED", "IN_PROGRESS", "WAITING", "COMPLETED", "DEFERRED")
PRIORITIES = ("LOW", "MEDIUM", "HIGH", "NONE")
# The records the account holds: kind -> id -> properties.
RECORDS: dict[str, dict[str, dict[str, str]]] = {
    "companies": {"9001": {"name": "ACME Corp"}, "9002": {"name": "Globex"}},
    "deals": {"9101": {"dealname": "Initech renewal"}},
    "contacts": {"9201": {"firstname": "Priya", "lastname": "Nair"}},
}
# HubSpot's default task-to-record association types, by the record kind they point at.
ASSOCIATION_TYPES = {192: "companies", 216: "deals", 204: "contacts"}
OWNERS = [{"id": "501", "firstName": "Sam", "lastName": "Lee", "email": "sam@acme.test"}]
STAMP = "2026-01-05T09:00:00.000Z"
# GET /account-info/v3/details as HubSpot's reference shows it (the SDK has no model for it).
ACCOUNT = {
    "portalId": PORTAL_ID,
    "accountType": "STANDARD",
    "timeZone": "Europe/Berlin",
    "companyCurrency": "EUR",
    "additionalCurrencies": [],
    "utcOffset": "+01:00",
    "utcOffsetMilliseconds": 3600000,
    "uiDomain": "app.hubspot.com",
    "dataHostingLocation": "eu1",
}


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as the vendor would."""
    auth(call, "authorization", f"Bearer {TOKENS['hubspot']}")
    tasks = fake.items["hubspot"]
    if call.method == "GET" and call.path == "/account-info/v3/details":
        return 200, ACCOUNT, {}
    if call.method == "GET" and call.path == "/crm/v3/owners":
        results = [_owner(o) for o in OWNERS]
        return 200, answer("hubspot", "GET", call.path, 200, results=results), {}
    if m := re.fullmatch(r"/crm/v3/objects/(companies|deals|contacts)/search", call.path):
        return 200, _search(m.group(1), call), {}
    if call.method == "POST" and call.path == "/crm/v3/objects/tasks/search":
        return 200, _task_search(tasks, call), {}
    if call.path == "/crm/v3/objects/tasks":
        if call.method == "GET":
            results = [_task(k, v) for k, v in tasks.items()][: int(call.query.get("limit", 10))]
            return 200, answer("hubspot", "GET", call.path, 200, results=results), {}
        return _create(fake, call)
    if m := re.fullmatch(r"/crm/v3/objects/tasks/(\d+)", call.path):
        task = found(tasks, m.group(1))
        if call.method == "PATCH":
            task["properties"].update(_checked(need(call.json, "properties", dict)))
            task["updatedAt"] = STAMP
        return 200, _task(m.group(1), task), {}
    raise Reject(f"not a HubSpot endpoint: {call.method} {call.path}", 404)


def _create(fake: Store, call: Call) -> Answer:
    properties = _checked(need(call.json, "properties", dict))
    if not properties.get("hs_timestamp"):
        raise Reject("hs_timestamp: a task needs its due date")
    links: list[tuple[str, str]] = []
    for association in need(call.json, "associations", list):
        to = str(need(association, "to", dict).get("id"))
        for spec in need(association, "types", list):
            kind = ASSOCIATION_TYPES.get(spec.get("associationTypeId"))
            if spec.get("associationCategory") != "HUBSPOT_DEFINED" or kind is None:
                raise Reject(f"no such association type {spec}")
            if to not in RECORDS[kind]:
                raise Reject(f"no {kind} record {to} to associate with")
            links.append((kind, to))
    task_id = f"7700{fake.new_id()}"
    fake.items["hubspot"][task_id] = {"properties": properties, "associations": links}
    return 201, _task(task_id, fake.items["hubspot"][task_id]), {}


def _checked(properties: dict[str, Any]) -> dict[str, Any]:
    """Task properties as HubSpot validates them: known enum values, an owner that exists."""
    if properties.get("hs_task_status", "NOT_STARTED") not in STATUSES:
        raise Reject(f"hs_task_status: {properties['hs_task_status']!r} is not a valid option")
    if properties.get("hs_task_priority", "NONE") not in PRIORITIES:
        raise Reject(f"hs_task_priority: {properties['hs_task_priority']!r} is not valid")
    owner = properties.get("hubspot_owner_id")
    if owner and owner not in {o["id"] for o in OWNERS}:
        raise Reject(f"hubspot_owner_id: {owner} is not an owner")
    return properties


def _task(task_id: str, task: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": task_id,
        "properties": dict(task["properties"], hs_object_id=task_id),
        "createdAt": STAMP,
        "updatedAt": task.get("updatedAt", STAMP),
        "archived": False,
    }


def _owner(owner: dict[str, str]) -> dict[str, Any]:
    return dict(owner, type="PERSON", archived=False, createdAt=STAMP, updatedAt=STAMP)


def _search(kind: str, call: Call) -> dict[str, Any]:
    """HubSpot's default search: every word of the query starts a word of the record."""
    query = str(need(call.json, "query", str)).casefold().split()
    results = []
    for record_id, properties in RECORDS[kind].items():
        words = " ".join(properties.values()).casefold().split()
        if query and all(any(w.startswith(q) for w in words) for q in query):
            results.append(_task(record_id, {"properties": properties}))
    return {"total": len(results), "results": results}


def _task_search(tasks: dict[str, dict[str, Any]], call: Call) -> dict[str, Any]:
    """Tasks matching every filter of any filter group (only EQ is used by FlowHub)."""
    groups = need(call.json, "filterGroups", list)
    results = []
    for task_id, task in tasks.items():
        properties = task["properties"]
        for group in groups:
            filters = need(group, "filters", list)
            if any(f.get("operator") != "EQ" for f in filters):
                raise Reject("the fake knows only EQ filters")
            if all(properties.get(f["propertyName"]) == f.get("value") for f in filters):
                results.append(_task(task_id, task))
                break
    return {"total": len(results), "results": results}
