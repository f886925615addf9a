"""Without a transcriber a voice note is kept and explained once; later ones get a short line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.connectors import MediaRef
from flowhub.settings import Settings
from flowhub.storage import MediaItem, session_scope
from tests.conftest import ChatFactory
from tests.media_flow.files import FileConsole, send_file


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """SQLite only: PostgreSQL plays the failures, voice notes and documents next door."""
    return f"sqlite:///{tmp_path / 'flowhub.db'}"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with no transcriber configured."""
    return Settings(data_dir=tmp_path, default_timezone="Europe/Berlin", _env_file=None)


def test_no_transcriber_is_explained_once_and_the_note_is_kept(
    chat_as: ChatFactory, runtime: Runtime, console: FileConsole
) -> None:
    ana = chat_as("ana", "Ana")
    first = send_file(ana, MediaRef("audio", "v1", "audio/ogg", voice=True), b"OggS")
    assert len(first) == 1 and "admin" in first[0].text and "FLOWHUB_" not in first[0].text
    second = send_file(ana, MediaRef("audio", "v2", "audio/ogg", voice=True), b"OggS")
    assert len(second) == 1 and "FLOWHUB_TRANSCRIBE" not in second[0].text
    assert "voice notes" in second[0].text
    assert console.downloads == []  # nothing is fetched that could not be listened to
    with session_scope(runtime.engine) as session:
        items = list(session.exec(select(MediaItem)))
    assert [(i.status, i.reason) for i in items] == [("failed", "transcriber_off")] * 2


def test_a_voice_note_with_a_caption_still_has_its_caption_read(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    ana = chat_as("ana", "Ana")
    ref = MediaRef("audio", "v3", "audio/ogg", voice=True)
    shown = send_file(ana, ref, b"OggS", caption="order new printer toner tomorrow")
    assert any(s.buttons and "toner" in s.text.lower() for s in shown)
    assert any("an admin hasn't switched them on" in s.text for s in shown)
