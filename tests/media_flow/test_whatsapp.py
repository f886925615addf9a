"""A WhatsApp voice note, end to end: a signed webhook in, the file fetched from the fake Graph
API, transcribed by the fake transcription service, and a card quoting it sent back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from flowhub.bot.app import build_connectors, create_app
from flowhub.bot.runtime import Runtime
from flowhub.settings import Settings
from tests.auxil.fake_graph import TOKEN, VERSION, FakeGraph
from tests.auxil.fake_transcriber import API_KEY, Answer, FakeTranscriber
from tests.connectors.whatsapp import payloads as p
from tests.connectors.whatsapp.helpers import post
from tests.media_flow.files import speech


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """SQLite: the platform's path is what is tested here; both databases are in the others."""
    return f"sqlite:///{tmp_path / 'flowhub.db'}"


@pytest.fixture(scope="module")
def graph_server() -> Iterator[FakeGraph]:
    """One fake Graph API for the module."""
    server = FakeGraph(numbers=(p.NUMBER,)).start()
    yield server
    server.stop()


@pytest.fixture
def graph(graph_server: FakeGraph) -> FakeGraph:
    """The fake Graph API with nothing received."""
    graph_server.reset()
    return graph_server


@pytest.fixture
def settings(tmp_path: Path, graph_server: FakeGraph, transcriber: FakeTranscriber) -> Settings:
    """WhatsApp at the fake Graph API, and the fake transcription service."""
    return Settings(
        data_dir=tmp_path,
        default_timezone="Europe/Berlin",
        playground=False,
        whatsapp_app_secret=p.APP_SECRET,
        whatsapp_verify_token=p.VERIFY_TOKEN,
        whatsapp_access_token=TOKEN,
        whatsapp_phone_number_id=p.NUMBER,
        whatsapp_api_url=graph_server.url,
        whatsapp_api_version=VERSION,
        transcribe_base_url=transcriber.url,
        transcribe_api_key=API_KEY,
        _env_file=None,
    )


@pytest.fixture
def client(settings: Settings, runtime: Runtime, graph: FakeGraph) -> Iterator[TestClient]:
    """The real app over HTTP, with the WhatsApp connector the app factory builds."""
    connectors = build_connectors(settings, engine=runtime.engine, clock=runtime.clock)
    runtime.connectors["whatsapp"] = connectors["whatsapp"]
    with TestClient(create_app(settings, runtime=runtime)) as client:
        yield client


def test_a_voice_note_on_whatsapp_becomes_a_card_quoting_it(
    client: TestClient,
    graph: FakeGraph,
    transcriber: FakeTranscriber,
    tmp_path: Path,
) -> None:
    graph.add_media("wa-voice-1", speech("send the invoice friday", tmp_path), "audio/ogg")
    transcriber.script(Answer("send the invoice to Priya on friday"))
    note = p.media("audio")
    note["audio"].update(id="wa-voice-1", voice=True)
    delivery = p.messages_delivery(note)
    assert post(client, delivery).status_code == 200

    cards = [s for s in graph.sent if s["type"] == "interactive"]
    assert len(cards) == 1
    body = cards[0]["interactive"]["body"]["text"]
    assert body.startswith("🎙") and "send the invoice to Priya on friday" in body
    assert "Fri 6 Mar" in body
    assert len(transcriber.requests) == 1

    # WhatsApp delivers the webhook again: the note is neither fetched nor transcribed twice.
    lookups = [r for r in graph.requests if r.path.endswith("/wa-voice-1")]
    assert post(client, delivery).status_code == 200
    assert [r for r in graph.requests if r.path.endswith("/wa-voice-1")] == lookups
    assert len(transcriber.requests) == 1
