"""The media conversations run on the shared runtime, with a console that serves files and the
local fake of an OpenAI-compatible transcription service."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from flowhub.settings import Settings
from tests.auxil.fake_transcriber import API_KEY, FakeTranscriber
from tests.media_flow.files import FileConsole


@pytest.fixture(scope="module")
def transcriber_server() -> Iterator[FakeTranscriber]:
    """One transcription service per test module."""
    server = FakeTranscriber().start()
    yield server
    server.stop()


@pytest.fixture
def transcriber(transcriber_server: FakeTranscriber) -> FakeTranscriber:
    """The module's transcription service, up, with nothing scripted and no requests yet."""
    transcriber_server.reset()
    return transcriber_server


@pytest.fixture
def console() -> FileConsole:
    """The console connector the chats talk through, able to serve the files they send."""
    return FileConsole()


@pytest.fixture
def settings(tmp_path: Path, transcriber: FakeTranscriber) -> Settings:
    """Settings with Berlin as the default zone, the local transcription service, and one retry
    of a file that could not be fetched or transcribed."""
    return Settings(
        data_dir=tmp_path,
        default_timezone="Europe/Berlin",
        transcribe_base_url=transcriber.url,
        transcribe_api_key=API_KEY,
        transcribe_timeout=5,
        job_retry_delays=(1,),
        _env_file=None,
    )
