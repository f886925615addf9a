"""Hostile and malformed input never gets a 500, and a 503 only when storage is down.

Each case is one reported finding, sent over HTTP to a real server (uvicorn on loopback), on
SQLite and on PostgreSQL. Unreadable bodies are refused with 400 (401/403 when unsigned);
readable but odd payloads are stored (their text made storable) and answered 200.
"""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest

from tests.connectors.slack import payloads as sp
from tests.connectors.telegram import updates as tu
from tests.connectors.whatsapp import payloads as wp
from tests.webhooks import deliver
from tests.webhooks.harness import Server

DEEP = b"[" * 10_000 + b"]" * 10_000
DEEP_OBJECT = b'{"a":' * 10_000 + b"1" + b"}" * 10_000


def _refused(response: httpx.Response, *codes: int) -> None:
    assert response.status_code in codes, (response.status_code, response.text[:300])


def _stored(server: Server, platform: str, message_id: str) -> Any:
    rows = [r for r in server.inbox() if r.platform == platform and r.message_id == message_id]
    assert len(rows) == 1, f"{platform} {message_id} not stored"
    return rows[0]


def test_slack_undecodable_body_is_refused_whatever_the_signature(server: Server) -> None:
    headers = {
        "x-slack-request-timestamp": str(int(time.time())),
        "x-slack-signature": "v0=" + "0" * 64,
        "content-type": "application/json",
    }
    _refused(server.http.post("/webhooks/slack", content=b"\xff", headers=headers), 401)
    _refused(deliver.slack(server.http, b"\xff"), 400)
    _refused(deliver.slack(server.http, b"payload=%FF%FE", form=True), 400)


@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT], ids=["array", "object"])
def test_deep_json_is_refused_before_it_is_parsed(server: Server, body: bytes) -> None:
    unsigned = {"content-type": "application/json"}
    _refused(server.http.post("/webhooks/slack", content=body, headers=unsigned), 401)
    _refused(deliver.slack(server.http, body), 400)
    _refused(deliver.slack(server.http, b"payload=" + body, form=True), 400)
    _refused(deliver.telegram(server.http, body), 400)
    _refused(deliver.whatsapp(server.http, body), 400)
    for kind in server.connections:
        _refused(deliver.tool(server.http, kind, body), 400)
    assert server.healthy()


def test_whatsapp_contact_card_with_phones_as_a_number_is_stored(server: Server) -> None:
    message = wp.contact_card()
    message["contacts"][0]["phones"] = 5
    response = deliver.whatsapp(server.http, deliver.encode(wp.messages_delivery(message)))
    _refused(response, 200)
    assert _stored(server, "whatsapp", message["id"]).kind == "media"


@pytest.mark.parametrize(
    "build",
    [
        lambda: {**sp.event_callback(sp.dm("hi")), "event": 5},
        lambda: {**sp.event_callback(sp.dm("hi")), "event": [1]},
        lambda: {**sp.event_callback(sp.dm("hi")), "authorizations": 5, "team_id": 7},
    ],
    ids=["event-number", "event-list", "team-number"],
)
def test_slack_events_of_the_wrong_shape_are_not_5xx(server: Server, build: Any) -> None:
    _refused(deliver.slack(server.http, deliver.encode(build())), 200, 400, 404)


@pytest.mark.parametrize(
    "build",
    [
        lambda: {**sp.button("confirm:1", card_ts=sp.next_ts()), "actions": []},
        lambda: {**sp.button("confirm:1", card_ts=sp.next_ts()), "actions": [5]},
        lambda: {**sp.button("confirm:1", card_ts=sp.next_ts()), "container": "x"},
        lambda: {**sp.button("confirm:1", card_ts=sp.next_ts()), "user": 5},
        lambda: {"type": "view_submission", "team": {"id": sp.TEAM}, "view": {"id": "V1"}},
        lambda: {"type": "view_submission", "view": 5},
        lambda: {**sp.shortcut("call Bob"), "message": 5},
        lambda: 5,
        lambda: [],
    ],
    ids=[
        "actions-empty",
        "action-number",
        "container-string",
        "user-number",
        "view-without-type",
        "view-number",
        "shortcut-message-number",
        "payload-number",
        "payload-list",
    ],
)
def test_slack_interactions_of_the_wrong_shape_are_not_5xx(server: Server, build: Any) -> None:
    _refused(
        deliver.slack(server.http, deliver.slack_interaction(build()), form=True), 200, 400, 404
    )


