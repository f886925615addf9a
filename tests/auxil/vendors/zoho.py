"""Zoho CRM API v8: Tasks records, the accounts, deals and contacts they link to (search API),
the org, and notification channels (`actions/watch`)."""

from __future__ import annotations

import re
from typing import Any

from tests.auxil.vendors.common import TOKENS, Answer, Call, Reject, Store, auth, found
from tests.contracts.samples import component

API = "/crm/v8"
ORG_ID = "20071234567"
API_DOMAIN = "https://www.zohoapis.eu"
ACCOUNTS_SERVER = "https://accounts.zoho.eu"
STAMP = "2026-01-05T09:00:00+00:00"
STATUSES = {"Not Started", "Deferred", "In Progress", "Completed", "Waiting for input"}
PRIORITIES = {"Highest", "High", "Normal", "Low", "Lowest"}
# Records a task can link to: module -> (the field naming them, {id: name}).
RECORDS: dict[str, tuple[str, dict[str, str]]] = {
    "Accounts": (
        "Account_Name",
        {"4876876000000333001": "ACME Corp", "4876876000000333002": "Globex"},
    ),
    "Deals": ("Deal_Name", {"4876876000000444001": "Initech renewal"}),
    "Contacts": ("Full_Name", {"4876876000000555001": "Jane Doe"}),
}
USERS = {"4876876000000111001": ("Ana Silva", "Ana"), "4876876000000111002": ("Sam Lee", "Sam")}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as Zoho CRM would."""
    auth(call, "authorization", f"Zoho-oauthtoken {TOKENS['zoho']}")
    tasks = fake.items["zoho"]
    if call.method == "GET" and call.path == f"{API}/org":
        org = component(
            "zoho", "org.Org", id=ORG_ID, company_name="Acme Sales", domain_name="org20071234567"
        )
        return 200, {"org": [org]}, {}
    if call.method == "GET" and call.path == f"{API}/users":
        users = [
            {"id": i, "full_name": name, "first_name": first, "status": "active"}
            for i, (name, first) in USERS.items()
        ]
        info = {"per_page": 200, "count": len(users), "page": 1, "more_records": False}
        return 200, {"users": users, "info": info}, {}
    if call.path == f"{API}/actions/watch":
        return _watch(fake, call)
    if call.method == "GET" and (m := re.fullmatch(rf"{API}/(\w+)/search", call.path)):
        return _search(tasks, m.group(1), call.query)
    if call.method == "POST" and call.path == f"{API}/Tasks":
        (record,) = _records(call.json)
        task_id = f"48768760000{int(fake.new_id()):08d}"
        tasks[task_id] = _checked(record, new=True)
        return 201, _written(task_id, "record added"), {}
    if m := re.fullmatch(rf"{API}/Tasks/(\d+)", call.path):
        task = found(tasks, m.group(1))
        if call.method == "PUT":
            (record,) = _records(call.json)
            task.update(_checked(record, new=False))
            return 200, _written(m.group(1), "record updated"), {}
        if call.method == "GET":
            return 200, {"data": [{"id": m.group(1), "Modified_Time": STAMP, **task}]}, {}
        if call.method == "DELETE":
            del tasks[m.group(1)]
            return 200, _written(m.group(1), "record deleted"), {}
    raise Reject(f"not a Zoho CRM endpoint: {call.method} {call.path}", 404)


def _records(body: Any) -> list[dict[str, Any]]:
    if not isinstance(body, dict) or not isinstance(body.get("data"), list):
        raise Reject("MANDATORY_NOT_FOUND: data")
    return list(body["data"])


def _checked(record: dict[str, Any], *, new: bool) -> dict[str, Any]:
    """A Tasks record as Zoho validates it: picklist values, a date, lookups that exist."""
    if new and not record.get("Subject"):
        raise Reject("MANDATORY_NOT_FOUND: Subject")
    if "Status" in record and record["Status"] not in STATUSES:
        raise Reject(f"INVALID_DATA: Status {record['Status']!r}")
    if "Priority" in record and record["Priority"] not in PRIORITIES:
        raise Reject(f"INVALID_DATA: Priority {record['Priority']!r}")
    if record.get("Due_Date") is not None and not _DATE.fullmatch(str(record["Due_Date"])):
        raise Reject(f"INVALID_DATA: Due_Date {record['Due_Date']!r}")
    what, module = record.get("What_Id"), record.get("$se_module")
    if what is not None:
        if module not in ("Accounts", "Deals") or what.get("id") not in RECORDS[module][1]:
            raise Reject(f"INVALID_DATA: What_Id {what} in {module}")
    elif module is not None:
        raise Reject("INVALID_DATA: $se_module without What_Id")
    owner = record.get("Owner")
    if owner is not None and owner.get("id") not in USERS:
        raise Reject(f"INVALID_DATA: Owner {owner}")
    who = record.get("Who_Id")
    if who is not None and who.get("id") not in RECORDS["Contacts"][1]:
        raise Reject(f"INVALID_DATA: Who_Id {who}")
    return record


def _written(task_id: str, message: str) -> dict[str, Any]:
    details = {"id": task_id, "Modified_Time": STAMP, "Created_Time": STAMP}
    entry = {"code": "SUCCESS", "details": details, "message": message, "status": "success"}
    return {"data": [entry]}


def _search(tasks: dict[str, dict[str, Any]], module: str, query: dict[str, str]) -> Answer:
    """Zoho's search: `word` in a record's name, or `criteria` (Subject:equals:...) for Tasks;
    204 and no body when nothing is found."""
    if module == "Tasks":
        m = re.fullmatch(r"\(Subject:equals:(.*)\)", query.get("criteria", ""))
        if m is None:
            raise Reject("INVALID_QUERY: criteria")
        subject = re.sub(r"\\(.)", r"\1", m.group(1))
        hits = [
            {"id": i, "Description": t.get("Description")}
            for i, t in tasks.items()
            if t.get("Subject") == subject
        ]
    elif module in RECORDS:
        word = query.get("word", "")
        if len(word) < 2:
            raise Reject("INVALID_QUERY: word")
        key, records = RECORDS[module]
        hits = [
            {"id": i, key: name}
            for i, name in records.items()
            if word.casefold() in name.casefold()
        ]
    else:
        raise Reject(f"INVALID_MODULE: {module}")
    if not hits:
        return 204, None, {}
    info = {"per_page": 5, "count": len(hits), "page": 1, "more_records": False}
    return 200, {"data": hits, "info": info}, {}


def _watch(fake: Store, call: Call) -> Answer:
    channels = fake.items["zoho_channels"]
    if call.method == "DELETE":
        for channel in call.query.get("channel_ids", "").split(","):
            found(channels, channel)
            del channels[channel]
        return (
            200,
            {
                "watch": [
                    _watched(
                        call.query["channel_ids"], "Successfully un-subscribed from actions-watch"
                    )
                ]
            },
            {},
        )
    body = call.json or {}
    (watch,) = body.get("watch") or [{}]
    if not str(watch.get("notify_url", "")).startswith("https://"):
        raise Reject("INVALID_DATA: notify_url")
    if len(str(watch.get("token", ""))) > 50:
        raise Reject("INVALID_DATA: token is at most 50 characters")
    # Subscribing a channel again (the same id) is how Zoho extends one.
    channel = str(watch["channel_id"])
    channels[channel] = dict(watch)
    said = "Successfully subscribed for actions-watch of the given module"
    return 201, {"watch": [_watched(channel, said, watch)]}, {}


def _watched(channel: str, message: str, watch: dict[str, Any] | None = None) -> dict[str, Any]:
    events = [
        {
            "channel_expiry": (watch or {}).get("channel_expiry"),
            "resource_uri": f"{API_DOMAIN}{API}/Tasks",
            "resource_id": "4876876000000002181",
            "resource_name": "Tasks",
            "channel_id": channel,
            "notification_condition": [],
        }
    ]
    return {
        "code": "SUCCESS",
        "details": {"events": events},
        "message": message,
        "status": "success",
    }


def notification(
    channel: str, token: str, task_ids: list[str], *, operation: str = "update"
) -> dict[str, Any]:
    """A notification as Zoho sends one to a channel's URL."""
    return {
        "server_time": 1767603600000,
        "query_params": {},
        "module": "Tasks",
        "resource_uri": f"{API_DOMAIN}{API}/Tasks",
        "ids": task_ids,
        "affected_fields": [{task_ids[0]: ["Status"]}] if task_ids else [],
        "operation": operation,
        "channel_id": int(channel),
        "token": token,
    }


def token_extra(provider: str) -> dict[str, str]:
    """What Zoho's token answer adds: the API domain of the account's data centre."""
    return {"api_domain": API_DOMAIN} if provider == "zoho" else {}
