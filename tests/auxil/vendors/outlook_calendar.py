"""Microsoft Graph v1.0: Outlook calendar events and change-notification subscriptions.

Times are kept as sent (`dateTime` in `timeZone`) and answered in UTC when the request says
`Prefer: outlook.timezone="UTC"`, as Graph does. A create whose `transactionId` was seen gives
back the first event. `POST /subscriptions` first sends the validation request to the
notification URL (through `HANDSHAKES["outlook_calendar"]`, set by a test that lets Graph call
back) and refuses the subscription unless the plain-text answer is the token.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from tests.auxil.vendors.common import (
    HANDSHAKES,
    TOKENS,
    Answer,
    Call,
    Reject,
    Store,
    auth,
    found,
    need,
)

TOOL = "outlook_calendar"
TENANT = "9a5b8c2d-0000-4000-8000-00000000beef"
CALENDAR = {"id": "AAMkCal1", "name": "Calendar", "isDefaultCalendar": True}
# Graph's longest subscription on Outlook events, in minutes.
MAX_MINUTES = 10080
_EVENT = r"/v1.0/me/events/([\w=-]+)"
_SUBSCRIPTION = r"/v1.0/subscriptions/([\w-]+)"


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as Graph would."""
    auth(call, "authorization", f"Bearer {TOKENS[TOOL]}")
    if call.method == "GET" and call.path in ("/v1.0/me/calendar", "/v1.0/me/calendars/AAMkCal1"):
        return 200, CALENDAR, {}
    if call.method == "POST" and call.path in (
        "/v1.0/me/events",
        f"/v1.0/me/calendars/{CALENDAR['id']}/events",
    ):
        return _create(fake, call)
    if m := re.fullmatch(_EVENT, call.path):
        return _event(fake, call, m.group(1))
    if call.method == "POST" and call.path == "/v1.0/subscriptions":
        return _subscribe(fake, call)
    if m := re.fullmatch(_SUBSCRIPTION, call.path):
        subscriptions = fake.items["outlook_subscriptions"]
        subscription = found(subscriptions, m.group(1))
        if call.method == "PATCH":
            subscription["expirationDateTime"] = _expiry(call.json)
            return 200, subscription, {}
        if call.method == "DELETE":
            del subscriptions[m.group(1)]
            return 204, None, {}
    raise Reject(f"not a Graph endpoint: {call.method} {call.path}", 404)


def _create(fake: Store, call: Call) -> Answer:
    events = fake.items[TOOL]
    need(call.json, "subject", str)
    _times(call.json)
    again = [e for e in events.values() if e.get("transactionId") == call.json.get("transactionId")]
    if call.json.get("transactionId") and again:
        return 201, again[0], {}
    event_id = f"AAMkEv{fake.new_id()}"
    link = f"https://outlook.office365.com/owa/?itemid={event_id}&exvsurl=1&path=/calendar/item"
    now = _now()
    events[event_id] = dict(
        call.json, id=event_id, webLink=link, createdDateTime=now, lastModifiedDateTime=now
    )
    return 201, events[event_id], {}


def _event(fake: Store, call: Call, event_id: str) -> Answer:
    events = fake.items[TOOL]
    event = found(events, event_id)
    if call.method == "GET":
        utc = 'outlook.timezone="UTC"' in call.headers.get("prefer", "")
        return 200, _selected(event, call.query.get("$select", ""), utc=utc), {}
    if call.method == "PATCH":
        if "transactionId" in call.json:
            raise Reject("transactionId cannot be changed once the event exists")
        merged = {**event, **call.json}
        if "start" in call.json or "end" in call.json:
            _times(merged)
        event.update(call.json, lastModifiedDateTime=_now())
        return 200, event, {}
    if call.method == "DELETE":
        del events[event_id]
        return 204, None, {}
    raise Reject(f"not a Graph endpoint: {call.method} {call.path}", 404)


