"""Replies going out to the fake Graph API: the 24-hour window, templates, and error codes."""

from __future__ import annotations

import logging
import socket
import time
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from flowhub.bot.app import build_connectors
from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from flowhub.connectors import Button, Reply, SendError, Target, Template
from flowhub.connectors.whatsapp import WhatsAppConnector
from flowhub.connectors.whatsapp.client import GraphClient
from flowhub.settings import Settings
from tests.auxil.fake_graph import TOKEN, VERSION, FakeGraph
from tests.connectors.whatsapp import payloads as p
from tests.connectors.whatsapp.helpers import outbox_rows, post

TARGET = Target("whatsapp", p.NUMBER, p.USER)
REMINDER = Template("task_reminder", "en_US", ("Call Bob", "Fri 10:00"))


def _reminder(**changes: object) -> Reply:
    fields: dict[str, object] = {
        "text": "⏰ Call Bob — Fri 10:00",
        "to": TARGET,
        "template": REMINDER,
        "buttons": (Button("done:7", "✔️ Mark done"),),
    }
    fields.update(changes)
    return Reply(**fields)  # type: ignore[arg-type]


def _connector(graph: FakeGraph, *, timeout: float = 5.0) -> WhatsAppConnector:
    client = GraphClient(
        api_url=graph.url, api_version=VERSION, access_token=TOKEN, timeout=timeout
    )
    return WhatsAppConnector(client=client, phone_number_ids=[p.NUMBER])


# ---------------------------------------------------------------- through the runtime and outbox


def test_reply_goes_from_the_number_that_was_written_to(
    client: TestClient, wa_runtime: Runtime, graph: FakeGraph
) -> None:
    post(client, p.messages_delivery(p.text("what's due today?"), number=p.OTHER_NUMBER))
    request = graph.requests[-1]
    assert request.path == f"/{VERSION}/{p.OTHER_NUMBER}/messages"
    assert request.authorization == f"Bearer {TOKEN}"
    assert request.body["to"] == p.USER and request.status == 200
    row = outbox_rows(wa_runtime)[-1]
    assert (row.status, row.account) == ("sent", p.OTHER_NUMBER)
    assert row.platform_message_id == request.answer["messages"][0]["id"]


def test_inside_the_window_the_reply_is_free_form(
    client: TestClient, wa_runtime: Runtime, graph: FakeGraph, clock: FixedClock
) -> None:
    post(client, p.messages_delivery(p.text("hello")))
    clock.advance(timedelta(hours=23))
    graph.reset()
    wa_runtime.send(_reminder())
    (sent,) = graph.sent
    assert sent["type"] == "interactive"
    assert sent["interactive"]["action"]["buttons"][0]["reply"]["id"] == "done:7"


def test_outside_the_window_the_template_is_sent(
    client: TestClient, wa_runtime: Runtime, graph: FakeGraph, clock: FixedClock
) -> None:
    post(client, p.messages_delivery(p.text("hello")))
    clock.advance(timedelta(hours=25))
    graph.reset()
    outbox_id = wa_runtime.send(_reminder())
    (sent,) = graph.sent
    assert sent["type"] == "template" and sent["to"] == p.USER
    template = sent["template"]
    assert (template["name"], template["language"]["code"]) == ("task_reminder", "en_US")
    body, button = template["components"]
    assert [x["text"] for x in body["parameters"]] == ["Call Bob", "Fri 10:00"]
    assert button["parameters"] == [{"type": "payload", "payload": "done:7"}]
    row = next(r for r in outbox_rows(wa_runtime) if r.id == outbox_id)
    assert row.status == "sent" and row.platform_message_id is not None


def test_someone_who_never_wrote_gets_the_template(wa_runtime: Runtime, graph: FakeGraph) -> None:
    wa_runtime.send(_reminder())
    assert [s["type"] for s in graph.sent] == ["template"]


def test_reengagement_error_switches_to_the_template_once(
    client: TestClient, wa_runtime: Runtime, graph: FakeGraph
) -> None:
    post(client, p.messages_delivery(p.text("hello")))
    graph.reset()
    graph.fail(131047)  # the window closed earlier than FlowHub knew
    outbox_id = wa_runtime.send(_reminder())
    assert [(r.body["type"], r.status) for r in graph.requests] == [
        ("interactive", 400),
        ("template", 200),
    ]
    row = next(r for r in outbox_rows(wa_runtime) if r.id == outbox_id)
    assert row.status == "sent" and row.attempts == 1


