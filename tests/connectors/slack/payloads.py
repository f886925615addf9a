"""Slack requests as Slack sends them: signed bodies, and builders for each payload shape."""

from __future__ import annotations

import itertools
import json
import time
from typing import Any
from urllib.parse import quote, urlencode

from fastapi.testclient import TestClient
from httpx import Response
from slack_sdk.signature import SignatureVerifier

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TEAM = "T111"
BOT_USER = "UBOT1"
ANA = "U111"
BOB = "U222"
ANA_DM = "D111"
CHANNEL = "C111"
_IDS = itertools.count(1)
_TS = itertools.count(1)


def next_ts() -> str:
    """A fresh Slack message ts."""
    return f"1772614800.{next(_TS):06d}"


def signed_headers(
    body: str, *, secret: str = SIGNING_SECRET, age: int = 0, content_type: str
) -> dict[str, str]:
    """The headers Slack signs a request with (`age` seconds in the past)."""
    timestamp = str(int(time.time()) - age)
    signature = SignatureVerifier(secret).generate_signature(timestamp=timestamp, body=body)
    return {
        "x-slack-request-timestamp": timestamp,
        "x-slack-signature": signature,
        "content-type": content_type,
    }


def post_json(
    client: TestClient, body: dict[str, Any], *, extra: dict[str, str] | None = None, **sign: Any
) -> Response:
    """POST an Events API body, signed."""
    raw = json.dumps(body)
    headers = signed_headers(raw, content_type="application/json", **sign) | (extra or {})
    return client.post("/webhooks/slack", content=raw, headers=headers)


def post_form(client: TestClient, form: dict[str, str], **sign: Any) -> Response:
    """POST a slash command (form body), signed."""
    raw = urlencode(form)
    headers = signed_headers(raw, content_type="application/x-www-form-urlencoded", **sign)
    return client.post("/webhooks/slack", content=raw, headers=headers)


def post_interaction(client: TestClient, payload: dict[str, Any], **sign: Any) -> Response:
    """POST an interactivity payload (`payload=<json>` form body), signed."""
    raw = "payload=" + quote(json.dumps(payload))
    headers = signed_headers(raw, content_type="application/x-www-form-urlencoded", **sign)
    return client.post("/webhooks/slack", content=raw, headers=headers)


def event_callback(
    event: dict[str, Any], *, team: str = TEAM, event_id: str | None = None
) -> dict[str, Any]:
    """The Events API wrapper around one event."""
    return {
        "token": "legacy",
        "team_id": team,
        "api_app_id": "A111",
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{next(_IDS):08d}",
        "event_time": 1772614800,
        "authorizations": [
            {"team_id": team, "user_id": BOT_USER, "is_bot": True, "is_enterprise_install": False}
        ],
    }


def dm(
    text: str, *, user: str = ANA, channel: str = ANA_DM, ts: str | None = None, **more: Any
) -> dict[str, Any]:
    """A direct message to the bot."""
    ts = ts or next_ts()
    return {
        "type": "message",
        "text": text,
        "user": user,
        "ts": ts,
        "event_ts": ts,
        "channel": channel,
        "channel_type": "im",
        "team": TEAM,
        **more,
    }


def mention(text: str, *, user: str = ANA, channel: str = CHANNEL) -> dict[str, Any]:
    """An @-mention of the bot in a channel."""
    ts = next_ts()
    return {
        "type": "app_mention",
        "user": user,
        "text": text,
        "ts": ts,
        "channel": channel,
        "event_ts": ts,
    }


def changed(channel: str, ts: str, old: str, new: str, *, user: str = ANA) -> dict[str, Any]:
    """A `message_changed` event: the message `ts` now reads `new`."""
    edit_ts = next_ts()
    return {
        "type": "message",
        "subtype": "message_changed",
        "channel": channel,
        "hidden": True,
        "ts": edit_ts,
        "event_ts": edit_ts,
        "channel_type": "im",
        "message": {
            "type": "message",
            "text": new,
            "user": user,
            "ts": ts,
            "edited": {"user": user, "ts": edit_ts},
        },
        "previous_message": {"type": "message", "text": old, "user": user, "ts": ts},
    }


