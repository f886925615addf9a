"""`POST /webhooks/slack`: signatures, url_verification, retries and payloads FlowHub can't read."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.storage import InboxEvent, session_scope
from tests.auxil.fake_slack import FakeSlack
from tests.connectors.slack import payloads as p


def _inbox(runtime: Runtime) -> list[InboxEvent]:
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(InboxEvent)))


def test_url_verification_answers_the_challenge(client: TestClient) -> None:
    body = {
        "token": "legacy",
        "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmd",
        "type": "url_verification",
    }
    answer = p.post_json(client, body)
    assert answer.status_code == 200
    assert answer.json() == {"challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmd"}


@pytest.mark.parametrize(
    "sign",
    [
        {"secret": "not-the-signing-secret"},
        {"age": 6 * 60},  # outside the 5-minute window
    ],
    ids=["wrong-secret", "stale"],
)
def test_bad_or_stale_signature_is_401_and_stores_nothing(
    client: TestClient, runtime: Runtime, fake: FakeSlack, sign: dict
) -> None:
    answer = p.post_json(client, p.event_callback(p.dm("call Bob friday")), **sign)
    assert answer.status_code == 401
    assert _inbox(runtime) == [] and fake.calls == []


def test_unsigned_request_is_401(client: TestClient, runtime: Runtime) -> None:
    body = json.dumps(p.event_callback(p.dm("call Bob friday")))
    answer = client.post(
        "/webhooks/slack", content=body, headers={"content-type": "application/json"}
    )
    assert answer.status_code == 401
    garbled = client.post(
        "/webhooks/slack", content=b"{not json", headers={"x-slack-signature": "v0=00"}
    )
    assert garbled.status_code == 401
    assert _inbox(runtime) == []


def test_a_retry_of_a_stored_event_is_acknowledged_once(
    client: TestClient, runtime: Runtime, fake: FakeSlack
) -> None:
    delivery = p.event_callback(p.dm("send the invoice tomorrow"))
    assert p.post_json(client, delivery).status_code == 200
    retry = {"x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout"}
    assert p.post_json(client, delivery, extra=retry).status_code == 200
    # The same message as a fresh delivery (a new event_id) is the same message all the same.
    again = {**delivery, "event_id": "Ev-other"}
    assert p.post_json(client, again, extra=retry).status_code == 200
    assert len(_inbox(runtime)) == 1
    assert len(fake.calls_to("chat.postMessage")) == 1


def test_signed_but_unreadable_payloads_are_4xx(
    client: TestClient, runtime: Runtime, caplog: pytest.LogCaptureFixture
) -> None:
    raw = "{not json"
    garbled = client.post(
        "/webhooks/slack",
        content=raw,
        headers=p.signed_headers(raw, content_type="application/json"),
    )
    assert garbled.status_code == 400
    broken = p.dm("hello")
    del broken["ts"]
    answer = p.post_json(client, p.event_callback(broken))
    assert answer.status_code == 400
    assert "ts must be a non-empty string" in caplog.text
    odd = p.post_json(client, {"type": "something_else", "team_id": p.TEAM})
    assert odd.status_code == 404
    assert _inbox(runtime) == []


def test_events_flowhub_does_not_handle_are_acknowledged(
    client: TestClient, runtime: Runtime, fake: FakeSlack
) -> None:
    reaction = {
        "type": "reaction_added",
        "user": p.ANA,
        "reaction": "thumbsup",
        "event_ts": p.next_ts(),
    }
    assert p.post_json(client, p.event_callback(reaction)).status_code == 200
    own = p.dm("I posted this", user=p.BOT_USER)
    assert p.post_json(client, p.event_callback(own)).status_code == 200
    other_bot = p.dm("beep", subtype="bot_message", bot_id="B999")
    assert p.post_json(client, p.event_callback(other_bot)).status_code == 200
    in_channel = {**p.dm("chatter"), "channel": p.CHANNEL, "channel_type": "channel"}
    assert p.post_json(client, p.event_callback(in_channel)).status_code == 200
    assert _inbox(runtime) == [] and fake.calls_to("chat.postMessage") == []


def test_ssl_check_is_answered(client: TestClient) -> None:
    raw = "token=legacy&ssl_check=1"
    answer = client.post(
        "/webhooks/slack",
        content=raw,
        headers=p.signed_headers(raw, content_type="application/x-www-form-urlencoded"),
    )
    assert answer.status_code == 200


def test_a_timestamp_that_is_not_a_number_is_401(client: TestClient) -> None:
    raw = json.dumps(p.event_callback(p.dm("hi")))
    headers = p.signed_headers(raw, content_type="application/json") | {
        "x-slack-request-timestamp": "yesterday"
    }
    assert client.post("/webhooks/slack", content=raw, headers=headers).status_code == 401
