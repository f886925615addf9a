"""Pipedrive sign-in (OAuth): the client's id and secret go to the token call as HTTP Basic
credentials, as Pipedrive requires, and the signed-in token pushes activities."""

from __future__ import annotations

import base64
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from flowhub.bot.runtime import Runtime
from flowhub.integrations import INTEGRATIONS, crypto
from flowhub.integrations.config import tool_config
from flowhub.settings import Settings
from flowhub.storage import IntegrationConnection
from tests.auxil.fake_vendors import OAUTH_CLIENT, TOKENS, FakeVendors
from tests.conftest import ChatFactory
from tests.integrations.conftest import PUBLIC_URL, stored


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The test settings with a Pipedrive OAuth app."""
    client_id, secret = OAUTH_CLIENT
    update = {"pipedrive_client_id": client_id, "pipedrive_client_secret": SecretStr(secret)}
    return settings.model_copy(update=update)


def _secrets(runtime: Runtime) -> dict[str, str]:
    (row,) = stored(runtime, IntegrationConnection)
    return crypto.decrypt(row.secret_encrypted, tools=tool_config(runtime.settings))


def test_sign_in_with_pipedrive_sends_the_client_as_basic_credentials_and_pushes(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana = chat_as("ana", "Ana")
    replies = [m.text for m in ana.say("connect pipedrive")]
    link = next(t for t in replies if "Sign in to Pipedrive" in t).split()[-1]
    start = client.get(link.removeprefix(PUBLIC_URL), follow_redirects=False)
    target = urlsplit(start.headers["location"])
    assert target.netloc == "oauth.pipedrive.com"
    state = parse_qs(target.query)["state"][0]
    done = client.get(f"/integrations/oauth/pipedrive/callback?code=good-code&state={state}")
    assert done.status_code == 200 and "connected" in done.text
    (token_call,) = [c for c in fake.calls if c.tool == "oauth"]
    pair = base64.b64encode(":".join(OAUTH_CLIENT).encode()).decode()
    assert token_call.headers["authorization"] == f"Basic {pair}"
    assert b"client_secret" not in token_call.body
    assert _secrets(runtime)["refresh_token"] == "pipedrive-refresh"

    ana.collect()
    (card,) = ana.say("follow up with ACME Corp on friday")
    ana.press("Confirm", card)
    (create,) = fake.creates("pipedrive")
    assert create.headers["authorization"] == f"Bearer {TOKENS['pipedrive']}"
    assert create.json["org_id"] == 5


def test_a_signed_in_connection_calls_its_company_domain_with_a_bearer_token() -> None:
    secrets = {"token": "t", "refresh_token": "r", "api_domain": "https://acme.pipedrive.com"}
    signed_in = INTEGRATIONS["pipedrive"](config={}, secrets=secrets)
    assert signed_in.base_url == "https://acme.pipedrive.com"
    assert signed_in._auth_headers() == {"Authorization": "Bearer t"}
    by_token = INTEGRATIONS["pipedrive"](config={}, secrets={"token": "t"})
    assert by_token.base_url == "https://api.pipedrive.com"
    assert by_token._auth_headers() == {"x-api-token": "t"}
