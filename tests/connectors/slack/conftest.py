"""Slack fixtures: the fake Web API, settings pointing at it, the connector, the app over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from flowhub.bot.app import create_app
from flowhub.bot.runtime import Runtime
from flowhub.bot.slack_stores import slack_stores
from flowhub.connectors.slack import SlackConnector
from flowhub.settings import Settings
from tests.auxil.fake_slack import BOT_TOKEN, CLIENT_ID, CLIENT_SECRET, FakeSlack
from tests.connectors.slack.payloads import ANA, BOB, SIGNING_SECRET, TEAM


@pytest.fixture(scope="session")
def fake_server() -> Iterator[FakeSlack]:
    """One fake Slack Web API for the test session."""
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def fake(fake_server: FakeSlack) -> FakeSlack:
    """The fake, emptied for this test, knowing Ana (New York) and Bob (London)."""
    fake_server.reset()
    fake_server.add_user(TEAM, ANA, "Ana Lima", tz="America/New_York")
    fake_server.add_user(TEAM, BOB, "Bob Stone", tz="Europe/London")
    return fake_server


@pytest.fixture
def settings(tmp_path: Path, fake: FakeSlack) -> Settings:
    """Embedded defaults plus a Slack app (one bot token and OAuth) whose API is the fake."""
    return Settings(
        data_dir=tmp_path,
        default_timezone="Europe/Berlin",
        playground=False,
        slack_signing_secret=SIGNING_SECRET,
        slack_bot_token=BOT_TOKEN,
        slack_client_id=CLIENT_ID,
        slack_client_secret=CLIENT_SECRET,
        slack_api_url=fake.api_url,
        _env_file=None,
    )


@pytest.fixture
def slack(runtime: Runtime, settings: Settings) -> SlackConnector:
    """The Slack connector, plugged into the test runtime."""
    connector = SlackConnector.from_settings(
        settings, stores=slack_stores(runtime.engine, runtime.clock.now)
    )
    runtime.connectors["slack"] = connector
    return connector


@pytest.fixture
def client(settings: Settings, runtime: Runtime, slack: SlackConnector) -> Iterator[TestClient]:
    """The real FlowHub app over HTTP."""
    with TestClient(create_app(settings, runtime=runtime)) as client:
        yield client
