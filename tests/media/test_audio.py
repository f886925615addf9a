"""Voice notes said by espeak-ng, encoded by opusenc, transcribed through the `openai` SDK.

The transcription service lives outside this machine, so a local fake answers for it at the HTTP
boundary, checking each request against the SDK's own description of the call.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from flowhub.media import MediaConfig, MediaError, read
from flowhub.media.audio import file_name
from flowhub.media.sniff import Sniffed
from tests.auxil.fake_transcriber import API_KEY, Answer, FakeTranscriber, ogg_opus_seconds
from tests.media.drawings import voice_note, wav_seconds

SAID = {
    "en": "Remind me to call the plumber tomorrow at nine",
    "de": "Erinnere mich morgen früh an den Zahnarzt",
    "es": "Recuérdame llamar al fontanero mañana",
}


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, float]]:
    """A voice note per language, with the length espeak-ng said it in."""
    directory = tmp_path_factory.mktemp("voice")
    out = {}
    for language, text in SAID.items():
        data = voice_note(text, language, directory)
        out[language] = (data, wav_seconds(directory / f"{language}.wav"))
    return out


@pytest.fixture(scope="module")
def server() -> Iterator[FakeTranscriber]:
    fake = FakeTranscriber().start()
    yield fake
    fake.stop()


@pytest.fixture
def fake(server: FakeTranscriber) -> Iterator[FakeTranscriber]:
    server.reset()
    yield server
    server.reset()


def _config(fake: FakeTranscriber, **kwargs: object) -> MediaConfig:
    values: dict[str, object] = {
        "transcribe_base_url": fake.url,
        "transcribe_model": "whisper-1",
        "transcribe_api_key": SecretStr(API_KEY),
        "transcribe_timeout": 5.0,
    }
    values.update(kwargs)
    return MediaConfig(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "whisper_name"), [("en", "english"), ("de", "german"), ("es", "spanish")]
)
def test_a_voice_note_is_sent_as_ogg_opus_and_read_in_its_language(
    notes: dict[str, tuple[bytes, float]], fake: FakeTranscriber, language: str, whisper_name: str
) -> None:
    data, seconds = notes[language]
    fake.script(Answer(SAID[language], whisper_name))
    reading = read(
        data, kind="audio", declared_mime="audio/ogg; codecs=opus", voice=True, config=_config(fake)
    )
    assert (reading.text, reading.source, reading.language) == (SAID[language], "voice", language)
    [sent] = fake.requests
    assert sent.filename == "voice.ogg"
    assert sent.content_type == "audio/ogg"
    assert sent.fields["model"] == "whisper-1"
    assert sent.fields["response_format"] == "verbose_json"
    assert sent.seconds is not None and abs(sent.seconds - seconds) < 0.3
    assert sent.size == len(data)


def test_the_caption_comes_first_and_the_senders_file_name_keeps_the_real_extension(
    notes: dict[str, tuple[bytes, float]], fake: FakeTranscriber
) -> None:
    fake.script(Answer("book the venue for friday"))
    data, _ = notes["en"]
    reading = read(
        data, kind="audio", name="clip 12.mp3", caption="for the offsite", config=_config(fake)
    )
    assert reading.text == "for the offsite\n\nbook the venue for friday"
    assert reading.source == "audio"
    assert fake.requests[-1].filename == "clip 12.ogg"


def test_silence_is_no_speech(notes: dict[str, tuple[bytes, float]], fake: FakeTranscriber) -> None:
    data, _ = notes["en"]
    for answer in (Answer(""), Answer("Thank you.", no_speech_prob=0.97)):
        fake.script(answer)
        with pytest.raises(MediaError) as caught:
            read(data, kind="audio", voice=True, config=_config(fake))
        assert caught.value.reason == "no_speech"


@pytest.mark.parametrize(
    ("status", "reason", "retryable"),
    [
        (503, "transcriber_down", True),
        (429, "transcriber_down", True),
        (400, "unreadable", False),
        (413, "too_big", False),
    ],
)
def test_the_transcribers_errors_are_named(
    notes: dict[str, tuple[bytes, float]],
    fake: FakeTranscriber,
    status: int,
    reason: str,
    retryable: bool,
) -> None:
    fake.fail(status, status)  # the SDK tries once more on 429 and 5xx
    with pytest.raises(MediaError) as caught:
        read(notes["en"][0], kind="audio", config=_config(fake))
    assert (caught.value.reason, caught.value.retryable) == (reason, retryable)


def test_a_wrong_key_is_named_and_not_retried(
    notes: dict[str, tuple[bytes, float]], fake: FakeTranscriber
) -> None:
    with pytest.raises(MediaError) as caught:
        read(
            notes["en"][0],
            kind="audio",
            config=_config(fake, transcribe_api_key=SecretStr("sk-wrong")),
        )
    assert caught.value.reason == "transcriber_down"
    assert not caught.value.retryable
    assert "FLOWHUB_TRANSCRIBE_API_KEY" in str(caught.value)


def test_a_transcriber_that_does_not_answer_in_time_can_be_tried_again(
    notes: dict[str, tuple[bytes, float]], fake: FakeTranscriber
) -> None:
    fake.hang(1.0)
    with pytest.raises(MediaError) as caught:
        read(notes["en"][0], kind="audio", config=_config(fake, transcribe_timeout=0.2))
    assert (caught.value.reason, caught.value.retryable) == ("transcriber_down", True)


def test_a_transcriber_that_is_not_there_can_be_tried_again(
    notes: dict[str, tuple[bytes, float]],
) -> None:
    config = MediaConfig(transcribe_base_url="http://127.0.0.1:9/v1", transcribe_timeout=1.0)
    with pytest.raises(MediaError) as caught:
        read(notes["en"][0], kind="audio", config=config)
    assert (caught.value.reason, caught.value.retryable) == ("transcriber_down", True)


def test_without_a_transcriber_the_reason_says_how_to_turn_one_on(
    notes: dict[str, tuple[bytes, float]],
) -> None:
    with pytest.raises(MediaError) as caught:
        read(notes["en"][0], kind="audio", voice=True, config=MediaConfig())
    assert caught.value.reason == "transcriber_off"
    assert "FLOWHUB_TRANSCRIBE_BASE_URL" in str(caught.value)


def test_a_model_dir_without_faster_whisper_installed_says_what_to_install(
    notes: dict[str, tuple[bytes, float]], tmp_path: Path
) -> None:
    try:  # faster-whisper is not a dependency, so this is the common case
        import faster_whisper  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("faster-whisper is installed here")
    with pytest.raises(MediaError) as caught:
        read(notes["en"][0], kind="audio", config=MediaConfig(transcribe_model_dir=tmp_path))
    assert caught.value.reason == "transcriber_off"
    assert "pip install faster-whisper" in str(caught.value)


def test_the_fake_reads_the_length_of_an_ogg_opus_stream(
    notes: dict[str, tuple[bytes, float]],
) -> None:
    data, seconds = notes["de"]
    assert abs(ogg_opus_seconds(data) - seconds) < 0.3
    with pytest.raises(ValueError, match="Ogg"):
        ogg_opus_seconds(b"RIFF....WAVE")


def test_recordings_are_named_by_their_bytes_not_by_what_was_declared() -> None:
    assert file_name("", Sniffed("audio", "audio/ogg", "ogg"), voice=True) == "voice.ogg"
    assert (
        file_name("clip.mov", Sniffed("audio", "video/quicktime", "mov"), voice=False) == "clip.mp4"
    )
    assert (
        file_name("../../etc/memo.webm", Sniffed("audio", "video/webm", "webm"), voice=False)
        == "memo.webm"
    )
    assert file_name("note.ogg", Sniffed("audio", "audio/x-wav", "wav"), voice=False) == "note.wav"


def test_a_wav_recording_is_sent_as_wav(tmp_path: Path, fake: FakeTranscriber) -> None:
    wav = tmp_path / "memo.wav"
    subprocess.run(["espeak-ng", "-v", "en", "-w", str(wav), "pay the gardener"], check=True)
    fake.script(Answer("pay the gardener"))
    reading = read(wav.read_bytes(), kind="audio", name="memo.ogg", config=_config(fake))
    assert reading.text == "pay the gardener"
    assert (fake.requests[-1].filename, fake.requests[-1].content_type) == (
        "memo.wav",
        "audio/x-wav",
    )
