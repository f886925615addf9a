"""No secret reaches the log: traffic on every platform against `flowhub run` at DEBUG, then the
captured output is searched for each configured secret and each one a person pasted or was sent."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import httpx

from flowhub.bot.logs import Redactor, hide
from tests.auxil.fake_vendors import TOKENS, TRELLO_KEY
from tests.connectors.slack import payloads as sp
from tests.connectors.telegram import updates as tu
from tests.connectors.whatsapp import payloads as wp
from tests.security import process
from tests.security.conftest import configured_secrets
from tests.webhooks import deliver
from tests.webhooks.harness import PUBLIC_URL, Fakes

_UPDATES = iter(range(700_000, 800_000))


def _wait_for(find: Callable[[], Any], what: str, timeout: float = 30) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = find()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _telegram_says(http: httpx.Client, apis: Fakes, text: str, expect: str) -> str:
    """Send a Telegram message; the first bot message after it that contains `expect`."""
    seen = len(apis.telegram.calls_to("sendMessage"))
    update = tu.message(next(_UPDATES), text)
    assert deliver.telegram(http, deliver.encode(update)).status_code == 200

    def reply() -> str | None:
        for call in apis.telegram.calls_to("sendMessage")[seen:]:
            if expect in call.params.get("text", ""):
                return str(call.params["text"])
        return None

    found: str = _wait_for(reply, f"a Telegram reply with {expect!r} to {text!r}")
    return found


def test_no_secret_in_the_log(server: process.Running, apis: Fakes) -> None:
    http = httpx.Client(base_url=server.url, timeout=30)
    sent: dict[str, str] = {}

    # WhatsApp: the subscription check (verify token in the query) and a message.
    check = http.get(
        "/webhooks/whatsapp",
        params={
            "hub.mode": "subscribe",
            "hub.verify_token": wp.VERIFY_TOKEN,
            "hub.challenge": "1158201444",
        },
    )
    assert check.status_code == 200 and check.text == "1158201444"
    body = deliver.encode(wp.messages_delivery(wp.text("book the venue for next week")))
    assert deliver.whatsapp(http, body).status_code == 200
    _wait_for(lambda: apis.graph.sent, "a WhatsApp reply")

    # Slack: a direct message, and an OAuth callback carrying a code and a state.
    body = deliver.encode(sp.event_callback(sp.dm("book the venue for next week")))
    assert deliver.slack(http, body).status_code == 200
    _wait_for(lambda: apis.slack.calls_to("chat.postMessage"), "a Slack reply")
    sent["slack oauth code"] = "slack-oauth-code-0123456789"
    sent["slack oauth state"] = "slack-oauth-state-0123456789"
    http.get(
        "/webhooks/slack/oauth/callback",
        params={"code": sent["slack oauth code"], "state": sent["slack oauth state"]},
    )

    # Telegram: pasted tokens (Todoist; Trello, whose API takes its token in the query).
    _telegram_says(http, apis, "connect todoist", "Todoist")
    _telegram_says(http, apis, TOKENS["todoist"], "Todoist connected")
    _telegram_says(http, apis, "connect trello", "Trello")
    pasted = f"key: {TRELLO_KEY}\nlist_id: 5f0a1b2c3d4e5f6a7b8c9d0e\ntoken: {TOKENS['trello']}"
    _telegram_says(http, apis, pasted, "Trello connected")
    _telegram_says(http, apis, "book the venue for next week", "venue")

    # The calendar feed: its URL (with the secret) is sent in chat, then fetched.
    ready = _telegram_says(http, apis, "connect ical", "/ical/")
    feed = next(w for w in ready.split() if "/ical/" in w).strip("<>\"'")
    path = urlsplit(feed).path
    sent["ical feed secret"] = path.rsplit("/", 1)[-1].removesuffix(".ics").split("-", 1)[1]
    assert http.get(path).status_code == 200
    assert http.get(path, params={"kind": "todo"}).status_code == 200

    # Google sign-in: the state in the link, then the callback with the code.
    link = _telegram_says(http, apis, "connect google calendar", "/integrations/oauth/google/")
    start = next(w for w in link.split() if "/integrations/oauth/google/start" in w)
    start = start.removeprefix(PUBLIC_URL).strip("<>\"'").replace("&amp;", "&")
    redirect = http.get(start, follow_redirects=False)
    assert redirect.status_code == 302, redirect.text
    sent["google oauth state"] = parse_qs(urlsplit(redirect.headers["location"]).query)["state"][0]
    state = quote(sent["google oauth state"])
    done = http.get(f"/integrations/oauth/google/callback?code=good-code&state={state}")
    assert done.status_code == 200, done.text
    http.close()

    log = server.log()
    assert "HTTP Request: POST" in log and "/bot[redacted]/sendMessage" in log
    assert "hub.verify_token=[redacted]" in log and "/ical/[redacted]" in log
    secrets = {
        **configured_secrets(),
        "pasted todoist token": TOKENS["todoist"],
        "pasted trello token": TOKENS["trello"],
        "google access token": TOKENS["google_calendar"],
        **sent,
    }
    leaked = {name: value for name, value in secrets.items() if value in log}
    assert not leaked, f"secrets in the log: {sorted(leaked)}"


def test_the_filter_keeps_arguments_in_place_and_redacts_tracebacks() -> None:
    redactor = Redactor(["configured-secret-value"])
    access = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        (
            "127.0.0.1:5000",
            "GET",
            "/webhooks/whatsapp?hub.verify_token=abc&hub.challenge=7",
            "1.1",
            200,
        ),
        None,
    )
    assert redactor.filter(access)
    assert isinstance(access.args, tuple) and access.args[4] == 200
    assert access.getMessage().endswith(
        '"GET /webhooks/whatsapp?hub.verify_token=[redacted]&hub.challenge=7 HTTP/1.1" 200'
    )

    hide("learnt-at-run-time-token")
    try:
        raise ValueError("refused learnt-at-run-time-token and configured-secret-value")
    except ValueError:
        failed = logging.LogRecord("x", logging.ERROR, __file__, 1, "%s", (None,), sys.exc_info())
    redactor.filter(failed)
    text = logging.Formatter().format(failed)
    assert "learnt-at-run-time-token" not in text and "configured-secret-value" not in text
    assert "ValueError: refused [redacted] and [redacted]" in text
