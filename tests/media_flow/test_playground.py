"""The playground, end to end: a voice note and minutes sent through `/playground/api/send`
become cards quoting what was heard or read, and Confirm saves the task."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from flowhub.bot.app import create_app
from flowhub.bot.runtime import Runtime
from flowhub.storage import Task, session_scope
from tests.auxil.fake_transcriber import Answer, FakeTranscriber
from tests.media_flow.files import speech


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """SQLite: the playground's path is what is tested here; both databases are in the others."""
    return f"sqlite:///{tmp_path / 'flowhub.db'}"


@pytest.fixture
def client(runtime: Runtime) -> Iterator[TestClient]:
    """The real app over HTTP."""
    with TestClient(create_app(runtime.settings, runtime=runtime)) as client:
        yield client


def _send(client: TestClient, text: str = "", **file: Any) -> None:
    body: dict[str, Any] = {"person": "ana", "chat": "dm-ana", "text": text}
    if file:
        file["data"] = base64.b64encode(file["data"]).decode()
        body["file"] = file
    assert client.post("/playground/api/send", json=body).is_success


def _bot(client: TestClient) -> list[dict[str, Any]]:
    answer = client.get("/playground/api/messages", params={"chat": "dm-ana"})
    return [m for m in answer.json()["messages"] if m.get("from") == "bot"]


def test_a_voice_note_sent_on_the_playground_is_heard_and_saved(
    client: TestClient, runtime: Runtime, transcriber: FakeTranscriber, tmp_path: Path
) -> None:
    transcriber.script(Answer("renew the parking permit tomorrow"))
    audio = speech("renew the parking permit tomorrow", tmp_path)
    _send(client, name="voice.ogg", mime="audio/ogg", data=audio, voice=True)
    (card,) = _bot(client)
    assert card["text"].startswith("🎙") and "parking permit" in card["text"]
    confirm = next(b for b in card["buttons"] if "Confirm" in b["label"])
    press = {
        "person": "ana",
        "chat": "dm-ana",
        "message_id": card["id"],
        "button_id": confirm["id"],
    }
    assert client.post("/playground/api/press", json=press).is_success
    with session_scope(runtime.engine) as session:
        (task,) = session.exec(select(Task)).all()
    assert "parking permit" in task.title.lower()
