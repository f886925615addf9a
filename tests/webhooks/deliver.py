"""Deliveries as each platform and tool sends them: the raw body, signed, to the real server."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from tests.connectors.slack import payloads as slack_payloads
from tests.connectors.whatsapp import payloads as wa_payloads
from tests.webhooks.harness import HOOK_SECRET, PUBLIC_URL, TELEGRAM_SECRET


def encode(payload: Any) -> bytes:
    """A JSON body, lone surrogates and all (as `json.dumps` writes them: escaped)."""
    return json.dumps(payload).encode()


def whatsapp(http: httpx.Client, body: bytes) -> httpx.Response:
    """POST a body to /webhooks/whatsapp, signed with the app secret."""
    return http.post("/webhooks/whatsapp", content=body, headers=wa_payloads.signed_headers(body))


def slack(http: httpx.Client, body: bytes, *, form: bool = False) -> httpx.Response:
    """POST a body to /webhooks/slack, signed the way Slack signs (over the raw bytes)."""
    stamp = str(int(time.time()))
    digest = hmac.new(
        slack_payloads.SIGNING_SECRET.encode(), b"v0:" + stamp.encode() + b":" + body, "sha256"
    ).hexdigest()
    headers = {
        "x-slack-request-timestamp": stamp,
        "x-slack-signature": f"v0={digest}",
        "content-type": "application/x-www-form-urlencoded" if form else "application/json",
    }
    return http.post("/webhooks/slack", content=body, headers=headers)


def slack_form(fields: dict[str, str]) -> bytes:
    """A slash command's form body."""
    return urlencode(fields).encode()


def slack_interaction(payload: Any) -> bytes:
    """An interactivity body: `payload=<json>`."""
    return ("payload=" + quote(json.dumps(payload))).encode()


def telegram(http: httpx.Client, body: bytes) -> httpx.Response:
    """POST a body to /webhooks/telegram with the secret token."""
    headers = {
        "X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET,
        "content-type": "application/json",
    }
    return http.post("/webhooks/telegram", content=body, headers=headers)


def _hex(body: bytes) -> str:
    return hmac.new(HOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()


def _b64(body: bytes, algorithm: str = "sha256") -> str:
    return base64.b64encode(hmac.new(HOOK_SECRET.encode(), body, algorithm).digest()).decode()


def tool(http: httpx.Client, kind: str, body: bytes) -> httpx.Response:
    """POST a body to /webhooks/integrations/<kind>, signed as that tool signs."""
    path = f"/webhooks/integrations/{kind}"
    headers = {
        "github": {"X-Hub-Signature-256": "sha256=" + _hex(body)},
        "jira": {"X-Hub-Signature": "sha256=" + _hex(body)},
        "linear": {"Linear-Signature": _hex(body)},
        "todoist": {"X-Todoist-Hmac-SHA256": _b64(body)},
        "trello": {"X-Trello-Webhook": _b64(body + (PUBLIC_URL + path).encode(), "sha1")},
        "asana": {"X-Hook-Signature": _hex(body)},
    }[kind]
    return http.post(path, content=body, headers={**headers, "content-type": "application/json"})
