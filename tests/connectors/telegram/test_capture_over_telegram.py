"""End to end over Telegram: a forwarded message becomes a card, a tap on Confirm saves the task."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.storage import InboxEvent, Outbox, Task, session_scope
from tests.auxil.fake_telegram import FakeTelegram
from tests.connectors.telegram import updates
from tests.connectors.telegram.conftest import post_update

ANA_CHAT = updates.ANA_ID


def _tasks(runtime: Runtime) -> list[str]:
    with session_scope(runtime.engine) as session:
        return [t.title for t in session.exec(select(Task).order_by(Task.id))]  # type: ignore[arg-type]


def test_forwarded_message_to_confirmed_task(
    client: TestClient, runtime: Runtime, fake: FakeTelegram
) -> None:
    forwarded = updates.forwarded(734019281, "Can you send me the deck by Thursday?")
    assert post_update(client, forwarded).status_code == 200

    with session_scope(runtime.engine) as session:
        event = session.exec(select(InboxEvent)).one().event
    assert event["forwarded"] is True and event["forwarded_from"] == "Bob Stone"
    assert event["sender_id"] == str(ANA_CHAT)  # the person who forwarded it

    (card,) = fake.calls_to("sendMessage")
    assert card.params["parse_mode"] == "HTML"
    buttons = card.params["reply_markup"]["inline_keyboard"]
    labels = [b["text"] for row in buttons for b in row]
    assert labels == ["✅ Confirm", "✏️ Edit", "🗑 Discard"]
    confirm = next(b["callback_data"] for row in buttons for b in row if "Confirm" in b["text"])
    assert confirm.startswith("confirm:")
    assert _tasks(runtime) == []
    with session_scope(runtime.engine) as session:
        sent = session.exec(select(Outbox).where(Outbox.platform == "telegram")).one()
        card_id = int(sent.platform_message_id or 0)
    assert fake.message(ANA_CHAT, card_id)["reply_markup"]["inline_keyboard"] == buttons

    press = updates.button_press(734019282, confirm, card_id=card_id, query_id="4382bfdwdsb323b2d9")
    assert post_update(client, press).status_code == 200

    (answer,) = fake.calls_to("answerCallbackQuery")
    assert answer.params["callback_query_id"] == "4382bfdwdsb323b2d9"
    (edit,) = fake.calls_to("editMessageText")
    assert (edit.params["chat_id"], int(edit.params["message_id"])) == (str(ANA_CHAT), card_id)
    shown = fake.message(ANA_CHAT, card_id)
    assert shown["text"].startswith("✅ Saved.")
    (mark_done,) = [b for row in shown["reply_markup"]["inline_keyboard"] for b in row]
    assert mark_done["text"] == "✔️ Mark done" and mark_done["callback_data"].startswith("done:")
    assert len(_tasks(runtime)) == 1 and "deck" in _tasks(runtime)[0].lower()

    # Telegram delivers the tap again: stored once, answered once, nothing changes.
    assert post_update(client, press).status_code == 200
    assert len(fake.calls_to("answerCallbackQuery")) == 1
    assert len(fake.calls_to("editMessageText")) == 1
    assert len(_tasks(runtime)) == 1


def test_reply_to_card_edits_the_proposal(
    client: TestClient, runtime: Runtime, fake: FakeTelegram
) -> None:
    post_update(client, updates.message(10, "prepare the board slides"))
    (card,) = fake.calls_to("sendMessage")
    card_id = fake.message(ANA_CHAT, 1001)["message_id"]
    edit_button = next(
        b["callback_data"]
        for row in card.params["reply_markup"]["inline_keyboard"]
        for b in row
        if "Edit" in b["text"]
    )
    post_update(client, updates.button_press(11, edit_button, card_id=card_id))
    post_update(client, updates.message(12, "due friday 5pm, priority high"))
    # The card shows the change: edited in place, or shown again below the edit prompt.
    shown = [c.params["text"] for c in fake.calls_to("editMessageText")]
    shown += [c.params["text"] for c in fake.calls_to("sendMessage")[1:]]
    assert any("Fri 6 Mar, 17:00" in t and "high" in t for t in shown)
    assert len(fake.calls_to("answerCallbackQuery")) == 1


def test_commands_map_to_what_skills_understand(
    client: TestClient, runtime: Runtime, fake: FakeTelegram
) -> None:
    post_update(client, updates.message(20, "/add call the dentist tomorrow at 9"))
    post_update(client, updates.message(21, "/help"))
    post_update(client, updates.message(22, "/tz Berlin"))
    texts = [c.params["text"] for c in fake.calls_to("sendMessage")]
    assert "call the dentist" in texts[0].lower()
    assert len(texts) == 3
    with session_scope(runtime.engine) as session:
        rows = list(session.exec(select(InboxEvent).order_by(InboxEvent.id)))  # type: ignore[arg-type]
        assert [(r.kind, r.text) for r in rows] == [
            ("command", "call the dentist tomorrow at 9"),
            ("command", "help"),
            ("command", "timezone Berlin"),
        ]