def command(
    text: str, *, user: str = ANA, channel: str = CHANNEL, response_url: str = "", team: str = TEAM
) -> dict[str, str]:
    """`/flowhub <text>` as Slack posts it."""
    return {
        "token": "legacy",
        "team_id": team,
        "team_domain": "acme",
        "channel_id": channel,
        "channel_name": "general",
        "user_id": user,
        "user_name": "ana",
        "command": "/flowhub",
        "text": text,
        "api_app_id": "A111",
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": f"{next(_IDS)}.738474920.8088930838d88f008e0",
    }


def button(
    value: str,
    *,
    card_ts: str,
    channel: str = ANA_DM,
    user: str = ANA,
    ephemeral: bool = False,
    response_url: str = "",
    label: str = "✅ Confirm",
) -> dict[str, Any]:
    """A `block_actions` press of one of FlowHub's buttons."""
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": {"id": user, "username": "ana", "name": "ana", "team_id": TEAM},
        "api_app_id": "A111",
        "token": "legacy",
        "container": {
            "type": "message",
            "message_ts": card_ts,
            "channel_id": channel,
            "is_ephemeral": ephemeral,
        },
        "trigger_id": f"{next(_IDS)}.222.valid",
        "team": {"id": TEAM, "domain": "acme"},
        "channel": {"id": channel, "name": "directmessage"},
        "response_url": response_url,
        "actions": [
            {
                "action_id": "flowhub-0",
                "block_id": "b1",
                "text": {"type": "plain_text", "text": label, "emoji": True},
                "value": value,
                "type": "button",
                "action_ts": next_ts(),
            }
        ],
    }
    if not ephemeral:
        payload["message"] = {"type": "message", "ts": card_ts, "text": "card"}
    return payload


def shortcut(
    text: str, *, author: str = BOB, user: str = ANA, channel: str = CHANNEL, response_url: str = ""
) -> dict[str, Any]:
    """The "Create task" message shortcut on a message by `author`."""
    ts = next_ts()
    return {
        "type": "message_action",
        "token": "legacy",
        "action_ts": next_ts(),
        "team": {"id": TEAM, "domain": "acme"},
        "user": {"id": user, "name": "ana"},
        "channel": {"id": channel, "name": "dev"},
        "callback_id": "create_task",
        "trigger_id": f"{next(_IDS)}.222.xxx",
        "message_ts": ts,
        "message": {"type": "message", "text": text, "user": author, "ts": ts, "team": TEAM},
        "response_url": response_url,
    }


def view_submission(
    view: dict[str, Any], values: dict[str, str], *, user: str = ANA
) -> dict[str, Any]:
    """The edit modal `view` saved with `values` (block id -> new value)."""
    state: dict[str, Any] = {}
    for block in view["blocks"]:
        name = block["block_id"]
        element = block["element"]
        if element["type"] == "static_select":
            chosen = values.get(name, element["initial_option"]["value"])
            state[name] = {name: {"type": "static_select", "selected_option": {"value": chosen}}}
        else:
            value = values.get(name, element.get("initial_value"))
            state[name] = {name: {"type": "plain_text_input", "value": value}}
    return {
        "type": "view_submission",
        "team": {"id": TEAM, "domain": "acme"},
        "user": {"id": user, "username": "ana", "name": "ana", "team_id": TEAM},
        "api_app_id": "A111",
        "token": "legacy",
        "trigger_id": f"{next(_IDS)}.333.valid",
        "view": {
            **view,
            "id": "V111",
            "team_id": TEAM,
            "hash": "1596530361.3wRYuk3R",
            "state": {"values": state},
        },
        "response_urls": [],
    }
