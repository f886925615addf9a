"""Files sent on the playground: kept under an id, named on the event, read back by the
connector with the platforms' size rule, and shown in the transcript as a short line."""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from flowhub.bot.app import create_app
from flowhub.bot.runtime import Runtime
from flowhub.connectors import DownloadError, MediaRef
from flowhub.connectors.playground import PlaygroundConnector, Uploads
from flowhub.settings import Settings
from flowhub.storage import inbox, session_scope

NOTES = b"TODO: send the deck to Sam by friday\n"
SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def client(settings: Settings, runtime: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(settings, runtime=runtime)) as client:
        yield client


def send(client: TestClient, text: str = "", **file: Any) -> Any:
    body: dict[str, Any] = {"person": "ana", "chat": "dm-ana", "text": text}
    if file:
        data = file.pop("data", NOTES)
        file["data"] = base64.b64encode(data).decode() if isinstance(data, bytes) else data
        body["file"] = file
    return client.post("/playground/api/send", json=body)


def rows(runtime: Runtime) -> list[Any]:
    with session_scope(runtime.engine) as session:
        return list(inbox.get_inbox_events(session=session, platform="playground", chat="dm-ana"))


def transcript(client: TestClient) -> list[dict[str, Any]]:
    answer = client.get("/playground/api/messages", params={"chat": "dm-ana"})
    return answer.json()["messages"]  # type: ignore[no-any-return]


@SQLITE
def test_a_file_with_a_caption_is_kept_named_and_shown(
    client: TestClient, runtime: Runtime
) -> None:
    assert send(client, "minutes from today", name="minutes.txt", mime="text/plain").is_success
    [row] = rows(runtime)
    assert (row.kind, row.text, row.raw["media"]) == ("text", "minutes from today", "document")
    ref = MediaRef.from_raw(row.raw["media_ref"])
    assert ref is not None and (ref.kind, ref.name, ref.size) == (
        "document",
        "minutes.txt",
        len(NOTES),
    )
    assert "data" not in str(row.raw.get("file")) and NOTES.decode() not in str(row.raw)
    connector = runtime.connectors["playground"]
    assert isinstance(connector, PlaygroundConnector)
    assert connector.download("local", ref, max_bytes=1_000) == NOTES
    mine = [m for m in transcript(client) if m["from"] == "ana"]
    assert mine[0]["text"] == "📎 minutes.txt\nminutes from today"
    assert mine[0]["attachment"] == "📎 minutes.txt"


@SQLITE
def test_a_voice_note_alone_is_media_and_reads_as_one(client: TestClient, runtime: Runtime) -> None:
    assert send(client, name="voice.ogg", mime="audio/ogg", data=b"OggS\x00", voice=True).is_success
    [row] = rows(runtime)
    ref = MediaRef.from_raw(row.raw["media_ref"])
    assert row.kind == "media" and ref is not None and (ref.kind, ref.voice) == ("audio", True)
    assert [m["text"] for m in transcript(client) if m["from"] == "ana"] == ["🎙 voice note"]


@SQLITE
def test_a_video_is_only_noted(client: TestClient, runtime: Runtime) -> None:
    assert send(client, name="clip.mp4", mime="video/mp4", data=b"\x00\x00").is_success
    [row] = rows(runtime)
    assert row.raw["media"] == "video" and "media_ref" not in row.raw


@SQLITE
def test_plain_messages_still_work_without_a_file(client: TestClient, runtime: Runtime) -> None:
    assert send(client, "call the plumber tomorrow").is_success
    [row] = rows(runtime)
    assert row.kind == "text" and "media_ref" not in row.raw
    assert any(m["from"] == "bot" for m in transcript(client))


@SQLITE
def test_bad_uploads_are_refused_before_anything_is_kept(
    client: TestClient, runtime: Runtime
) -> None:
    assert send(client, name="x.txt", mime="text/plain", data="not base64!").status_code == 422
    stranger = {"person": "mallory", "chat": "dm-ana", "text": "", "file": {"data": "eA=="}}
    assert client.post("/playground/api/send", json=stranger).status_code == 404
    assert rows(runtime) == []


def test_the_upload_folder_keeps_the_size_rule(tmp_path: Path) -> None:
    uploads = Uploads(tmp_path / "up")
    upload_id = uploads.save(NOTES)
    assert uploads.read(upload_id, max_bytes=len(NOTES)) == NOTES
    with pytest.raises(DownloadError) as caught:
        uploads.read(upload_id, max_bytes=10)
    assert caught.value.too_big
    for bad in ("../up/" + upload_id, "x", upload_id[:-1] + "/"):
        with pytest.raises(DownloadError):
            uploads.read(bad, max_bytes=1_000)
    with pytest.raises(DownloadError, match="not found"):
        uploads.read("A" * 32, max_bytes=1_000)


def test_uploads_older_than_a_day_are_swept_and_newer_ones_kept(tmp_path: Path) -> None:
    uploads = Uploads(tmp_path / "uploads")
    old, new = uploads.save(b"old notes"), uploads.save(b"new notes")
    stranger = tmp_path / "uploads" / "README"
    stranger.write_text("not an upload")
    day_and_a_bit = time.time() - 25 * 3600
    os.utime(tmp_path / "uploads" / old, (day_and_a_bit, day_and_a_bit))
    assert PlaygroundConnector(uploads).sweep() == 1
    with pytest.raises(DownloadError, match="send the file again"):
        uploads.read(old, max_bytes=100)
    assert uploads.read(new, max_bytes=100) == b"new notes" and stranger.exists()


def test_the_hourly_sweep_reaches_the_playground_uploads(runtime: Runtime, tmp_path: Path) -> None:
    uploads = Uploads(tmp_path / "uploads")
    old = uploads.save(b"old notes")
    long_ago = time.time() - 48 * 3600
    os.utime(tmp_path / "uploads" / old, (long_ago, long_ago))
    runtime.connectors["playground"] = PlaygroundConnector(uploads)
    runtime.tick()  # the first tick runs the hourly upkeep
    assert not (tmp_path / "uploads" / old).exists()
