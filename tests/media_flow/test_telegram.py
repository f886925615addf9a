"""A Telegram photo, end to end: an update in, the file fetched through the fake Bot API's
getFile, read by Tesseract, and a card quoting it sent back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from flowhub.bot.app import create_app
from flowhub.bot.runtime import Runtime
from flowhub.connectors.telegram import TelegramConnector
from flowhub.settings import Settings
from tests.auxil.fake_telegram import FakeTelegram
from tests.connectors.telegram import updates
from tests.connectors.telegram.conftest import SECRET, TOKEN, post_update
from tests.media.drawings import paper, png


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """SQLite: the platform's path is what is tested here; both databases are in the others."""
    return f"sqlite:///{tmp_path / 'flowhub.db'}"


@pytest.fixture(scope="module")
def fake_server() -> Iterator[FakeTelegram]:
    """One fake Bot API server for the module."""
    with FakeTelegram(token=TOKEN) as fake:
        yield fake


@pytest.fixture
def fake(fake_server: FakeTelegram) -> FakeTelegram:
    """The fake server, emptied for this test."""
    fake_server.reset()
    return fake_server


@pytest.fixture
def settings(tmp_path: Path, fake: FakeTelegram) -> Settings:
    """A Telegram bot whose API is the fake server."""
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
def client(settings: Settings, runtime: Runtime, fake: FakeTelegram) -> Iterator[TestClient]:
    """The real app over HTTP with the Telegram connector plugged in."""
    connector = TelegramConnector(token=TOKEN, api_url=fake.api_url)
    runtime.connectors["telegram"] = connector
    with TestClient(create_app(settings, runtime=runtime)) as client:
        yield client
    connector.close()


def test_a_photo_on_telegram_becomes_a_card_quoting_it(
    client: TestClient, fake: FakeTelegram
) -> None:
    fake.add_file("AgAD1", png(paper(["pick up the dry cleaning tomorrow"])), path="photos/a.png")
    assert post_update(client, updates.photo(734019290)).status_code == 200
    assert [c.params["file_id"] for c in fake.calls_to("getFile")] == ["AgAD1"]
    (card,) = fake.calls_to("sendMessage")
    text = card.params["text"]
    assert text.startswith("🖼") and "dry cleaning" in text.lower() and "Thu 5 Mar" in text
    labels = [b["text"] for row in card.params["reply_markup"]["inline_keyboard"] for b in row]
    assert labels == ["✅ Confirm", "✏️ Edit", "🗑 Discard"]
