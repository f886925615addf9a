"""Repeats counted from completion ("every! 3 days") leave FlowHub in a shape each tool reads
right: Todoist's own "every!", or the next occurrence alone where a calendar RRULE would lie."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from flowhub.bot.runtime import Runtime
from flowhub.integrations import ical
from flowhub.integrations.google_calendar import event_id
from flowhub.storage import Task
from tests.auxil.fake_vendors import FakeVendors
from tests.conftest import ChatFactory
from tests.integrations.conftest import Connect, all_tasks

# FIXED_NOW is Wednesday 4 March 2026, 10:00 in Berlin (CET, UTC+1).
AFTER_DONE = "water the plants every! 3 days at 9am"
CALENDAR = "water the plants every 3 days at 9am"
RULE = "FREQ=DAILY;INTERVAL=3;BYHOUR=9;BYMINUTE=0"


def _confirm(chat_as: ChatFactory, *texts: str) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    for text in texts:
        (card,) = ana.say(text)
        ana.press("Confirm", card)


def test_todoist_gets_every_bang_from_the_rule_and_due_time(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    chat_as("ana", "Ana", tz="Europe/Berlin")
    connect("todoist")
    _confirm(
        chat_as,
        AFTER_DONE,
        "clean the fridge 2 weeks after I finish it",  # a whole day: no time of day
        "stretch every! 2 hours",  # Todoist has no "every!" in hours here: the next one alone
        CALENDAR,  # by the calendar, as before: INTERVAL=3 has no simple due string
    )
    assert [(t.rrule, t.repeat_from) for t in all_tasks(runtime)] == [
        (RULE, "completion"),
        ("FREQ=WEEKLY;INTERVAL=2", "completion"),
        ("FREQ=HOURLY;INTERVAL=2;BYMINUTE=0", "completion"),
        (RULE, "calendar"),
    ]
    assert fake.problems == []
    assert [c.json for c in fake.creates("todoist")] == [
        {
            "content": "Water the plants",
            "description": "Created from chat by FlowHub (task 1).",
            "priority": 1,
            "due_string": "every! 3 days at 09:00 starting 2026-03-07",
            "due_lang": "en",
        },
        {
            "content": "Clean the fridge",
            "description": "Created from chat by FlowHub (task 2).",
            "priority": 1,
            "due_string": "every! 2 weeks starting 2026-03-04",
            "due_lang": "en",
        },
        {
            "content": "Stretch",
            "description": "Created from chat by FlowHub (task 3).",
            "priority": 1,
            "due_datetime": "2026-03-04T11:00:00Z",
        },
        {
            "content": "Water the plants",
            "description": "Created from chat by FlowHub (task 4).",
            "priority": 1,
            "due_datetime": "2026-03-07T08:00:00Z",
        },
    ]


def test_google_calendar_gets_the_next_occurrence_without_recurrence(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    chat_as("ana", "Ana", tz="Europe/Berlin")
    connect("google_calendar")
    _confirm(chat_as, AFTER_DONE, CALENDAR)
    after_done, calendar = all_tasks(runtime)
    assert fake.problems == []
    start = {"dateTime": "2026-03-07T09:00:00", "timeZone": "Europe/Berlin"}
    end = {"dateTime": "2026-03-07T09:30:00", "timeZone": "Europe/Berlin"}
    assert [c.json for c in fake.creates("google_calendar")] == [
        {
            "summary": "Water the plants",
            "description": "Created from chat by FlowHub (task 1).",
            "start": start,
            "end": end,
            "extendedProperties": {"private": {"flowhubTask": "1"}},
            "id": event_id(after_done),
        },
        {
            "summary": "Water the plants",
            "description": "Created from chat by FlowHub (task 2).",
            "start": start,
            "end": end,
            "extendedProperties": {"private": {"flowhubTask": "2"}},
            "recurrence": [f"RRULE:{RULE}"],
            "id": event_id(calendar),
        },
    ]


def test_google_calendar_update_clears_a_recurrence(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    chat_as("ana", "Ana", tz="Europe/Berlin")
    connect("google_calendar")
    fake.lose_answer("google_calendar")  # inserted, unheard: the retry meets 409 and updates
    _confirm(chat_as, AFTER_DONE)
    (task,) = all_tasks(runtime)
    assert fake.problems == []
    (patch,) = fake.of("google_calendar", "PATCH")
    assert patch.path == f"/calendar/v3/calendars/primary/events/{event_id(task)}"
    assert patch.json == {
        "summary": "Water the plants",
        "description": "Created from chat by FlowHub (task 1).",
        "start": {"dateTime": "2026-03-07T09:00:00", "timeZone": "Europe/Berlin"},
        "end": {"dateTime": "2026-03-07T09:30:00", "timeZone": "Europe/Berlin"},
        "extendedProperties": {"private": {"flowhubTask": "1"}},
        "recurrence": [],
    }


def test_webhook_says_where_the_repeat_counts_from(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    chat_as("ana", "Ana", tz="Europe/Berlin")
    connect("webhook")
    _confirm(chat_as, AFTER_DONE, CALENDAR, "call the plumber tomorrow at 9am")
    assert fake.problems == []
    sent = [json.loads(c.body) for c in fake.creates("webhook")]
    assert [s["task"]["id"] for s in sent] == [1, 2, 3]
    assert sent[0] == {
        "event": "task.created",
        "id": "task-1",
        "task": {
            "id": 1,
            "title": "Water the plants",
            "notes": "",
            "status": "open",
            "priority": "normal",
            "assignee": "Ana",  # a private chat's task is its writer's
            "due_at": "2026-03-07T08:00:00+00:00",
            "due_date": "2026-03-07",
            "all_day": False,
            "timezone": "Europe/Berlin",
            "rrule": RULE,
            "repeat_from": "completion",
        },
    }
    assert [(s["task"]["rrule"], s["task"]["repeat_from"]) for s in sent[1:]] == [
        (RULE, "calendar"),
        (None, None),
    ]


def _task(task_id: int, rrule: str | None, repeat_from: str, *, grain: str = "minute") -> Task:
    return Task(
        id=task_id,
        workspace_id=1,
        title="Water the plants",
        creator_id=1,
        due_at=datetime(2026, 3, 7, 8, 0, tzinfo=UTC),
        due_grain=grain,
        due_tz="Europe/Berlin",
        rrule=rrule,
        repeat_from=repeat_from,
        created_at=datetime(2026, 3, 4, tzinfo=UTC),
        updated_at=datetime(2026, 3, 4, tzinfo=UTC),
    )


def test_ical_feed_shows_a_repeat_after_done_as_its_next_occurrence() -> None:
    now = datetime(2026, 3, 4, 9, tzinfo=UTC)
    after_done = ical.calendar([_task(1, RULE, "completion")], now=now)
    assert after_done == (
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//FlowHub//Tasks//EN\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "METHOD:PUBLISH\r\n"
        "X-WR-CALNAME:FlowHub tasks\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:task-1@flowhub\r\n"
        "DTSTAMP:20260304T090000Z\r\n"
        "DTSTART:20260307T080000Z\r\n"
        "DURATION:PT30M\r\n"
        "SUMMARY:Water the plants\r\n"
        "END:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    calendar = ical.calendar([_task(2, RULE, "calendar")], now=now)
    assert f"DURATION:PT30M\r\nRRULE:{RULE}\r\nSUMMARY:Water the plants\r\n" in calendar
    whole_day = ical.calendar(
        [_task(3, "FREQ=WEEKLY;INTERVAL=2", "completion", grain="day")], now=now
    )
    assert "RRULE" not in whole_day and "DTSTART;VALUE=DATE:20260307\r\n" in whole_day
