"""Google Calendar API v3: events of the primary calendar."""

from __future__ import annotations

import re
from datetime import date, datetime

from tests.auxil.vendors.common import (
    TOKENS,
    Answer,
    Call,
    Reject,
    Store,
    auth,
    found,
    need,
)


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as the vendor would."""
    auth(call, "authorization", f"Bearer {TOKENS['google_calendar']}")
    events = fake.items["google_calendar"]
    base = "/calendar/v3/calendars/primary/events"
    if call.method == "GET" and call.path == base:
        return 200, {"kind": "calendar#events", "items": []}, {}
    if call.method == "POST" and call.path == base:
        event_id = need(call.json, "id", str)
        if not re.fullmatch(r"[a-v0-9]{5,1024}", event_id):
            raise Reject("event id must be base32hex, 5-1024 characters")
        for end in ("start", "end"):
            when = need(call.json, end, dict)
            if "dateTime" in when:
                datetime.fromisoformat(when["dateTime"])
                need(when, "timeZone", str)
            else:
                date.fromisoformat(need(when, "date", str))
        need(call.json, "summary", str)
        if event_id in events:
            raise Reject("The requested identifier already exists.", 409)
        events[event_id] = dict(call.json)
        link = f"https://www.google.com/calendar/event?eid={event_id}"
        return 200, {"id": event_id, "htmlLink": link, **call.json}, {}
    if m := re.fullmatch(base + r"/(\w+)", call.path):
        event = found(events, m.group(1))
        if call.method == "GET":
            return 200, event, {}
        if call.method == "PATCH":
            event.update(call.json or {})
            return 200, {"id": m.group(1), **event}, {}
        if call.method == "DELETE":
            events.pop(m.group(1))
            return 204, None, {}
    raise Reject(f"not a Calendar endpoint: {call.method} {call.path}", 404)
