"""What an operator sees of `flowhub run --workers 2`: JSON log lines that carry the event and
the chat of the message being processed, and one `/metrics` page summing both processes."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.auxil.fake_graph import TOKEN as GRAPH_TOKEN
from tests.auxil.fake_graph import VERSION as GRAPH_VERSION
from tests.auxil.fake_graph import FakeGraph
from tests.connectors.whatsapp import payloads as wp
from tests.security import process
from tests.webhooks import deliver

SCRAPE_TOKEN = "operator-scrape-token-42"


@pytest.fixture(scope="module")
def graph() -> Iterator[FakeGraph]:
    """The fake Graph API the server answers through."""
    server = FakeGraph(numbers=(wp.NUMBER,)).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def server(graph: FakeGraph, tmp_path_factory: pytest.TempPathFactory) -> Iterator[process.Running]:
    """Two web processes, JSON logs at DEBUG, metrics behind a token."""
    cwd = tmp_path_factory.mktemp("flowhub-ops")
    env = {
        "FLOWHUB_DATA_DIR": str(cwd / "data"),
        "FLOWHUB_LOG_LEVEL": "DEBUG",
        "FLOWHUB_LOG_FORMAT": "json",
        "FLOWHUB_METRICS_TOKEN": SCRAPE_TOKEN,
        "FLOWHUB_DEFAULT_TIMEZONE": "Europe/Berlin",
        "FLOWHUB_WHATSAPP_APP_SECRET": wp.APP_SECRET,
        "FLOWHUB_WHATSAPP_VERIFY_TOKEN": wp.VERIFY_TOKEN,
        "FLOWHUB_WHATSAPP_ACCESS_TOKEN": GRAPH_TOKEN,
        "FLOWHUB_WHATSAPP_PHONE_NUMBER_ID": wp.NUMBER,
        "FLOWHUB_WHATSAPP_API_URL": graph.url,
        "FLOWHUB_WHATSAPP_API_VERSION": GRAPH_VERSION,
    }
    running = process.start(env, cwd=cwd, args=("--workers", "2"))
    yield running
    running.stop()


def _wait_for(find: Callable[[], Any], what: str, timeout: float = 30) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if found := find():
            return found
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _value(page: str, name: str, **labels: str) -> float:
    total = 0.0
    for family in text_string_to_metric_families(page):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                total += float(sample.value)
    return total


def _json_lines(log: str) -> list[dict[str, Any]]:
    lines = [line for line in log.splitlines() if line.strip()]
    printed = [line for line in lines if line.startswith(("FlowHub ", "database is up to date"))]
    assert len(printed) == 2, "the command prints its banner and the migration (on stdout)"
    records = [json.loads(line) for line in lines if line not in printed]
    assert all({"time", "level", "logger", "message"} <= set(r) for r in records)
    return records


def test_messages_are_counted_across_processes_and_logged_as_json(
    server: process.Running, graph: FakeGraph, tmp_path: Path
) -> None:
    http = httpx.Client(base_url=server.url, timeout=30)
    assert http.get("/metrics").status_code == 401
    said = [f"book the venue for the {day} meeting" for day in ("monday", "tuesday", "friday")]
    for n, text in enumerate(said):
        message = wp.text(text, **{"from": f"49151000000{n}"})
        assert deliver.whatsapp(http, deliver.encode(wp.messages_delivery(message))).status_code
    forged = http.post(
        "/webhooks/whatsapp",
        content=deliver.encode(wp.messages_delivery(wp.text("hi"))),
        headers=wp.signed_headers(b"something else"),
    )
    assert forged.status_code in (401, 403)
    _wait_for(lambda: len(graph.sent) >= len(said), "an answer to every message")

    # Each scrape may land on either process; every one shows the sum of both.
    for _ in range(4):
        page = http.get("/metrics", headers={"Authorization": f"Bearer {SCRAPE_TOKEN}"}).text
        accepted = _value(page, "flowhub_inbound_deliveries_total", outcome="accepted")
        assert accepted == len(said)
        assert _value(page, "flowhub_inbound_deliveries_total", outcome="refused") == 1
        assert _value(page, "flowhub_processing_seconds_count", platform="whatsapp") == len(said)
        assert _value(page, "flowhub_sends_total", outcome="sent") >= len(said)
        assert "flowhub_queue_depth" in page
    http.close()

    records = _json_lines(server.log())
    processing = [r for r in records if "event_id" in r]
    assert processing, "lines written while a message is processed carry its event id"
    chats = {r.get("chat") for r in processing if "chat" in r}
    assert {f"49151000000{n}" for n in range(len(said))} <= chats