def _times(event: dict[str, Any]) -> None:
    """Refuse start and end Graph would refuse: a zone missing, an end before the start, an
    all-day event not from midnight to midnight."""
    ends = []
    for key in ("start", "end"):
        when = need(event, key, dict)
        try:
            ZoneInfo(need(when, "timeZone", str))
        except (ValueError, KeyError) as exc:
            raise Reject(f"A valid TimeZone value must be specified: {when['timeZone']}") from exc
        ends.append(datetime.fromisoformat(need(when, "dateTime", str)))
    if ends[1] <= ends[0]:
        raise Reject("The end of the event must be after its start.")
    if event.get("isAllDay") and any(e.time() != datetime.min.time() for e in ends):
        raise Reject("All-day events must start and end at midnight.")


def _selected(event: dict[str, Any], select: str, *, utc: bool) -> dict[str, Any]:
    """The event with the properties `$select` names, times in UTC when asked."""
    names = [n for n in select.split(",") if n] or list(event)
    shown: dict[str, Any] = {"id": event["id"]}
    for name in names:
        if name not in event:
            continue
        value = event[name]
        if name in ("start", "end") and utc and not event.get("isAllDay"):
            local = datetime.fromisoformat(value["dateTime"]).replace(
                tzinfo=ZoneInfo(value["timeZone"])
            )
            at = local.astimezone(UTC).replace(tzinfo=None)
            value = {"dateTime": at.isoformat(timespec="microseconds") + "0", "timeZone": "UTC"}
        shown[name] = value
    return shown


def _subscribe(fake: Store, call: Call) -> Answer:
    """Graph's POST /subscriptions: the notification URL must echo a validation token first."""
    body = call.json
    url = need(body, "notificationUrl", str)
    if not url.startswith("https://"):
        raise Reject("Subscription validation request failed. Must be https.")
    if need(body, "resource", str) != "me/events":
        raise Reject(f"Resource '{body['resource']}' is not supported.")
    kinds = set(need(body, "changeType", str).split(","))
    if not kinds <= {"created", "updated", "deleted"}:
        raise Reject("changeType must be created, updated or deleted.")
    expires = _expiry(body)
    token = f"Validation: Testing client application reachability for subscription {uuid.uuid4()}"
    check = HANDSHAKES.get(TOOL)
    joined = "&" if "?" in url else "?"
    if check is None or check(f"{url}{joined}validationToken={quote(token)}") != token:
        raise Reject(
            "Subscription validation request failed. Notification endpoint must respond with "
            "200 OK to validation request."
        )
    subscription_id = str(uuid.uuid4())
    subscription = {
        "id": subscription_id,
        "resource": "me/events",
        "changeType": body["changeType"],
        "notificationUrl": url,
        "expirationDateTime": expires,
        "clientState": body.get("clientState"),
        "applicationId": "00000000-0000-4000-8000-0000000a4411",
        "creatorId": "00000000-0000-4000-8000-0000000a4a4a",
    }
    fake.items["outlook_subscriptions"][subscription_id] = subscription
    return 201, subscription, {}


def _expiry(body: Any) -> str:
    """The asked end of a subscription, refused when past or beyond Graph's longest."""
    text = need(body, "expirationDateTime", str)
    end = datetime.fromisoformat(text.replace("Z", "+00:00"))
    now = datetime.now(UTC)
    if end <= now or end > now + timedelta(minutes=MAX_MINUTES):
        raise Reject("Subscription expiration can only be 10080 minutes in the future.")
    return end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def notification(
    event_id: str, change: str, *, subscription: dict[str, Any], version: str = "1"
) -> dict[str, Any]:
    """One change notification about an event, as Graph posts it (in a `value` list); the
    etag names the event's `version`, so each change's notification differs."""
    return {
        "subscriptionId": subscription["id"],
        "subscriptionExpirationDateTime": subscription["expirationDateTime"],
        "changeType": change,
        "resource": f"Users/00000000-0000-4000-8000-0000000a4a4a/Events/{event_id}",
        "resourceData": {
            "@odata.type": "#Microsoft.Graph.Event",
            "@odata.id": f"Users/00000000-0000-4000-8000-0000000a4a4a/Events/{event_id}",
            "@odata.etag": f'W/"DwAAABYAAA{version}"',
            "id": event_id,
        },
        "clientState": subscription.get("clientState"),
        "tenantId": TENANT,
    }
