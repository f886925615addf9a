"""Pipedrive: activities (API v2), the organisations and deals they link to, the current user
and webhooks (API v1)."""

from __future__ import annotations

import re
from typing import Any

from tests.auxil.vendors.common import TOKENS, Answer, Call, Reject, Store, auth, found, need

COMPANY_ID = 7700
COMPANY_DOMAIN = "acme-sales"
USER_ID = 12
# Only this token's owner is an admin, who may add webhooks.
ADMIN_TOKEN = "pipedrive-admin-token-0123456789"
ORGANIZATIONS = {5: "ACME Corp", 6: "Globex"}
USERS = [
    {"id": USER_ID, "name": "Ana Silva", "active_flag": True},
    {"id": 14, "name": "Sam Lee", "active_flag": True},
]
DEALS = {41: "Initech renewal"}
STAMP = "2026-01-05T09:00:00Z"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as the vendor would."""
    token = call.headers.get("x-api-token")
    if call.headers.get("authorization", "").startswith("Bearer "):  # signed in with OAuth
        auth(call, "authorization", f"Bearer {TOKENS['pipedrive']}")
    elif token != ADMIN_TOKEN:
        auth(call, "x-api-token", TOKENS["pipedrive"])
    activities = fake.items["pipedrive"]
    if call.method == "GET" and call.path == "/v1/users/find":
        term = call.query.get("term", "").casefold()
        matched = [u for u in USERS if term and term in u["name"].casefold()]
        return 200, {"success": True, "data": matched}, {}
    if call.method == "GET" and call.path == "/v1/users/me":
        return 200, {"success": True, "data": _me()}, {}
    if call.method == "GET" and call.path in (
        "/api/v2/organizations/search",
        "/api/v2/deals/search",
    ):
        return 200, _search(call), {}
    if call.path == "/api/v2/activities" and call.method == "GET":
        since = call.query.get("updated_since", "")
        if since and not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", since):
            raise Reject(f"updated_since: {since!r} is not RFC 3339")
        # The fake keeps no clock: every activity counts as changed since then.
        listed = [_activity(a) for a in activities.values()]
        return 200, {"success": True, "data": listed, "additional_data": {}}, {}
    if call.path == "/api/v2/activities" and call.method == "POST":
        body = _checked(call.json)
        if body.get("type") != "task":
            raise Reject("type: FlowHub's activities are tasks")
        activity_id = int(fake.new_id())
        activities[str(activity_id)] = dict(body, id=activity_id)
        return 200, {"success": True, "data": _activity(activities[str(activity_id)])}, {}
    if m := re.fullmatch(r"/api/v2/activities/(\d+)", call.path):
        activity = found(activities, m.group(1))
        if call.method == "PATCH":
            activity.update(_checked(call.json))
        if call.method == "DELETE":
            del activities[m.group(1)]
            return 200, {"success": True, "data": {"id": int(m.group(1))}}, {}
        return 200, {"success": True, "data": _activity(activity)}, {}
    if call.path == "/v1/webhooks" and call.method == "POST":
        return _new_hook(fake, call, admin=token == ADMIN_TOKEN)
    if call.method == "DELETE" and (m := re.fullmatch(r"/v1/webhooks/(\d+)", call.path)):
        found(fake.items["pipedrive_hooks"], m.group(1))
        del fake.items["pipedrive_hooks"][m.group(1)]
        return 200, {"success": True}, {}
    raise Reject(f"not a Pipedrive endpoint: {call.method} {call.path}", 404)


def _checked(body: Any) -> dict[str, Any]:
    """An activity body as Pipedrive validates it: dates and UTC times in their formats, and
    linked records that exist."""
    if not isinstance(body, dict):
        raise Reject("the body is a JSON object")
    if "due_date" in body and not _DATE.fullmatch(str(body["due_date"])):
        raise Reject(f"due_date: {body['due_date']!r} is not YYYY-MM-DD")
    if "due_time" in body and not _TIME.fullmatch(str(body["due_time"])):
        raise Reject(f"due_time: {body['due_time']!r} is not HH:MM")
    if "due_time" in body and "due_date" not in body:
        raise Reject("due_time needs a due_date")
    if "done" in body and not isinstance(body["done"], bool):
        raise Reject("done: API v2 takes true or false")
    if body.get("org_id") is not None and body["org_id"] not in ORGANIZATIONS:
        raise Reject(f"org_id: no organization {body['org_id']}", 404)
    if body.get("owner_id") is not None and body["owner_id"] not in {u["id"] for u in USERS}:
        raise Reject(f"owner_id: no user {body['owner_id']}")
    if body.get("deal_id") is not None and body["deal_id"] not in DEALS:
        raise Reject(f"deal_id: no deal {body['deal_id']}", 404)
    return body


def _activity(activity: dict[str, Any]) -> dict[str, Any]:
    return dict(
        activity,
        owner_id=USER_ID,
        creator_user_id=USER_ID,
        is_deleted=False,
        add_time=STAMP,
        update_time=STAMP,
    )


def _me() -> dict[str, Any]:
    return {
        "id": USER_ID,
        "name": "Ana",
        "email": "ana@acme.test",
        "company_id": COMPANY_ID,
        "company_name": "Acme Sales",
        "company_domain": COMPANY_DOMAIN,
        "is_you": True,
    }


def _search(call: Call) -> dict[str, Any]:
    """Pipedrive's search: a term of at least two characters found in the record's name."""
    term = str(call.query.get("term", ""))
    if len(term) < 2:
        raise Reject("term: at least 2 characters")
    deals = call.path.startswith("/api/v2/deals")
    records, key = (DEALS, "title") if deals else (ORGANIZATIONS, "name")
    items = [
        {"result_score": 1.0, "item": {"id": i, key: name, "type": "deal" if deals else "org"}}
        for i, name in records.items()
        if term.casefold() in name.casefold()
    ]
    return {"success": True, "data": {"items": items}, "additional_data": {}}


def _new_hook(fake: Store, call: Call, *, admin: bool) -> Answer:
    if not admin:
        raise Reject("Only admin users can create webhooks", 403)
    body = need(call.json, "subscription_url", str) and call.json
    if body.get("event_object") != "activity" or body.get("version") != "2.0":
        raise Reject("FlowHub asks for v2 activity webhooks")
    hook_id = fake.new_id()
    fake.items["pipedrive_hooks"][hook_id] = dict(body)
    data = {
        "id": int(hook_id),
        "company_id": COMPANY_ID,
        "owner_id": USER_ID,
        "user_id": USER_ID,
        "event_action": body["event_action"],
        "event_object": body["event_object"],
        "subscription_url": body["subscription_url"],
        "version": "2.0",
        "is_active": 1,
        "add_time": STAMP,
        "type": "general",
        "http_auth_user": body.get("http_auth_user"),
        "http_auth_password": body.get("http_auth_password"),
        "name": body["name"],
    }
    return 201, {"success": True, "data": data}, {}
