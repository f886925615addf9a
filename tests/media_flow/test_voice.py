"""Voice notes are transcribed by the configured service and answered like typed words."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.connectors import MediaRef
from flowhub.storage import MediaItem, Task, session_scope
from tests.auxil.fake_transcriber import Answer, FakeTranscriber
from tests.conftest import ChatFactory
from tests.media_flow.files import send_file, speech

DOWN = (503,) * 8  # every try of the job and its retry, and the client's own retries
VOICE = MediaRef("audio", "voice-1", "audio/ogg; codecs=opus", "", voice=True)


@pytest.fixture(scope="module")
def note(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A short spoken voice note, made once for the module."""
    return speech("call the dentist tomorrow at nine", tmp_path_factory.mktemp("voice"))


def _tasks(runtime: Runtime) -> list[Task]:
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(Task).order_by(Task.id)))  # type: ignore[arg-type]


def _item(runtime: Runtime) -> MediaItem:
    with session_scope(runtime.engine) as session:
        return session.exec(select(MediaItem)).one()


def test_a_voice_note_becomes_a_card_quoting_what_was_heard(
    chat_as: ChatFactory,
    runtime: Runtime,
    transcriber: FakeTranscriber,
    note: bytes,
    tmp_path: Path,
) -> None:
    transcriber.script(Answer("Call the dentist tomorrow at 9am."))
    ana = chat_as("ana", "Ana")
    (card,) = send_file(ana, VOICE, note)
    assert card.text.startswith("🎙") and "“Call the dentist tomorrow at 9am.”" in card.text
    assert "Thu 5 Mar, 09:00" in card.text
    assert len(transcriber.requests) == 1 and transcriber.requests[0].filename.endswith(".ogg")
    ana.press("Confirm", card)
    (task,) = _tasks(runtime)
    assert task.due_at is not None
    local = task.due_at.astimezone(ZoneInfo("Europe/Berlin"))
    assert (local.day, local.hour, local.minute) == (5, 9, 0)
    item = _item(runtime)
    assert item.status == "read" and "dentist" in item.text
    assert not (tmp_path / "media").exists()  # the bytes are not kept by default


def test_a_misheard_word_is_fixed_with_edit(
    chat_as: ChatFactory, runtime: Runtime, transcriber: FakeTranscriber, note: bytes
) -> None:
    transcriber.script(Answer("call the dennis tomorrow at 9am"))
    ana = chat_as("ana", "Ana")
    (card,) = send_file(ana, VOICE, note)
    assert "dennis" in card.text
    ana.press("Edit", card)
    edited = ana.say("title: call the dentist")
    ana.press("Confirm", edited[-1])
    (task,) = _tasks(runtime)
    assert task.title.lower() == "call the dentist"


def test_a_question_said_in_a_voice_note_is_answered(
    chat_as: ChatFactory, runtime: Runtime, transcriber: FakeTranscriber, note: bytes
) -> None:
    ana = chat_as("ana", "Ana")
    ana.press("Confirm", ana.say("pay the rent today")[0])
    transcriber.script(Answer("what's due today?"))
    shown = send_file(ana, VOICE, note)
    assert len(shown) == 1 and "rent" in shown[0].text.lower()
    assert "“what's due today?”" in shown[0].text


def test_the_transcriber_down_is_said_and_try_again_reads_it_once_it_is_back(
    chat_as: ChatFactory, runtime: Runtime, transcriber: FakeTranscriber, note: bytes
) -> None:
    transcriber.fail(*DOWN)
    ana = chat_as("ana", "Ana")
    (failed,) = send_file(ana, VOICE, note)
    assert "transcription" in failed.text and "try again" in failed.text
    assert (_item(runtime).status, _item(runtime).reason) == ("failed", "transcriber_down")

    transcriber.reset()
    transcriber.script(Answer("book the venue for friday"))
    shown = ana.say("try again")
    cards = [s for s in shown if s.buttons]
    assert len(cards) == 1 and "venue" in cards[0].text.lower() and "Fri 6 Mar" in cards[0].text
    assert _item(runtime).status == "read"


def test_silence_is_no_speech(
    chat_as: ChatFactory, runtime: Runtime, transcriber: FakeTranscriber, note: bytes
) -> None:
    transcriber.script(Answer(""))
    ana = chat_as("ana", "Ana")
    (reply,) = send_file(ana, VOICE, note)
    assert "couldn't hear" in reply.text
    assert _item(runtime).reason == "no_speech"


@pytest.mark.parametrize(
    "again", ["nochmal versuchen", "retry", "tente de novo", "can you try it again?"]
)
def test_try_again_is_understood_in_other_words_and_languages(
    chat_as: ChatFactory,
    runtime: Runtime,
    transcriber: FakeTranscriber,
    note: bytes,
    again: str,
    database_url: str,
) -> None:
    if database_url.startswith("postgres"):
        pytest.skip("the wording is read the same on both databases")
    transcriber.fail(*DOWN)
    ana = chat_as("ana", "Ana")
    send_file(ana, VOICE, note)
    transcriber.reset()
    transcriber.script(Answer("water the plants tomorrow"))
    shown = ana.say(again)
    assert any(s.buttons and "plants" in s.text.lower() for s in shown)


def test_a_plain_message_after_a_failed_file_is_still_a_task(
    chat_as: ChatFactory, runtime: Runtime, transcriber: FakeTranscriber, note: bytes
) -> None:
    transcriber.fail(*DOWN)
    ana = chat_as("ana", "Ana")
    send_file(ana, VOICE, note)
    (card,) = ana.say("try the new bakery on friday")
    assert card.buttons and "bakery" in card.text.lower()
    assert _item(runtime).status == "failed"
