"""The per-person iCalendar feed lists due tasks at a secret URL."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi.testclient import TestClient

from flowhub.bot.runtime import Runtime
from flowhub.integrations import ical
from flowhub.storage import Task
from tests.conftest import ChatFactory
from tests.integrations.conftest import PUBLIC_URL


def test_feed_lists_due_tasks(chat_as: ChatFactory, runtime: Runtime, client: TestClient) -> None:
    ana = chat_as("ana", "Ana")
    for text in ("send the Q4 deck to Sam by friday 5pm", "every monday 9am standup notes"):
        (card,) = ana.say(text)
        ana.press("Confirm", card)
    (card,) = ana.say("prepare the board slides")
    ana.press("Confirm", card)
    reply = ana.say("connect ical")[-1].text
    url = next(word for word in reply.split() if word.startswith(PUBLIC_URL))
    path = url.removeprefix(PUBLIC_URL)

    feed = client.get(path)
    assert feed.status_code == 200
    assert feed.headers["content-type"].startswith("text/calendar")
    text = feed.text
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert text.count("BEGIN:VEVENT") == 2  # the undated task is not an event
    assert "DTSTART:20260306T160000Z" in text and "SUMMARY:Send the Q4 deck to Sam" in text
    assert "DTSTART:20260309T080000Z" in text and "RRULE:FREQ=WEEKLY" in text
    todo = client.get(path + "?kind=todo").text
    assert todo.count("BEGIN:VTODO") == 3

    assert client.get(path.replace(".ics", "x.ics")).status_code == 404
    assert client.get("/ical/1-guess.ics").status_code == 404
    assert ana.say("disconnect ical")[0].text.startswith("🔌 Disconnected")
    assert client.get(path).status_code == 404


def test_escaping_and_folding() -> None:
    task = Task(
        id=7,
        workspace_id=1,
        title="Buy milk, eggs; and \\ bread\nplus a very long tail " + "é" * 60,
        creator_id=1,
        due_at=datetime(2026, 3, 6, 16, 0, tzinfo=UTC),
        due_grain="day",
        due_tz="Europe/Berlin",
        created_at=datetime(2026, 3, 4, tzinfo=UTC),
        updated_at=datetime(2026, 3, 4, tzinfo=UTC),
    )
    text = ical.calendar([task], now=datetime(2026, 3, 4, 9, tzinfo=UTC))
    assert "DTSTART;VALUE=DATE:20260306\r\nDTEND;VALUE=DATE:20260307" in text
    assert "SUMMARY:Buy milk\\, eggs\\; and \\\\ bread\\nplus" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
