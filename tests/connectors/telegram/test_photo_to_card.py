"""A Telegram photo, end to end: an update in, the file fetched through the fake Bot API's
getFile, read by Tesseract, and a card quoting it sent back."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.auxil.fake_telegram import FakeTelegram
from tests.connectors.telegram import updates
from tests.connectors.telegram.conftest import post_update
from tests.media.drawings import paper, png


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """SQLite: the platform's path is what is tested here; both databases are in the others."""
    return f"sqlite:///{tmp_path / 'flowhub.db'}"


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
