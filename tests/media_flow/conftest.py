"""The media conversations run on the shared runtime, with a console that serves files and a
local transcription service."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from flowhub.settings import Settings
from tests.media_flow.files import FileConsole, Transcriber, serve_transcriber


@pytest.fixture(scope="module")
def transcriber_server() -> Iterator[Transcriber]:
    """One transcription service per test module."""
    yield from serve_transcriber()


@pytest.fixture
def transcriber(transcriber_server: Transcriber) -> Transcriber:
    """The module's transcription service, up, with no transcript and no calls yet."""
    transcriber_server.text, transcriber_server.down = "", False
    transcriber_server.calls.clear()
    return transcriber_server


@pytest.fixture
def console() -> FileConsole:
    """The console connector the chats talk through, able to serve the files they send."""
    return FileConsole()


@pytest.fixture
def settings(tmp_path: Path, transcriber: Transcriber) -> Settings:
    """Settings with Berlin as the default zone and the local transcription service."""
    return Settings(
        data_dir=tmp_path,
        default_timezone="Europe/Berlin",
        transcribe_base_url=transcriber.url,
        transcribe_api_key="test-key",
        transcribe_timeout=5,
        _env_file=None,
    )