def test_no_template_outside_the_window_fails_clearly(
    client: TestClient,
    wa_runtime: Runtime,
    graph: FakeGraph,
    clock: FixedClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    post(client, p.messages_delivery(p.text("hello")))
    clock.advance(timedelta(days=2))
    graph.reset()
    graph.fail(131047)
    with caplog.at_level(logging.WARNING):
        outbox_id = wa_runtime.send(_reminder(template=None))
    assert "no template configured" in caplog.text
    assert len(graph.requests) == 1  # final: not retried free-form
    row = next(r for r in outbox_rows(wa_runtime) if r.id == outbox_id)
    assert row.status == "failed" and row.error is not None
    assert "131047" in row.error and "no template configured" in row.error


def test_default_template_carries_the_text(
    client: TestClient,
    wa_runtime: Runtime,
    settings: Settings,
    graph: FakeGraph,
    clock: FixedClock,
) -> None:
    built = build_connectors(settings, engine=wa_runtime.engine, clock=clock)["whatsapp"]
    assert isinstance(built, WhatsAppConnector)
    wa_runtime.connectors["whatsapp"] = WhatsAppConnector(
        client=built._client,
        phone_number_ids=[p.NUMBER],
        windows=built._windows,
        now=clock.now,
        default_template=Template("flowhub_update", "en_US"),
    )
    post(client, p.messages_delivery(p.text("hello")))
    clock.advance(timedelta(hours=30))
    graph.reset()
    wa_runtime.send(Reply("📬 Your digest\n1. Call Bob\n2. Send the deck", to=TARGET))
    (sent,) = graph.sent
    assert sent["template"]["name"] == "flowhub_update"
    (body,) = sent["template"]["components"]
    assert body["parameters"] == [
        {"type": "text", "text": "📬 Your digest · 1. Call Bob · 2. Send the deck"}
    ]


@pytest.mark.parametrize("code", [429, 130429, 131056, 500])
def test_rate_limits_and_server_errors_are_retried(
    wa_runtime: Runtime, graph: FakeGraph, clock: FixedClock, code: int
) -> None:
    graph.fail(code)
    outbox_id = wa_runtime.send(_reminder(template=None, buttons=()))
    assert len(graph.requests) == 1
    clock.advance(timedelta(seconds=10))  # past the backoff: the sweep sends it again
    wa_runtime.tick()
    first = {429: 429, 500: 500}.get(code, 400)
    assert [r.status for r in graph.requests] == [first, 200]
    row = next(r for r in outbox_rows(wa_runtime) if r.id == outbox_id)
    assert (row.status, row.attempts) == ("sent", 2)


def test_invalid_parameter_is_final_with_the_error(wa_runtime: Runtime, graph: FakeGraph) -> None:
    graph.fail(100)
    outbox_id = wa_runtime.send(_reminder(template=None, buttons=()))
    assert len(graph.requests) == 1
    row = next(r for r in outbox_rows(wa_runtime) if r.id == outbox_id)
    assert row.status == "failed" and row.error is not None
    assert "code 100" in row.error and "Invalid parameter" in row.error


def test_a_number_not_configured_is_refused(wa_runtime: Runtime, graph: FakeGraph) -> None:
    outbox_id = wa_runtime.send(Reply("hi", to=Target("whatsapp", p.STRANGER_NUMBER, p.USER)))
    row = next(r for r in outbox_rows(wa_runtime) if r.id == outbox_id)
    assert row.status == "failed" and "not configured" in (row.error or "")
    assert graph.requests == []


# ---------------------------------------------------------------- the connector alone


def test_retry_after_is_at_least_metas_guidance(graph: FakeGraph) -> None:
    connector = _connector(graph)
    graph.fail(131056, times=2)
    for _ in range(2):  # the backoff itself grows in the runtime, per outbox row
        with pytest.raises(SendError) as caught:
            connector.send(TARGET, Reply("hi"), outbox_id=1)
        assert caught.value.retry_after == 4.0
    assert connector.send(TARGET, Reply("hi"), outbox_id=1).platform_message_id.startswith("wamid.")


def test_long_text_is_sent_in_parts_and_a_retry_resumes(graph: FakeGraph) -> None:
    connector = _connector(graph)
    text = "\n\n".join(["word " * 150] * 8)  # about 6,000 characters
    graph.fail(500, after=1)
    with pytest.raises(SendError) as caught:
        connector.send(TARGET, Reply(text), outbox_id=9)
    assert caught.value.retry_after is not None
    delivery = connector.send(TARGET, Reply(text), outbox_id=9)
    assert [r.status for r in graph.requests] == [200, 500, 200]
    assert graph.requests[1].body == graph.requests[2].body  # only the missing part again
    assert delivery.platform_message_id == graph.requests[-1].answer["messages"][0]["id"]
    assert sum(len(b["text"]["body"]) for b in graph.sent) >= len(text) - 20


def test_unreachable_api_is_retried_later() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    client = GraphClient(api_url=url, api_version=VERSION, access_token=TOKEN)
    connector = WhatsAppConnector(client=client, phone_number_ids=[p.NUMBER])
    with pytest.raises(SendError, match="not reachable") as caught:
        connector.send(TARGET, Reply("hi"), outbox_id=3)
    assert caught.value.retry_after is not None


def test_timeout_is_retried_later(graph: FakeGraph) -> None:
    connector = _connector(graph, timeout=0.2)
    graph.hang(0.6)
    with pytest.raises(SendError) as caught:
        connector.send(TARGET, Reply("hi"), outbox_id=4)
    assert caught.value.retry_after is not None
    deadline = time.monotonic() + 5
    while not graph.requests and time.monotonic() < deadline:  # let the slow answer finish
        time.sleep(0.05)


def test_wrong_token_is_final(graph: FakeGraph) -> None:
    client = GraphClient(api_url=graph.url, api_version=VERSION, access_token="expired")
    connector = WhatsAppConnector(client=client, phone_number_ids=[p.NUMBER])
    with pytest.raises(SendError, match="code 190") as caught:
        connector.send(TARGET, Reply("hi"), outbox_id=5)
    assert caught.value.retry_after is None


def test_button_id_too_long_is_final(graph: FakeGraph) -> None:
    connector = _connector(graph)
    with pytest.raises(SendError, match="1-256 characters") as caught:
        connector.send(TARGET, Reply("x", buttons=(Button("y" * 300, "Y"),)), outbox_id=6)
    assert caught.value.retry_after is None and graph.requests == []
