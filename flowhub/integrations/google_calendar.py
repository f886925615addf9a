"""Google Calendar: a due task becomes an event (timed, or all-day for a whole day).

The event id is derived from the task, so a retried insert answers 409 instead of doubling the
event, and the existing one is updated. Done marks the event "✅ " (or deletes it when the
config says `on_done: delete`). Connect with Google OAuth (scope calendar.events).

Google answers some quota limits with 403, not 429 ("Handle API errors", Calendar API): the
reasons `rateLimitExceeded`, `userRateLimitExceeded` and `quotaExceeded` are retried with
backoff, `dailyLimitExceeded` after an hour; any other 403 means the access is gone.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx

from flowhub.integrations.base import (
    BadTarget,
    ExternalRef,
    Integration,
    SetupField,
    calendar_rrule,
    due_of,
    retry_after_seconds,
    task_notes,
)
from flowhub.storage import Task

DONE_MARK = "✅ "
EVENT_MINUTES = 30
# Seconds to wait for each 403 reason Google documents as a quota, not an access, problem.
QUOTA_WAIT = {
    "rateLimitExceeded": 30.0,
    "userRateLimitExceeded": 30.0,
    "quotaExceeded": 60.0,
    "dailyLimitExceeded": 3600.0,
}


class GoogleCalendar(Integration):
    """Events in one Google calendar."""

    kind = "google_calendar"
    title = "Google Calendar"
    api_url = "https://www.googleapis.com"
    oauth = "google"
    needs_due = True
    setup = (
        SetupField("calendar", "a calendar id (optional; default your main one)", False, True),
    )
    help = "Sign in with Google with the link I send, and allow FlowHub to manage events."

    def _slow_down(self, response: httpx.Response) -> float | None:
        """A 429, or a 403 whose reason is a quota (`QUOTA_WAIT`): seconds to wait."""
        if response.status_code != 403:
            return super()._slow_down(response)
        try:
            errors = response.json()["error"]["errors"]
            reasons = {e.get("reason") for e in errors if isinstance(e, dict)}
        except (ValueError, KeyError, TypeError):
            return None
        waits = [QUOTA_WAIT[r] for r in reasons if r in QUOTA_WAIT]
        if not waits:
            return None
        return retry_after_seconds(response.headers.get("Retry-After"), max(waits))

    def _calendar(self) -> str:
        return str(self.config.get("calendar") or "primary")

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Insert the event under its task-derived id, or update it."""
        body = self._event(task)
        events = f"/calendar/v3/calendars/{self._calendar()}/events"
        if ref is None:
            body["id"] = event_id(task)
            try:
                data = self._call("POST", events, json=body).json()
                return ExternalRef(str(data["id"]), data.get("htmlLink"))
            except BadTarget as exc:
                if "(409)" not in str(exc):
                    raise
                ref = ExternalRef(body.pop("id"))  # inserted by an earlier attempt: update it
        # PATCH keeps fields left out: say the recurrence outright, so an event whose task
        # stopped repeating by the calendar loses its old RRULE.
        body.setdefault("recurrence", [])
        data = self._call("PATCH", f"{events}/{ref.external_id}", json=body).json()
        return ExternalRef(ref.external_id, data.get("htmlLink") or ref.url)

    def _event(self, task: Task) -> dict[str, Any]:
        due = due_of(task)
        if due is None:
            raise BadTarget("a calendar event needs a date; give the task a due date first")
        if due.all_day:
            start: dict[str, str] = {"date": due.day.isoformat()}
            end = {"date": (due.day + timedelta(days=1)).isoformat()}
        else:
            local = due.local.replace(tzinfo=None)
            start = {"dateTime": local.isoformat(timespec="seconds"), "timeZone": due.tz}
            finish = local + timedelta(minutes=EVENT_MINUTES)
            end = {"dateTime": finish.isoformat(timespec="seconds"), "timeZone": due.tz}
        body: dict[str, Any] = {
            "summary": task.title,
            "description": task_notes(task),
            "start": start,
            "end": end,
            "extendedProperties": {"private": {"flowhubTask": str(task.id)}},
        }
        # A repeat counted from completion ("every! 3 days") has no RRULE that would be right:
        # its next date depends on when this one is done, so the event is the next occurrence
        # alone, with no recurrence.
        if rrule := calendar_rrule(task):
            body["recurrence"] = [f"RRULE:{rrule}"]
        return body

    def close(self, ref: ExternalRef) -> None:
        """Mark the event's title done, or delete the event when `on_done` is "delete"."""
        path = f"/calendar/v3/calendars/{self._calendar()}/events/{ref.external_id}"
        if self.config.get("on_done") == "delete":
            self._call("DELETE", path)
            return
        summary = str(self._call("GET", path).json().get("summary", ""))
        if not summary.startswith(DONE_MARK):
            self._call("PATCH", path, json={"summary": DONE_MARK + summary})

    def reopen(self, ref: ExternalRef) -> None:
        """Take the done mark off the event's title."""
        path = f"/calendar/v3/calendars/{self._calendar()}/events/{ref.external_id}"
        summary = str(self._call("GET", path).json().get("summary", ""))
        if summary.startswith(DONE_MARK):
            self._call("PATCH", path, json={"summary": summary[len(DONE_MARK) :]})

    def check(self) -> str:
        """The token may read the calendar's events."""
        path = f"/calendar/v3/calendars/{self._calendar()}/events"
        self._call("GET", path, params={"maxResults": 1})
        return "your main calendar" if self._calendar() == "primary" else self._calendar()


def event_id(task: Task) -> str:
    """A stable event id for a task: lowercase hex, valid in Google's base32hex alphabet."""
    return "fh" + uuid.uuid5(uuid.NAMESPACE_URL, f"flowhub:task:{task.id}").hex
