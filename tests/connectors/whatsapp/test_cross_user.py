"""Two people on one WhatsApp number, against the app served by uvicorn: a crafted button reply
or a question about someone else reaches nothing of theirs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlmodel import select

from flowhub.bot.app import create_app
from flowhub.bot.runtime import Runtime
from flowhub.settings import Settings
from flowhub.skills import words
from flowhub.storage import Task, session_scope
from tests.auxil.fake_graph import FakeGraph
from tests.auxil.loopback import Loopback, serve
from tests.connectors.whatsapp import payloads as p

INTRUDER = "16505559876"


@pytest.fixture
def server(settings: Settings, wa_runtime: Runtime) -> Iterator[Loopback]:
    """The real app on a loopback port."""
    running = serve(create_app(settings, runtime=wa_runtime), name="flowhub-whatsapp")
    try:
        yield running
    finally:
        running.stop()


def _post(server: Loopback, message: dict[str, Any]) -> httpx.Response:
    raw = p.encode(p.messages_delivery(message))
    return httpx.post(
        f"{server.url}/webhooks/whatsapp",
        content=raw,
        headers=p.signed_headers(raw),
        timeout=30,
    )


def _texts_to(graph: FakeGraph, number: str) -> list[str]:
    texts = []
    for sent in graph.sent:
        if sent["to"] != number:
            continue
        if sent["type"] == "text":
            texts.append(sent["text"]["body"])
        elif sent["type"] == "interactive":
            texts.append(sent["interactive"]["body"]["text"])
    return texts


def _only_task(runtime: Runtime) -> Task:
    with session_scope(runtime.engine) as session:
        return session.exec(select(Task)).one()


def test_a_second_user_cannot_complete_or_read_someone_elses_task(
    server: Loopback, wa_runtime: Runtime, graph: FakeGraph
) -> None:
    assert _post(server, p.text("book the divorce lawyer on friday")).status_code == 200
    card = next(s for s in graph.sent if s["type"] == "interactive")
    card_request = next(r for r in graph.requests if r.body is card)
    card_id = card_request.answer["messages"][0]["id"]
    confirm = card["interactive"]["action"]["buttons"][0]["reply"]
    assert (
        _post(server, p.button_reply(confirm["id"], confirm["title"], to=card_id)).status_code
        == 200
    )
    task = _only_task(wa_runtime)
    assert task.status == "open"
    graph.reset()

    forged = p.button_reply(f"done:{task.id}", "✔️ Mark done", to=card_id, sender=INTRUDER)
    assert _post(server, forged).status_code == 200
    missing = p.button_reply("done:999999", "✔️ Mark done", to=card_id, sender=INTRUDER)
    assert _post(server, missing).status_code == 200
    for question in ("what does Sheena have?", "done 1", "undo"):
        assert _post(server, p.text(question, sender=INTRUDER)).status_code == 200

    said = _texts_to(graph, INTRUDER)
    assert said[:2] == [words.NOT_YOURS, words.NOT_YOURS]
    assert len(said) == 5 and all("lawyer" not in text.lower() for text in said)
    assert _texts_to(graph, p.USER) == []
    assert _only_task(wa_runtime).status == "open"
