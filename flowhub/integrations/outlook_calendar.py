"""Outlook Calendar through Microsoft Graph: a due task becomes an event in the person's calendar.

A timed task is a 30-minute event at its time in the task's own zone (Graph's `dateTime` plus
`timeZone`, given as the IANA name, which Graph accepts); a task due on a day is an all-day event
from that midnight to the next, shown as free. Each create carries a `transactionId` derived from
the task, so a create retried after a lost answer gives back the first event, not a second one.
A repeating task is its next occurrence alone: FlowHub moves it on when one is done.

Done: an event has no done state of its own, so done puts "✅ " before its subject, as the
Google Calendar client does. The mark shows wherever the event does (the calendar, the phone, a
reminder), a person can type it in Outlook to tick the task off, and it comes back; a category
would only show once the person has defined it in Outlook. Reopen takes the mark off; a task
deleted in FlowHub deletes the event.

Changes come back through Graph change notifications (`outlook_calendar_hooks`): FlowHub
subscribes to `me/events` for `updated` and `deleted`; each notification carries the
`clientState` FlowHub chose, which is what `verify_webhook` checks (Graph signs nothing else),
and only names the event, so the event is read back (`fetch`): its subject (with or without the
mark) and its start. An event deleted in Outlook is taken as done, the way `on_done: delete`
reads the other way.

Graph throttles with 429 and, when busy, 503, both with `Retry-After` (the base class waits that
long); its error answers are `{"error": {"code", "message"}}`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx

from flowhub.integrations import crypto
from flowhub.integrations.base import (
    BadTarget,
    ExternalEdit,
    ExternalRef,
    ExternalStatus,
    Integration,
    SetupField,
    due_of,
    event_time,
    same,
    task_notes,
)
from flowhub.storage import Task

DONE_MARK = "✅ "
EVENT_MINUTES = 30
# Graph keeps a subscription on Outlook events for 4230 minutes at most (just under three days).
SUBSCRIPTION_MINUTES = 4230
_FIELDS = "subject,start,end,isAllDay,lastModifiedDateTime"
# A validation token is an opaque sentence of Graph's; anything longer is not one.
_MAX_TOKEN = 1000


class OutlookCalendar(Integration):
    """Events in a person's Outlook calendar (the default one, or one named)."""

    kind = "outlook_calendar"
    title = "Outlook Calendar"
    api_url = "https://graph.microsoft.com"
    oauth = "outlook"
    round_trip = True
    needs_due = True
    # Graph sends no signature header: the clientState inside the body is the check.
    webhook_header = "content-type"
    setup = (
        SetupField("calendar", "a calendar id (optional; default your calendar)", False, True),
    )
    help = "Sign in with Microsoft with the link I send, and allow FlowHub to manage your calendar."
    hook_steps = (
        "Microsoft Graph could not reach {base}: changes in Outlook come back once FlowHub's "
        "public https address answers there; then say “connect outlook calendar” again."
    )

    # --- events ----------------------------------------------------------------------------

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Create the event (once, by its transaction id), or update its subject and times
        (making it anew when it was deleted in Outlook)."""
        body = self._event(task)
        if ref is not None:
            try:
                data = self._call("PATCH", f"/v1.0/me/events/{ref.external_id}", json=body).json()
                return ExternalRef(ref.external_id, data.get("webLink") or ref.url)
            except BadTarget as exc:
                if "(404)" not in str(exc):
                    raise
            # The event was deleted in Outlook while the task stayed: it is made anew.
        body["transactionId"] = transaction_id(task, ref.external_id if ref else "")
        data = self._call("POST", self._events(), json=body).json()
        return ExternalRef(str(data["id"]), data.get("webLink"))

    def _events(self) -> str:
        calendar = self.config.get("calendar")
        return f"/v1.0/me/calendars/{calendar}/events" if calendar else "/v1.0/me/events"

    def _event(self, task: Task) -> dict[str, Any]:
        due = due_of(task)
        if due is None:
            raise BadTarget("a calendar event needs a date; give the task a due date first")
        if due.all_day:
            start = datetime.combine(due.day, datetime.min.time())
            finish = start + timedelta(days=1)
        else:
            start = due.local.replace(tzinfo=None, microsecond=0)
            finish = start + timedelta(minutes=EVENT_MINUTES)
        body: dict[str, Any] = {
            "subject": task.title,
            "body": {"contentType": "text", "content": task_notes(task)},
            "start": {"dateTime": start.isoformat(timespec="seconds"), "timeZone": due.tz},
            "end": {"dateTime": finish.isoformat(timespec="seconds"), "timeZone": due.tz},
            "isAllDay": due.all_day,
            "showAs": "free" if due.all_day else "busy",
        }
        return body

    def close(self, ref: ExternalRef) -> None:
        """Put the done mark before the event's subject."""
        subject = self._subject(ref)
        if subject is not None and not subject.startswith(DONE_MARK.strip()):
            self._patch(ref, {"subject": DONE_MARK + subject})

    def reopen(self, ref: ExternalRef) -> None:
        """Take the done mark off the event's subject (an event deleted meanwhile stays gone)."""
        subject = self._subject(ref)
        if subject is not None and subject.startswith(DONE_MARK.strip()):
            self._patch(ref, {"subject": _unmarked(subject)})

    def discard(self, ref: ExternalRef) -> None:
        """Delete the event of a task deleted in FlowHub (one already gone is fine)."""
        try:
            self._call("DELETE", f"/v1.0/me/events/{ref.external_id}")
        except BadTarget as exc:
            if "(404)" not in str(exc):
                raise

    def _subject(self, ref: ExternalRef) -> str | None:
        """The event's subject; None when the event is gone."""
        data = self._read(ref, "subject")
        return None if data is None else str(data.get("subject") or "")

    def _patch(self, ref: ExternalRef, body: dict[str, Any]) -> None:
        self._call("PATCH", f"/v1.0/me/events/{ref.external_id}", json=body)

    def _read(self, ref: ExternalRef, fields: str) -> dict[str, Any] | None:
        """The event's `fields`, times in UTC; None when it was deleted."""
        try:
            response = self._call(
                "GET",
                f"/v1.0/me/events/{ref.external_id}",
                params={"$select": fields},
                headers={"Prefer": 'outlook.timezone="UTC"'},
            )
        except BadTarget as exc:
            if "(404)" in str(exc):
                return None
            raise
        data = response.json()
        return data if isinstance(data, dict) else {}

    def check(self) -> str:
        """The token may read the calendar events go to; its name."""
        calendar = self.config.get("calendar")
        path = f"/v1.0/me/calendars/{calendar}" if calendar else "/v1.0/me/calendar"
        data = self._call("GET", path, params={"$select": "name"}).json()
        return f"calendar “{data.get('name') or calendar or 'Calendar'}”"

    def fetch(self, ref: ExternalRef) -> ExternalStatus | None:
        """The event as Outlook has it: done by its mark, its subject and start."""
        data = self._read(ref, _FIELDS)
        if data is None:
            return ExternalStatus(ref.external_id, True)  # deleted in Outlook: taken as done
        subject = str(data.get("subject") or "")
        edit = ExternalEdit(title=_unmarked(subject) or None, due=_start(data))
        at = event_time(data.get("lastModifiedDateTime"))
        return ExternalStatus(ref.external_id, subject.startswith(DONE_MARK.strip()), at, edit)

    # --- change notifications --------------------------------------------------------------

    def register_webhook(self, url: str) -> dict[str, str] | None:
        """Subscribe `url` to updated and deleted events; Graph checks it with a validation
        token before this call answers."""
        secret = crypto.new_secret()
        body = {
            "changeType": "updated,deleted",
            "notificationUrl": url,
            "resource": "me/events",
            "expirationDateTime": expiry(),
            "clientState": secret,
        }
        data = self._call("POST", "/v1.0/subscriptions", json=body).json()
        expires = str(data.get("expirationDateTime") or body["expirationDateTime"])
        return {"hook_id": str(data["id"]), "webhook_secret": secret, "hook_expires": expires}

    def renew_webhook(self, hook_id: str) -> str | None:
        """Extend the subscription; its new end, or None when Graph no longer has it."""
        try:
            data = self._call(
                "PATCH", f"/v1.0/subscriptions/{hook_id}", json={"expirationDateTime": expiry()}
            ).json()
        except BadTarget as exc:
            if "(404)" in str(exc):
                return None
            raise
        return str(data.get("expirationDateTime") or "")

    def delete_webhook(self, hook_id: str) -> None:
        """Delete the subscription."""
        self._call("DELETE", f"/v1.0/subscriptions/{hook_id}")

    def verify_webhook(self, headers: Mapping[str, str], body: bytes, *, url: str = "") -> bool:
        """Every notification carries this connection's clientState and subscription."""
        secret = self.secrets.get("webhook_secret", "")
        try:
            notes = _notifications(body)
        except ValueError:
            return False
        hook = self.secrets.get("hook_id")
        return bool(notes) and all(
            same(secret, n.get("clientState") if isinstance(n.get("clientState"), str) else None)
            and (not hook or n.get("subscriptionId") == hook)
            for n in notes
        )

    def parse_webhook(self, body: bytes) -> list[ExternalStatus]:
        """Events updated (read back) or deleted (done)."""
        found: list[ExternalStatus] = []
        for note in _notifications(body):
            data = note.get("resourceData")
            event_id = data.get("id") if isinstance(data, dict) else None
            event_id = event_id or str(note.get("resource") or "").rsplit("/", 1)[-1]
            if not event_id or note.get("lifecycleEvent"):
                continue
            if note.get("changeType") == "deleted":
                found.append(ExternalStatus(str(event_id), True))
            elif note.get("changeType") == "updated":
                found.append(ExternalStatus(str(event_id), None))
        return found

    def _detail(self, response: httpx.Response) -> str:
        try:
            error = response.json().get("error")
        except (ValueError, AttributeError):
            error = None
        if isinstance(error, dict) and error.get("message"):
            return str(error["message"])[:200]
        return super()._detail(response)