def test_slack_command_with_a_lone_surrogate_is_stored(server: Server) -> None:
    fields = sp.command("add call Bob \ud800 friday")
    body = ("&".join(f"{k}={v}" for k, v in fields.items() if k != "text")).encode()
    body += b"&text=add+call+Bob+%ED%A0%80+friday"  # the surrogate's bytes: not valid UTF-8
    _refused(deliver.slack(server.http, body, form=True), 200, 400)
    payload = sp.event_callback(sp.dm("call Bob \ud800 friday"))
    _refused(deliver.slack(server.http, deliver.encode(payload)), 200)
    row = _stored(server, "slack", f"{payload['event']['channel']}:{payload['event']['ts']}")
    assert row.text == "call Bob \ufffd friday"


def test_whatsapp_lone_surrogate_is_stored(server: Server) -> None:
    message = wp.text("call Bob \ud800 friday")
    _refused(deliver.whatsapp(server.http, deliver.encode(wp.messages_delivery(message))), 200)
    assert _stored(server, "whatsapp", message["id"]).text == "call Bob \ufffd friday"


def test_telegram_lone_surrogate_is_stored(server: Server) -> None:
    update = tu.message(70_001, "call Bob \ud800 friday")
    _refused(deliver.telegram(server.http, deliver.encode(update)), 200)
    assert _stored(server, "telegram", "u70001").text == "call Bob \ufffd friday"


@pytest.mark.parametrize("date", [2**63, -(2**63), 10**30, 1e308], ids=str)
def test_telegram_date_out_of_range_is_not_5xx(server: Server, date: Any) -> None:
    update = tu.message(70_100 + len(str(date)), "call Bob", date=date)
    _refused(deliver.telegram(server.http, deliver.encode(update)), 200, 400)


@pytest.mark.parametrize(
    ("field", "value"),
    [("text", 5), ("text", {"a": 1}), ("caption", [1])],
)
def test_telegram_non_string_text_is_stored(server: Server, field: str, value: Any) -> None:
    update_id = 70_200 + len(json.dumps(value)) + len(field)
    update = tu.message(update_id, None)
    update["message"][field] = value
    _refused(deliver.telegram(server.http, deliver.encode(update)), 200)
    _stored(server, "telegram", f"u{update_id}")


def test_telegram_non_string_first_name_is_stored(server: Server) -> None:
    update = tu.message(70_300, "call Bob", sender={**tu.ANA, "first_name": 5})
    _refused(deliver.telegram(server.http, deliver.encode(update)), 200)
    _stored(server, "telegram", "u70300")


def test_ids_longer_than_their_columns_are_stored(server: Server) -> None:
    message = wp.text("call Bob", id="wamid." + "w" * 400)
    message["from"] = "1" * 300
    delivery = wp.messages_delivery(message)
    _refused(deliver.whatsapp(server.http, deliver.encode(delivery)), 200)
    again = deliver.whatsapp(server.http, deliver.encode(delivery))
    assert again.status_code == 200 and again.json()["duplicates"] == 1
    long_chat = {"id": 10**200, "type": "private", "first_name": "Ana"}
    update = tu.message(70_400, "call Bob", chat=long_chat, sender={**tu.ANA, "id": 10**150})
    _refused(deliver.telegram(server.http, deliver.encode(update)), 200)
    _stored(server, "telegram", "u70400")
    channel = "D" + "x" * 300
    event = sp.event_callback(sp.dm("call Bob", channel=channel))
    _refused(deliver.slack(server.http, deliver.encode(event)), 200)
    stored = [r for r in server.inbox() if r.platform == "whatsapp" and r.text == "call Bob"]
    assert len(stored) == 1 and len(stored[0].message_id) <= 200
    assert stored[0].raw["message"]["id"] == message["id"]
    assert server.healthy()


def test_nul_and_surrogates_in_keys_and_values_are_stored(server: Server) -> None:
    update = tu.message(70_500, "call\x00 Bob")
    update["message"]["odd\ud800key\x00"] = "v\udfff"
    _refused(deliver.telegram(server.http, deliver.encode(update)), 200)
    message = wp.text("call\x00 Bob \udc00")
    message["odd\ud800\x00"] = {"\x00": "\ud800"}
    _refused(deliver.whatsapp(server.http, deliver.encode(wp.messages_delivery(message))), 200)
    _stored(server, "whatsapp", message["id"])
    assert server.healthy()


def test_a_signed_payload_slack_cannot_route_is_stored_as_failed(server: Server) -> None:
    payload = {**sp.button("confirm:1", card_ts=sp.next_ts()), "actions": []}
    payload["trigger_id"] = "unroutable-" + sp.next_ts()
    body = deliver.slack_interaction(payload)
    _refused(deliver.slack(server.http, body, form=True), 200)
    [row] = [
        r
        for r in server.inbox()
        if r.raw.get("unparsed", {}).get("trigger_id") == payload["trigger_id"]
    ]
    assert row.status == "failed" and "IndexError" in (row.error or "")
    _refused(deliver.slack(server.http, body, form=True), 200)  # Slack's retry: stored once
    assert len([r for r in server.inbox() if r.message_id == row.message_id]) == 1
