"""In a group a file not said to the bot is acted on exactly as its words typed would be; the
bytes of files are kept only as long as the settings say."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from flowhub.bot import media_store
from flowhub.bot.runtime import Runtime
from flowhub.connectors import MediaRef
from flowhub.connectors.console.chat import ConsoleChat
from flowhub.settings import Settings
from tests.conftest import ChatFactory
from tests.media.drawings import paper, png
from tests.media_flow.files import send_file


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """SQLite only: PostgreSQL plays the failures, voice notes and documents next door."""
    return f"sqlite:///{tmp_path / 'flowhub.db'}"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings whose bytes of files are kept for an hour."""
    return Settings(
        data_dir=tmp_path, default_timezone="Europe/Berlin", media_keep_hours=1, _env_file=None
    )


def _team(chat_as: ChatFactory) -> tuple[ConsoleChat, ConsoleChat]:
    ana = chat_as("ana", "Ana", chat="group-team", group=True)
    sam = chat_as("sam", "Sam", chat="group-team", group=True, tz="America/New_York")
    sam.say("morning all")
    return ana, sam


@pytest.mark.parametrize(
    "line", ["lol that meeting went on forever", "@sam can you book the venue for friday"]
)
def test_a_picture_in_a_group_gets_what_its_words_typed_would_get(
    chat_as: ChatFactory, runtime: Runtime, line: str, tmp_path: Path
) -> None:
    ana, _sam = _team(chat_as)
    typed = ana.say(line)
    ref = MediaRef("image", f"img-{len(line)}", "image/png", "shot.png")
    shown = send_file(ana, ref, png(paper([line])), addressed=False)
    assert len(shown) == len(typed)
    assert [bool(s.buttons) for s in shown] == [bool(s.buttons) for s in typed]
    assert (tmp_path / "media" / "1").is_file()  # kept for the hour the settings allow


def test_kept_bytes_are_swept_once_older_than_the_setting(
    chat_as: ChatFactory, runtime: Runtime, settings: Settings, tmp_path: Path
) -> None:
    ana = chat_as("ana", "Ana")
    send_file(ana, MediaRef("image", "img-k", "image/png", "a.png"), png(paper(["buy milk"])))
    kept = tmp_path / "media" / "1"
    assert kept.is_file() and oct(kept.stat().st_mode & 0o777) == "0o600"
    assert media_store.sweep(settings) == 0
    two_hours_ago = time.time() - 7200
    os.utime(kept, (two_hours_ago, two_hours_ago))
    assert media_store.sweep(settings) == 1 and not kept.exists()
