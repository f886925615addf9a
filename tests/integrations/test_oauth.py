"""OAuth sign-in: a signed state bound to the person; the code becomes an encrypted connection."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from fastapi.testclient import TestClient

from flowhub.bot.runtime import Runtime
from flowhub.integrations import crypto
from flowhub.storage import IntegrationConnection
from tests.auxil.fake_vendors import TOKENS, FakeVendors
from tests.conftest import ChatFactory
from tests.integrations.conftest import PUBLIC_URL, stored


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
    secrets = crypto.decrypt(row.secret_encrypted, settings=runtime.settings)
    assert secrets == {"token": TOKENS["google_calendar"], "refresh_token": "google-refresh"}
    assert any("Google Calendar connected" in m.text for m in ana.messages())

    ana.collect()  # the "connected" message arrived between the chat's own steps
    (card,) = ana.say("send the Q4 deck to Sam by friday 5pm")
    ana.press("Confirm", card)
    assert len(fake.creates("google_calendar")) == 1
