"""The app over HTTP: health, and the playground API driving the same loop as every platform."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from flowhub.bot.app import create_app
from flowhub.bot.runtime import Runtime
from flowhub.settings import Settings


@pytest.fixture
def client(settings: Settings, runtime: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(settings, runtime=runtime)) as client:
        yield client


def _messages(client: TestClient, chat: str) -> list[dict[str, Any]]:
    response = client.get("/playground/api/messages", params={"chat": chat})
    assert response.status_code == 200
    return response.json()["messages"]  # type: ignore[no-any-return]


def test_healthz(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json()["status"] == "ok"


def test_playground_page_is_served(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200 and "text/html" in response.headers["content-type"]


def test_playground_capture_confirm_and_list(client: TestClient) -> None:
    state = client.get("/playground/api/state").json()
    assert {p["id"] for p in state["people"]} == {"ana", "sam", "priya"}
    sent = client.post(
        "/playground/api/send",
        json={
            "person": "ana",
            "chat": "dm-ana",
            "text": "pls send the Q4 deck to Sam by friday 5pm and book the venue for next week",
        },
    )
    assert sent.status_code == 200
    cards = [m for m in _messages(client, "dm-ana") if m["from"] == "bot"]
    assert len(cards) == 2
    for card in cards:
        confirm = next(b for b in card["buttons"] if "Confirm" in b["label"])
        pressed = client.post(
            "/playground/api/press",
            json={
                "person": "ana",
                "chat": "dm-ana",
                "message_id": card["id"],
                "button_id": confirm["id"],
                "label": confirm["label"],
            },
        )
        assert pressed.status_code == 200
    shown = _messages(client, "dm-ana")
    assert sum("Saved" in m["text"] for m in shown) == 2  # both cards edited in place
    client.post(
        "/playground/api/send", json={"person": "ana", "chat": "dm-ana", "text": "my tasks"}
    )
    assert "1. Send the Q4 deck to Sam" in _messages(client, "dm-ana")[-1]["text"]


def test_playground_rejects_bad_requests(client: TestClient) -> None:
    assert client.post("/playground/api/send", json={"person": "ana"}).status_code == 422
    assert (
        client.post(
            "/playground/api/send", json={"person": "mallory", "chat": "dm-ana", "text": "x"}
        ).status_code
        == 404
    )
    assert (
        client.post(
            "/playground/api/send", json={"person": "sam", "chat": "dm-ana", "text": "x"}
        ).status_code
        == 403
    )
    assert (
        client.post(
            "/playground/api/send",
            content=b"{not json",
            headers={"content-type": "application/json"},
        ).status_code
        == 422
    )


def test_dev_clock_moves(client: TestClient) -> None:
    before = client.get("/playground/api/state").json()["now"]
    after = client.post("/playground/api/clock", json={"advance_minutes": 60}).json()["now"]
    assert after > before


def test_readyz_waits_for_the_grammars(client: TestClient) -> None:
    warm = client.app.state.warm  # type: ignore[attr-defined]
    assert warm.wait(120)
    assert client.get("/readyz").status_code == 200
    warm.clear()
    answer = client.get("/readyz")
    assert answer.status_code == 503 and answer.json()["status"] == "warming up"
    warm.set()