def transaction_id(task: Task, replaces: str = "") -> str:
    """A create's transaction id: the same for every retry of one create (a task's first, or
    the one that `replaces` a deleted event)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"flowhub:task:{task.id}:outlook:{replaces}"))


def expiry(now: datetime | None = None) -> str:
    """A subscription end as long as Graph allows on events, in UTC."""
    end = (now or datetime.now(UTC)) + timedelta(minutes=SUBSCRIPTION_MINUTES - 1)
    return end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def validation_token(query: Mapping[str, str]) -> str | None:
    """The token to echo when Graph checks a notification URL, else None."""
    token = query.get("validationToken")
    if token is None or len(token) > _MAX_TOKEN:
        return None
    return token


def _notifications(body: bytes) -> list[dict[str, Any]]:
    """The notifications of a `changeNotificationCollection`; ValueError when it is none."""
    data = json.loads(body)
    notes = data.get("value") if isinstance(data, dict) else None
    if not isinstance(notes, list) or not all(isinstance(n, dict) for n in notes):
        raise ValueError("a Graph notification body is an object with a list of notifications")
    return notes


def _unmarked(subject: str) -> str:
    return subject.removeprefix(DONE_MARK.strip()).strip()


def _start(data: dict[str, Any]) -> date | datetime | None:
    """An event's start: the day of an all-day event, else the instant."""
    start = data.get("start")
    if not isinstance(start, dict) or not isinstance(start.get("dateTime"), str):
        return None
    try:
        # Graph writes seven fractional digits; the seconds are all a task keeps.
        local = datetime.fromisoformat(start["dateTime"][:19])
        zone = ZoneInfo(str(start.get("timeZone") or "UTC"))
    except (ValueError, ZoneInfoNotFoundError):
        return None
    if data.get("isAllDay"):
        return local.date()
    return local.replace(tzinfo=zone).astimezone(UTC)
