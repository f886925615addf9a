"""With no transcriber: "try again" on a voice note promises no reading, and questions about where
the note is kept and who can hear it get a specific answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from flowhub.connectors import MediaRef
from flowhub.settings import Settings
from tests.conftest import ChatFactory
from tests.media_flow.files import FileConsole, send_file

VOICE = MediaRef("audio", "v1", "audio/ogg", voice=True)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with no transcriber configured."""
    return Settings(data_dir=tmp_path, default_timezone="Europe/Berlin", _env_file=None)


@pytest.mark.parametrize("retry", ["try again", "can you try again pls", "retry the voice note"])
def test_try_again_says_shortly_voice_notes_are_still_off(
    chat_as: ChatFactory, console: FileConsole, retry: str
) -> None:
    ana = chat_as("ana", "Ana")
    send_file(ana, VOICE, b"OggS")
    shown = ana.say(retry) + ana.collect()
    texts = [s.text for s in shown]
    assert len(shown) == 1, texts
    assert "still" in texts[0] and "kept" in texts[0]
    assert not any("again…" in text or "Reading" in text for text in texts)
    assert console.downloads == []


@pytest.mark.parametrize(
    "asked",
    [
        "where is my voice note kept? can ana hear it?",
        "who can listen to my audio?",
        "where do you store my voice message, is it private?",
    ],
)
def test_where_a_voice_note_is_kept_and_who_hears_it(chat_as: ChatFactory, asked: str) -> None:
    priya = chat_as("priya", "Priya", tz="Asia/Kolkata")
    send_file(priya, VOICE, b"OggS")
    (answer,) = priya.say(asked)
    assert "private chat" in answer.text and "can't hear it" in answer.text
    assert "only you" in answer.text and "admin has set" in answer.text


def test_in_a_group_the_answer_says_its_members_can_play_it(chat_as: ChatFactory) -> None:
    sam = chat_as("sam", "Sam", chat="group-team", group=True)
    send_file(sam, VOICE, b"OggS", addressed=True)
    (answer,) = sam.say("FlowHub who can hear my voice note?")
    assert "this group" in answer.text and "only you" in answer.text


def test_a_question_with_no_voice_note_is_not_about_one(chat_as: ChatFactory) -> None:
    ana = chat_as("ana", "Ana")
    shown = ana.say("where is my voice note kept?")
    assert not any("private chat" in s.text for s in shown)
