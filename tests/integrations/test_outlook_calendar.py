"""Outlook Calendar through Microsoft Graph: connect in chat, events for due tasks, edits, done,
reopen and delete, and changes in Outlook coming back through Graph's change notifications.

Every request and every answer of the fake Graph is checked against Graph's own description
(tests/contracts/specs/outlook_calendar.json) by the fixture in conftest.py.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from flowhub.connectors.console import ConsoleChat
from flowhub.integrations import crypto
from flowhub.integrations.base import RetryLater
from flowhub.integrations.config import tool_config
from flowhub.integrations.connection import open_connection
from flowhub.integrations.outlook_calendar import OutlookCalendar
from flowhub.storage import IntegrationConnection, integrations, session_scope
from tests.auxil.fake_vendors import TOKENS, FakeVendors
from tests.auxil.vendors.common import HANDSHAKES
from tests.auxil.vendors.outlook_calendar import notification
from tests.conftest import FIXED_NOW, ChatFactory
from tests.contracts.payloads import schema_problems
from tests.integrations.conftest import PUBLIC_URL, Connect, all_tasks, links, stored

KIND = "outlook_calendar"
EVENTS = "/v1.0/me/events"


def _validates(client: TestClient) -> Callable[[str], str | None]:
    """Graph's check of a notification URL, sent to FlowHub's app as Graph sends it."""

    def check(url: str) -> str | None:
        parts = urlsplit(url)
        answer = client.post(f"{parts.path}?{parts.query}")
        plain = answer.headers.get("content-type", "").startswith("text/plain")
        return answer.text if answer.status_code == 200 and plain else None

    return check


def _secrets(runtime: Runtime, connection_id: int | None = None) -> dict[str, str]:
    rows = stored(runtime, IntegrationConnection)
    row = next(r for r in rows if connection_id is None or r.id == connection_id)
    return crypto.decrypt(row.secret_encrypted, tools=tool_config(runtime.settings))


def _sign_in(ana: ConsoleChat, client: TestClient, said: str) -> None:
    """Say `said`, follow the sign-in link to Microsoft and come back with a code."""
    start = [m.text for m in ana.say(said)]
    link = next(t for t in start if "Sign in to Microsoft" in t).split()[-1]
    state = parse_qs(urlsplit(link).query)["state"][0]
    done = client.get(f"/integrations/oauth/outlook/callback?code=good-code&state={state}")
    assert done.status_code == 200, done.text
    ana.collect()  # the "connected" message came between the chat's own steps


def _ends(runtime: Runtime, connection_id: int, when: datetime) -> None:
    """Say the connection's subscription ends at `when`."""
    tools = tool_config(runtime.settings)
    with session_scope(runtime.engine) as session:
        row = integrations.get_connection(session=session, connection_id=connection_id)
        assert row is not None
        secrets = crypto.decrypt(row.secret_encrypted, tools=tools)
        secrets["hook_expires"] = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        sealed = crypto.encrypt(secrets, tools=tools)
        integrations.update_connection(session=session, connection=row, secret_encrypted=sealed)


def _notify(
    client: TestClient, fake: FakeVendors, connection_id: int, event_id: str, change: str
) -> httpx.Response:
    """Post Graph's notification of `change` to an event, after checking it against Graph's
    description of a `changeNotificationCollection`."""
    (subscription,) = fake.items["outlook_subscriptions"].values()
    event = fake.items[KIND].get(event_id, {})
    version = str(event.get("lastModifiedDateTime", "gone"))
    body = {"value": [notification(event_id, change, subscription=subscription, version=version)]}
    assert schema_problems(KIND, "changeNotificationCollection", body, closed=False) == []
    # resourceData is an open type (it carries @odata fields); every other field is named.
    named = {k: v for k, v in body["value"][0].items() if k != "resourceData"}
    assert schema_problems(KIND, "changeNotification", named) == []
    path = f"/webhooks/integrations/{KIND}?connection={connection_id}"
    return client.post(path, content=json.dumps(body), headers={"Content-Type": "application/json"})


