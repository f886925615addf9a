"""End to end on WhatsApp: a signed message in, a card with buttons out, a tap, a saved task."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from fastapi.testclient import TestClient
from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.storage import Task, session_scope
from tests.auxil.fake_graph import FakeGraph
from tests.connectors.whatsapp import payloads as p
from tests.connectors.whatsapp.helpers import inbox_rows, outbox_rows, post


def _tasks(runtime: Runtime) -> list[Task]:
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(Task)))


def test_capture_confirm_over_whatsapp(
    client: TestClient, wa_runtime: Runtime, graph: FakeGraph
) -> None:
    said = p.text("pls send the Q4 deck to Sam by friday 5pm")
    assert post(client, p.messages_delivery(said)).status_code == 200
    cards = [s for s in graph.sent if s["type"] == "interactive"]
    assert len(cards) == 1
    card = cards[0]
    assert card["to"] == p.USER and card["interactive"]["type"] == "button"
    assert "Send the Q4 deck" in card["interactive"]["body"]["text"]
    assert "Fri 6 Mar, 17:00" in card["interactive"]["body"]["text"]
    buttons = [b["reply"] for b in card["interactive"]["action"]["buttons"]]
    assert [b["title"] for b in buttons] == ["✅ Confirm", "✏️ Edit", "🗑 Discard"]
    assert _tasks(wa_runtime) == []

    card_request = next(r for r in graph.requests if r.body is card)
    card_id = card_request.answer["messages"][0]["id"]
    confirm = next(b for b in buttons if b["title"] == "✅ Confirm")
    tap = p.button_reply(confirm["id"], confirm["title"], to=card_id)
    graph.reset()
    assert post(client, p.messages_delivery(tap)).status_code == 200

    (saved,) = graph.sent
    assert saved["type"] == "interactive"
    assert saved["interactive"]["body"]["text"].startswith("✅ Saved.")
    (done,) = saved["interactive"]["action"]["buttons"]
    assert done["reply"]["id"].startswith("done:")
    assert saved["context"] == {"message_id": card_id}  # an edit arrives as a quoting message
    (task,) = _tasks(wa_runtime)
    assert task.title == "Send the Q4 deck to Sam"
    assert task.due_at is not None
    local = task.due_at.astimezone(ZoneInfo("Europe/Berlin"))
    assert (local.weekday(), local.hour, local.minute) == (4, 17, 0)

    rows = inbox_rows(wa_runtime)
    assert [(r.kind, r.status) for r in rows] == [("text", "processed"), ("button", "processed")]
    assert rows[0].event["sender_name"] == p.USER_NAME
    assert all(r.status == "sent" for r in outbox_rows(wa_runtime))
