"""OAuth sign-in: a signed, single-use state bound to the person; the code becomes an encrypted
connection."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qs, urlsplit

import httpx
from fastapi.testclient import TestClient

from flowhub.bot.runtime import Runtime
from flowhub.integrations import crypto
from flowhub.integrations.config import tool_config
from flowhub.settings import Settings
from flowhub.storage import IntegrationConnection, people, session_scope
from tests.auxil.fake_vendors import TOKENS, FakeVendors
from tests.conftest import ChatFactory
from tests.integrations.conftest import PUBLIC_URL, stored
from tests.integrations.live import Live, live_app


def test_google_sign_in_from_chat(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana = chat_as("ana", "Ana")
    replies = [m.text for m in ana.say("connect google calendar")]
    link = next(t for t in replies if "Sign in to Google" in t).split()[-1]
    assert link.startswith(f"{PUBLIC_URL}/integrations/oauth/google/start?state=")
    start = client.get(link.removeprefix(PUBLIC_URL), follow_redirects=False)
    assert start.status_code == 302
    target = urlsplit(start.headers["location"])
    params = parse_qs(target.query)
    assert target.netloc == "accounts.google.com"
    assert params["redirect_uri"] == [f"{PUBLIC_URL}/integrations/oauth/google/callback"]
    assert params["access_type"] == ["offline"] and params["client_id"] == ["client-id"]
    state = params["state"][0]

    forged = client.get(f"/integrations/oauth/google/callback?code=good-code&state={state}x")
    assert forged.status_code == 400
    other = client.get(f"/integrations/oauth/microsoft/callback?code=good-code&state={state}")
    assert other.status_code == 400  # a Google state is not a Microsoft one
    done = client.get(f"/integrations/oauth/google/callback?code=good-code&state={state}")
    assert done.status_code == 200 and "connected" in done.text

    (row,) = stored(runtime, IntegrationConnection)
    assert row.kind == "google_calendar" and TOKENS["google_calendar"] not in str(row)
    secrets = crypto.decrypt(row.secret_encrypted, tools=tool_config(runtime.settings))
    assert secrets == {"token": TOKENS["google_calendar"], "refresh_token": "google-refresh"}
    assert any("Google Calendar connected" in m.text for m in ana.messages())

    ana.collect()  # the "connected" message arrived between the chat's own steps
    (card,) = ana.say("send the Q4 deck to Sam by friday 5pm")
    ana.press("Confirm", card)
    assert len(fake.creates("google_calendar")) == 1


def _state(app: Live, tool: str = "google calendar") -> str:
    replies = app.say(f"connect {tool}")
    link = next(t for t in replies if "Sign in to" in t).split()[-1]
    start = app.http.get(link.removeprefix(PUBLIC_URL), follow_redirects=False)
    assert start.status_code == 302, start.text
    return parse_qs(urlsplit(start.headers["location"]).query)["state"][0]


def _token_calls(fake: FakeVendors) -> int:
    return len([c for c in fake.calls if c.tool == "oauth" and c.path.endswith("/token")])


def test_a_state_works_once(settings: Settings, fake: FakeVendors) -> None:
    with live_app(settings) as app:
        state = _state(app)
        callback = f"/integrations/oauth/google/callback?code=good-code&state={state}"
        first = app.http.get(callback)
        assert first.status_code == 200 and "connected" in first.text
        for _ in range(2):
            again = app.http.get(callback)
            assert again.status_code == 400
            assert "already used" in again.text and "connect google calendar" in again.text
        assert _token_calls(fake) == 1
        start = app.http.get(f"/integrations/oauth/google/start?state={state}")
        assert start.status_code == 400 and "already used" in start.text
        (row,) = stored(app.runtime, IntegrationConnection)
        with session_scope(app.runtime.engine) as session:
            ana = people.get_identity(
                session=session, platform="playground", account="local", external_id="ana"
            )
            assert ana is not None and row.person_id == ana.person_id


def test_concurrent_callbacks_with_one_state_connect_once(
    settings: Settings, fake: FakeVendors
) -> None:
    with live_app(settings) as app:
        state = _state(app)
        callback = f"{app.url}/integrations/oauth/google/callback?code=good-code&state={state}"
        with ThreadPoolExecutor(4) as pool:
            answers = list(pool.map(lambda _: httpx.get(callback, timeout=30), range(4)))
        assert sorted(a.status_code for a in answers) == [200, 400, 400, 400]
        assert _token_calls(fake) == 1
        assert len(stored(app.runtime, IntegrationConnection)) == 1


def test_a_failed_sign_in_uses_the_state_up_and_a_new_link_works(
    settings: Settings, fake: FakeVendors
) -> None:
    with live_app(settings) as app:
        state = _state(app)
        base = "/integrations/oauth/google/callback"
        denied = app.http.get(f"{base}?error=access_denied&state={state}")
        assert denied.status_code == 400 and "access_denied" in denied.text
        assert app.http.get(f"{base}?code=good-code&state={state}").status_code == 400
        fresh = _state(app)
        assert fresh != state
        assert app.http.get(f"{base}?code=good-code&state={fresh}").status_code == 200