@pytest.fixture
def graph_calls_back(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the fake Graph reach FlowHub's notification URL for its validation request."""
    monkeypatch.setitem(HANDSHAKES, KIND, _validates(client))


def test_connect_outlook_calendar_in_chat_subscribes_and_pushes_a_timed_event(
    chat_as: ChatFactory,
    runtime: Runtime,
    fake: FakeVendors,
    client: TestClient,
    graph_calls_back: None,
) -> None:
    ana = chat_as("ana", "Ana")
    replies = [m.text for m in ana.say("connect outlook calendar")]
    link = next(t for t in replies if "Sign in to Microsoft" in t).split()[-1]
    assert link.startswith(f"{PUBLIC_URL}/integrations/oauth/outlook/start?state=")
    start = client.get(link.removeprefix(PUBLIC_URL), follow_redirects=False)
    assert start.status_code == 302
    target = urlsplit(start.headers["location"])
    params = parse_qs(target.query)
    assert target.netloc == "login.microsoftonline.com"
    assert params["scope"] == ["offline_access Calendars.ReadWrite"]
    assert params["client_id"] == ["client-id"]  # the server's one Microsoft app
    assert params["redirect_uri"] == [f"{PUBLIC_URL}/integrations/oauth/outlook/callback"]
    state = params["state"][0]
    done = client.get(f"/integrations/oauth/outlook/callback?code=good-code&state={state}")
    assert done.status_code == 200 and "connected" in done.text

    (row,) = stored(runtime, IntegrationConnection)
    assert row.kind == KIND and TOKENS[KIND] not in str(row)
    said = next(m.text for m in ana.messages() if "Outlook Calendar connected" in m.text)
    assert "calendar “Calendar”" in said and "comes back here: set up" in said
    (subscribe,) = fake.of(KIND, "POST", "/v1.0/subscriptions")
    assert subscribe.json["resource"] == "me/events"
    assert subscribe.json["changeType"] == "updated,deleted"
    assert subscribe.json["notificationUrl"] == (
        f"{PUBLIC_URL}/webhooks/integrations/{KIND}?connection={row.id}"
    )
    secrets = _secrets(runtime)
    assert secrets["webhook_secret"] == subscribe.json["clientState"]
    assert secrets["hook_id"] in fake.items["outlook_subscriptions"]
    ends = datetime.fromisoformat(secrets["hook_expires"].replace("Z", "+00:00"))
    assert timedelta(days=2) < ends - datetime.now(UTC) <= timedelta(minutes=4230)

    ana.collect()
    (card,) = ana.say("send the Q4 deck to Sam by friday 5pm")
    ana.press("Confirm", card)
    (create,) = fake.creates(KIND)
    assert create.path == EVENTS
    assert create.json["subject"] == "Send the Q4 deck to Sam"
    assert create.json["start"] == {"dateTime": "2026-03-06T17:00:00", "timeZone": "Europe/Berlin"}
    assert create.json["end"] == {"dateTime": "2026-03-06T17:30:00", "timeZone": "Europe/Berlin"}
    assert create.json["isAllDay"] is False and create.json["transactionId"]
    (saved,) = links(runtime)
    assert saved.external_id in fake.items[KIND] and saved.url

    gone = [m.text for m in ana.say("disconnect outlook calendar")]
    assert any(text.startswith("🔌 Disconnected Outlook Calendar") for text in gone)
    (deleted,) = fake.of(KIND, "DELETE", "/v1.0/subscriptions")
    assert deleted.path == f"/v1.0/subscriptions/{secrets['hook_id']}"
    assert fake.items["outlook_subscriptions"] == {}
    assert stored(runtime, IntegrationConnection) == [] and fake.problems == []


def test_a_whole_day_task_is_an_all_day_event_and_edits_done_reopen_delete_follow(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    ana = chat_as("ana", "Ana")
    connect(KIND)
    (card,) = ana.say("renew the passport on friday")
    ana.press("Confirm", card)
    (create,) = fake.creates(KIND)
    assert create.json["isAllDay"] is True and create.json["showAs"] == "free"
    assert create.json["start"] == {"dateTime": "2026-03-06T00:00:00", "timeZone": "Europe/Berlin"}
    assert create.json["end"] == {"dateTime": "2026-03-07T00:00:00", "timeZone": "Europe/Berlin"}
    (link,) = links(runtime)
    event = fake.items[KIND][str(link.external_id)]

    ana.say("move the passport to monday 10am")
    assert event["isAllDay"] is False
    assert event["start"] == {"dateTime": "2026-03-09T10:00:00", "timeZone": "Europe/Berlin"}
    assert "transactionId" not in fake.of(KIND, "PATCH")[-1].json  # set once, at the create

    ana.say("my tasks")
    ana.say("done 1")
    assert event["subject"] == "✅ Renew the passport"
    ana.say("reopen 1")
    assert event["subject"] == "Renew the passport"
    ana.say("my tasks")
    ana.say("delete 1")
    assert str(link.external_id) not in fake.items[KIND]
    (gone,) = fake.of(KIND, "DELETE")
    assert gone.path == f"{EVENTS}/{link.external_id}"
    assert len(fake.creates(KIND)) == 1 and fake.problems == []


def test_a_retried_create_gives_back_the_first_event(
    runtime: Runtime, fake: FakeVendors, connect: Connect, chat_as: ChatFactory
) -> None:
    chat_as("ana", "Ana")
    connection_id = connect(KIND)
    with session_scope(runtime.engine) as session:
        row = integrations.get_connection(session=session, connection_id=connection_id)
        assert row is not None
        tool = open_connection(row, tools=tool_config(runtime.settings))
    ana = chat_as("ana", "Ana")
    (card,) = ana.say("call the plumber tomorrow 9am")
    ana.press("Confirm", card)
    (task,) = all_tasks(runtime)
    first = links(runtime)[0].external_id
    again = tool.push(task)  # the answer to the first create was lost
    assert again.external_id == first and len(fake.items[KIND]) == 1


def test_an_edit_after_the_event_was_deleted_in_outlook_makes_it_anew(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    ana = chat_as("ana", "Ana")
    connect(KIND)  # no subscription: Outlook's deletion never reached FlowHub
    (card,) = ana.say("water the office plants tomorrow 9am")
    ana.press("Confirm", card)
    first = str(links(runtime)[0].external_id)
    del fake.items[KIND][first]
    ana.say("move the office plants to friday 11am")
    (link,) = links(runtime)
    assert link.external_id != first and link.error is None
    event = fake.items[KIND][str(link.external_id)]
    assert event["start"] == {"dateTime": "2026-03-06T11:00:00", "timeZone": "Europe/Berlin"}
    assert len(fake.creates(KIND)) == 2 and fake.problems == []


def test_changes_in_outlook_come_back_through_change_notifications(
    chat_as: ChatFactory,
    runtime: Runtime,
    fake: FakeVendors,
    client: TestClient,
    graph_calls_back: None,
) -> None:
    ana = chat_as("ana", "Ana")
    _sign_in(ana, client, "connect outlook")
    (row,) = stored(runtime, IntegrationConnection)
    assert row.id is not None
    (card,) = ana.say("book the venue friday 4pm")
    ana.press("Confirm", card)
    (saved,) = links(runtime)
    event_id = str(saved.external_id)
    event = fake.items[KIND][event_id]

    echo = _notify(client, fake, row.id, event_id, "updated")  # FlowHub's own create
    assert echo.status_code == 200 and all_tasks(runtime)[0].title == "Book the venue"
    assert ana.collect() == []  # an event as FlowHub sent it changes nothing and says nothing

    event["subject"] = "Book the venue at Kranhaus"
    event["start"] = {"dateTime": "2026-03-06T18:00:00", "timeZone": "Europe/Berlin"}
    event["end"] = {"dateTime": "2026-03-06T18:30:00", "timeZone": "Europe/Berlin"}
    event["lastModifiedDateTime"] = (datetime.now(UTC) + timedelta(minutes=1)).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    assert _notify(client, fake, row.id, event_id, "updated").status_code == 200
    (task,) = all_tasks(runtime)
    assert task.title == "Book the venue at Kranhaus"
    assert task.due_at is not None and task.due_at.astimezone(UTC).hour == 17  # 18:00 Berlin
    told = [m.text for m in ana.collect()]
    assert any("Outlook Calendar" in t and "Kranhaus" in t for t in told)

    event["subject"] = "✅ Book the venue at Kranhaus"
    event["lastModifiedDateTime"] = (datetime.now(UTC) + timedelta(minutes=2)).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    assert _notify(client, fake, row.id, event_id, "updated").status_code == 200
    assert all_tasks(runtime)[0].status == "done"


def test_an_event_deleted_in_outlook_closes_the_task(
    chat_as: ChatFactory,
    runtime: Runtime,
    fake: FakeVendors,
    client: TestClient,
    graph_calls_back: None,
) -> None:
    ana = chat_as("ana", "Ana")
    _sign_in(ana, client, "connect outlook calendar")
    (row,) = stored(runtime, IntegrationConnection)
    assert row.id is not None
    (card,) = ana.say("dentist on thursday 3pm")
    ana.press("Confirm", card)
    event_id = str(links(runtime)[0].external_id)
    del fake.items[KIND][event_id]
    assert _notify(client, fake, row.id, event_id, "deleted").status_code == 200
    assert all_tasks(runtime)[0].status == "done"
    assert fake.of(KIND, "DELETE") == []  # nothing is sent back for it


def test_notifications_without_the_client_state_are_refused(
    chat_as: ChatFactory,
    runtime: Runtime,
    fake: FakeVendors,
    client: TestClient,
    connect: Connect,
) -> None:
    chat_as("ana", "Ana")
    connection_id = connect(KIND, extra={"webhook_secret": "the-client-state", "hook_id": "s-1"})
    subscription = {"id": "s-1", "expirationDateTime": "2030-01-01T00:00:00Z"}
    path = f"/webhooks/integrations/{KIND}?connection={connection_id}"
    forged = {"value": [notification("AAMkEv1", "deleted", subscription=subscription)]}
    forged["value"][0]["clientState"] = "a-guess"
    answer = client.post(path, json=forged)
    assert answer.status_code == 403
    assert (
        client.post(path, content=b"[]", headers={"Content-Type": "application/json"}).status_code
        == 403
    )


def test_graph_checks_the_notification_url_with_a_token_answered_in_plain_text(
    client: TestClient,
) -> None:
    token = "Validation: Testing client application reachability for subscription Request-Id: 1"
    answer = client.post(f"/webhooks/integrations/{KIND}", params={"validationToken": token})
    assert answer.status_code == 200 and answer.text == token
    assert answer.headers["content-type"].startswith("text/plain")


def test_subscriptions_are_renewed_before_they_end_and_made_again_when_gone(
    chat_as: ChatFactory,
    runtime: Runtime,
    fake: FakeVendors,
    client: TestClient,
    clock: FixedClock,
    graph_calls_back: None,
) -> None:
    ana = chat_as("ana", "Ana")
    _sign_in(ana, client, "connect outlook calendar")
    (row,) = stored(runtime, IntegrationConnection)
    assert row.id is not None
    first = _secrets(runtime)["hook_id"]
    _ends(runtime, row.id, FIXED_NOW + timedelta(days=3))  # as Graph said, on the test's clock

    runtime.run_job("renew_subscriptions", (row.id,))
    assert fake.of(KIND, "PATCH", "/v1.0/subscriptions") == []  # ends in three days: not yet

    clock.advance(timedelta(days=2, hours=1))
    runtime.tick()  # the hourly upkeep queues the renewal
    (renewed,) = fake.of(KIND, "PATCH", "/v1.0/subscriptions")
    assert renewed.path == f"/v1.0/subscriptions/{first}"
    assert _secrets(runtime)["hook_expires"] == renewed.json["expirationDateTime"]

    del fake.items["outlook_subscriptions"][first]  # Graph dropped it
    _ends(runtime, row.id, FIXED_NOW)
    runtime.run_job("renew_subscriptions", (row.id,))
    assert len(fake.of(KIND, "POST", "/v1.0/subscriptions")) == 2
    fresh = _secrets(runtime)["hook_id"]
    assert fresh != first and fresh in fake.items["outlook_subscriptions"]


@pytest.mark.parametrize("status", [429, 503])
def test_throttling_waits_as_long_as_graph_says(status: int) -> None:
    tool = OutlookCalendar(config={}, secrets={"token": "t"})
    answer = httpx.Response(
        status,
        headers={"Retry-After": "7"},
        json={"error": {"code": "TooManyRequests", "message": "Please retry later."}},
    )
    with pytest.raises(RetryLater) as raised:
        tool._raise_for(answer, "POST", EVENTS)
    assert raised.value.retry_after == 7.0
