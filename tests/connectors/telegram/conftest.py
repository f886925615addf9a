"""Telegram fixtures: the fake Bot API server, settings pointing at it, the connector, the app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from flowhub.bot.app import create_app
from flowhub.bot.runtime import Runtime
from flowhub.connectors.telegram import SECRET_HEADER, TelegramConnector
from flowhub.settings import Settings
from tests.auxil.fake_telegram import FakeTelegram

TOKEN = "123456:TEST-token_abc"
SECRET = "s3cret-Token_42"


@pytest.fixture(scope="session")
def fake_server() -> Iterator[FakeTelegram]:
    """One fake Bot API server for the test session."""
    with FakeTelegram(token=TOKEN) as fake:
        yield fake


@pytest.fixture
def fake(fake_server: FakeTelegram) -> FakeTelegram:
    """The fake server, emptied for this test."""
    fake_server.reset()
    return fake_server


@pytest.fixture
def settings(tmp_path: Path, fake: FakeTelegram) -> Settings:
    """Embedded defaults plus a Telegram bot whose API is the fake server."""
    return Settings(
        data_dir=tmp_path,
        default_timezone="Europe/Berlin",
        playground=False,
        telegram_bot_token=TOKEN,
        telegram_secret_token=SECRET,
        telegram_api_url=fake.api_url,
        _env_file=None,
    )


@pytest.fixture
def telegram(runtime: Runtime, fake: FakeTelegram) -> Iterator[TelegramConnector]:
    """The Telegram connector, plugged into the test runtime."""
    connector = TelegramConnector(token=TOKEN, api_url=fake.api_url)
    runtime.connectors["telegram"] = connector
    yield connector
    connector.close()


@pytest.fixture
def client(
    settings: Settings, runtime: Runtime, telegram: TelegramConnector
) -> Iterator[TestClient]:
    """The real FlowHub app over HTTP."""
    with TestClient(create_app(settings, runtime=runtime)) as client:
        yield client


def post_update(client: TestClient, update: Any, *, secret: str | None = SECRET) -> Any:
    """Deliver an Update the way Telegram does: JSON body plus the secret token header."""
    headers = {SECRET_HEADER: secret} if secret is not None else {}
    return client.post("/webhooks/telegram", json=update, headers=headers)
