"""Edits made in a tool come back: the task changes and its person is told once, in one line.

An echo of FlowHub's own push changes nothing and says nothing; a replayed or forged delivery
changes nothing; an edit the tool dates before FlowHub's last change loses, and FlowHub's
values go back to the tool; a later edit there replaces one FlowHub could not send yet, and
the person is told theirs was replaced. Every item a tool sends is checked against the
vendor's own description first.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tests.auxil.fake_vendors import FakeVendors
from tests.contracts import todoist as todoist_contract
from tests.integrations.conftest import connect_live, links, only_task
from tests.integrations.hook_senders import bot_lines, send, stamp
from tests.integrations.live import Live

BERLIN = ZoneInfo("Europe/Berlin")


def _todoist_item(fake: FakeVendors, item_id: str, **changes: Any) -> dict[str, Any]:
    """The item as the fake holds it, changed as a person would in the app."""
    item = copy.deepcopy(fake.items["todoist"][item_id]) | changes
    todoist_contract.check_task(item)  # the SDK's own Task model reads it
    return item


def _todoist_updated(app: Live, item: dict[str, Any], at: datetime, *, delivery: str) -> str:
    body = {
        "event_name": "item:updated",
        "user_id": "2671355",
        "event_data": item | {"updated_at": todoist_contract.stamp(at)},
        "version": "10",
        "initiator": {"id": "2671355", "email": "ana@example.com", "full_name": "Ana"},
        "triggered_at": stamp(at),
    }
    return send(app, "todoist", body, delivery=delivery)


def _todoist_link(app: Live, fake: FakeVendors, text: str) -> str:
    connect_live(app, "todoist")
    app.capture(text)
    (link,) = links(app.runtime)
    assert link.external_id in fake.items["todoist"]
    return link.external_id


def test_todoist_edit_moves_renames_and_tells_the_person_once(app: Live, fake: FakeVendors) -> None:
    item_id = _todoist_link(app, fake, "send the invoice friday 5pm")
    before = only_task(app)
    assert before.due_at is not None
    said = len(bot_lines(app))
    later = datetime.now(UTC) + timedelta(seconds=5)

    # The app sends back what FlowHub pushed: nothing changes, nothing is said.
    echo = _todoist_item(fake, item_id)
    assert _todoist_updated(app, echo, later, delivery="e-1") == "ok (0 changed)"
    assert len(bot_lines(app)) == said and only_task(app).updated_at == before.updated_at

    # Moved a day on to 18:00 Berlin, renamed and made p1 in the app.
    new_due = before.due_at.astimezone(BERLIN).replace(hour=18) + timedelta(days=1)
    due = {
        "date": stamp(new_due.astimezone(UTC)),
        "string": "sat 6pm",
        "lang": "en",
        "timezone": "UTC",
    }
    edited = _todoist_item(fake, item_id, content="Send the invoice to ACME", due=due, priority=4)
    assert _todoist_updated(app, edited, later, delivery="e-2") == "ok (1 changed)"
    task = only_task(app)
    assert task.title == "Send the invoice to ACME"
    assert task.due_at == new_due.astimezone(UTC) and task.priority == "urgent"
    (told,) = bot_lines(app)[said:]
    assert "Todoist" in told and "Send the invoice" in told and "18:00" in told
    assert "Send the invoice to ACME" in told and "urgent" in told

    # The same delivery again, or the same change under another id: nothing more.
    assert _todoist_updated(app, edited, later, delivery="e-2") == "ok (0 changed)"
    assert _todoist_updated(app, edited, later, delivery="e-3") == "ok (0 changed)"
    assert len(bot_lines(app)) == said + 1
    assert fake.problems == []


def test_todoist_due_taken_away_and_a_whole_day(app: Live, fake: FakeVendors) -> None:
    item_id = _todoist_link(app, fake, "renew the passport next tuesday")
    said = len(bot_lines(app))
    at = datetime.now(UTC) + timedelta(seconds=5)
    _todoist_updated(app, _todoist_item(fake, item_id, due=None), at, delivery="d-1")
    assert only_task(app).due_at is None
    (told,) = bot_lines(app)[said:]
    assert "Todoist" in told and "passport" in told.casefold()

    day = (datetime.now(BERLIN) + timedelta(days=9)).date()
    due = {"date": day.isoformat(), "string": "in 9 days", "lang": "en"}
    at += timedelta(seconds=5)
    _todoist_updated(app, _todoist_item(fake, item_id, due=due), at, delivery="d-2")
    task = only_task(app)
    assert task.due_at is not None and task.due_grain == "day"
    assert task.due_at.astimezone(BERLIN).date() == day


def test_a_tool_edit_older_than_the_chat_change_loses_and_flowhub_sends_its_own_again(
    app: Live, fake: FakeVendors
) -> None:
    item_id = _todoist_link(app, fake, "call the plumber friday 10am")
    stale = _todoist_item(fake, item_id, content="Call the electrician")
    app.say("rename the plumber task to call the plumber about the leak")
    title = only_task(app).title
    assert "leak" in title
    updates = len(fake.of("todoist", "POST", item_id))
    said = len(bot_lines(app))
    long_ago = datetime.now(UTC) - timedelta(minutes=10)
    _todoist_updated(app, stale, long_ago, delivery="o-1")
    assert only_task(app).title == title and len(bot_lines(app)) == said
    pushed = fake.of("todoist", "POST", item_id)[updates:]
    assert [c.json["content"] for c in pushed if c.json] == [title]


def test_a_later_edit_in_the_tool_replaces_an_unsent_chat_change_and_says_so(
    app: Live, fake: FakeVendors
) -> None:
    item_id = _todoist_link(app, fake, "book the venue friday 4pm")
    fake.fail("todoist", 400)  # FlowHub's change does not reach the app
    app.say("move the venue to saturday 11am")
    said = len(bot_lines(app))
    there = datetime.now(BERLIN).replace(microsecond=0) + timedelta(days=12)
    due = {"date": stamp(there.astimezone(UTC)), "string": "x", "lang": "en", "timezone": "UTC"}
    later = datetime.now(UTC) + timedelta(seconds=5)
    _todoist_updated(app, _todoist_item(fake, item_id, due=due), later, delivery="c-1")
    assert only_task(app).due_at == there.astimezone(UTC).replace(second=0)
    (told,) = bot_lines(app)[said:]
    assert "Todoist" in told and "venue" in told.casefold() and "replaced" in told


def test_a_forged_edit_is_refused(app: Live, fake: FakeVendors) -> None:
    item_id = _todoist_link(app, fake, "water the plants tomorrow")
    body = {
        "event_name": "item:updated",
        "event_data": _todoist_item(fake, item_id, content="Pay Mallory"),
    }
    answer = app.http.post(
        "/webhooks/integrations/todoist",
        content=json.dumps(body).encode(),
        headers={"X-Todoist-Hmac-SHA256": "Zm9yZ2Vk", "X-Todoist-Delivery-ID": "f-1"},
    )
    assert answer.status_code == 403
    assert "Pay Mallory" not in only_task(app).title
