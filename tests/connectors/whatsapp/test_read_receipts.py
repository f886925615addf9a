"""Read receipts: a processed message gets blue ticks, and "typing…" when a reply follows."""

from __future__ import annotations

from fastapi.testclient import TestClient

from flowhub.bot.runtime import Runtime
from tests.auxil.fake_graph import TOKEN, FakeGraph
from tests.connectors.whatsapp import payloads as p
from tests.connectors.whatsapp.helpers import outbox_rows, post


def _reads(graph: FakeGraph) -> list[dict[str, object]]:
    return [
        r.body
        for r in graph.requests
        if isinstance(r.body, dict) and r.body.get("status") == "read"
    ]


def test_a_message_is_marked_read_before_the_answer(
    client: TestClient, wa_runtime: Runtime, graph: FakeGraph
) -> None:
    said = p.text("call the plumber tomorrow at 10")
    assert post(client, p.messages_delivery(said)).status_code == 200
    assert _reads(graph) == [
        {
            "messaging_product": "whatsapp",
            "status": "read",
            "message_id": said["id"],
            "typing_indicator": {"type": "text"},
        }
    ]
    first, second = graph.requests[0], graph.requests[1]
    assert first.body["status"] == "read" and first.path.endswith(f"/{p.NUMBER}/messages")
    assert first.authorization == f"Bearer {TOKEN}"
    assert second.body["type"] == "interactive" and second.body["to"] == p.USER


def test_a_processed_message_is_not_marked_read_again(
    client: TestClient, wa_runtime: Runtime, graph: FakeGraph
) -> None:
    said = p.text("pay the electricity bill on friday")
    post(client, p.messages_delivery(said))
    post(client, p.messages_delivery(said))  # Meta's retry of the same delivery
    assert len(_reads(graph)) == 1


def test_a_refused_read_receipt_does_not_stop_the_answer(
    client: TestClient, wa_runtime: Runtime, graph: FakeGraph
) -> None:
    graph.fail(100)  # the next request, the read receipt, is refused
    said = p.text("book the venue for the offsite by next friday")
    assert post(client, p.messages_delivery(said)).status_code == 200
    assert graph.requests[0].status == 400 and graph.requests[0].body["status"] == "read"
    assert [s["type"] for s in graph.sent] == ["interactive"]
    assert [row.status for row in outbox_rows(wa_runtime)] == ["sent"]
