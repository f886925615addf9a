"""Charts and exports the bot sends on the playground: listed on its messages as `images` and
`files`, and served with their type only when a playground message carries them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from flowhub.bot.app import create_app
from flowhub.bot.runtime import Runtime
from flowhub.connectors import Reply, Target
from flowhub.settings import Settings
from tests.auxil.attachments import CSV, chart_reply, png, stored

DM = Target("playground", "local", "dm-ana")


@pytest.fixture
def client(settings: Settings, runtime: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(settings, runtime=runtime)) as client:
        yield client


def transcript(client: TestClient) -> list[dict[str, Any]]:
    answer = client.get("/playground/api/messages", params={"chat": "dm-ana"})
    return answer.json()["messages"]  # type: ignore[no-any-return]


def test_a_chart_is_listed_and_served_as_a_png(client: TestClient, runtime: Runtime) -> None:
    runtime.send(chart_reply(runtime.engine, DM, "12 done this week"))
    (message,) = transcript(client)
    assert message["from"] == "bot" and message["text"] == "12 done this week"
    assert message["files"] == [] and len(message["images"]) == 1
    assert {"id", "kind", "buttons", "at", "order"} <= set(message)
    image = client.get(message["images"][0])
    assert image.status_code == 200 and image.headers["content-type"] == "image/png"
    assert image.content == png()
    assert image.headers["x-content-type-options"] == "nosniff"


def test_an_export_is_listed_as_a_file_to_download(client: TestClient, runtime: Runtime) -> None:
    export = stored(runtime.engine, CSV, name="tasks.csv", mime="text/csv")
    runtime.send(Reply("Your tasks", to=DM, attachment=export))
    (message,) = transcript(client)
    assert message["images"] == []
    (listed,) = message["files"]
    assert (listed["name"], listed["mime"]) == ("tasks.csv", "text/csv")
    download = client.get(listed["url"])
    assert download.status_code == 200 and download.content == CSV
    assert download.headers["content-type"].startswith("text/csv")
    assert download.headers["content-disposition"] == 'attachment; filename="tasks.csv"'


def test_plain_bot_messages_carry_empty_lists(client: TestClient, runtime: Runtime) -> None:
    runtime.send(Reply("hello", to=DM))
    (message,) = transcript(client)
    assert (message["images"], message["files"], message["text"]) == ([], [], "hello")


def test_only_files_sent_on_the_playground_are_served(client: TestClient, runtime: Runtime) -> None:
    elsewhere = chart_reply(runtime.engine, Target("console", "local", "dm-ana"))
    runtime.send(elsewhere)
    assert elsewhere.attachment is not None
    assert client.get(f"/playground/api/files/{elsewhere.attachment.file_id}").status_code == 404
    never_sent = stored(runtime.engine, png())
    assert client.get(f"/playground/api/files/{never_sent.file_id}").status_code == 404
    assert client.get("/playground/api/files/%25").status_code == 404
    assert client.get("/playground/api/files/" + "0" * 32).status_code == 404
