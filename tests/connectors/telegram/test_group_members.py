"""Telegram names who is in a group (a join, or a chat_member update): such a member sees the
group's tasks from their private chat before writing in the group; an outsider never does."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import col, select

from flowhub.bot.runtime import Runtime
from flowhub.connectors import MEMBERS
from flowhub.connectors.telegram import BotIdentity, parse_update
from flowhub.storage import Outbox, Person, session_scope
from tests.auxil.fake_telegram import FakeTelegram
from tests.conftest import FIXED_NOW
from tests.connectors.telegram import updates
from tests.connectors.telegram.conftest import post_update

BOT = BotIdentity(id="123456", username="FlowHubBot")
CAROL = {"id": 33333333, "is_bot": False, "first_name": "Carol", "language_code": "de"}
DANI = {"id": 44444444, "is_bot": False, "first_name": "Dani", "language_code": "es"}


def _joined(update_id: int, user: dict[str, Any], status: str = "member") -> dict[str, Any]:
    """A chat_member update: `user` is now `status` in the group."""
    return {
        "update_id": update_id,
        "chat_member": {
            "chat": updates.GROUP,
            "from": updates.ANA,
            "date": updates.DATE,
            "old_chat_member": {"user": user, "status": "left"},
            "new_chat_member": {"user": user, "status": status},
        },
    }


def test_joins_name_the_members() -> None:
    added = updates.message(
        31, None, chat=updates.GROUP, new_chat_members=[updates.BOB, updates.BOT]
    )
    event = parse_update(added, bot=BOT, now=FIXED_NOW)
    assert event.addressed is False
    assert event.raw[MEMBERS] == [{"id": "22222222", "name": "Bob Stone", "locale": None}]
    joined = parse_update(_joined(32, CAROL), bot=BOT, now=FIXED_NOW)
    assert joined.raw[MEMBERS] == [{"id": "33333333", "name": "Carol", "locale": "de"}]
    assert joined.chat == str(updates.GROUP["id"]) and joined.addressed is False
    left = parse_update(_joined(33, CAROL, status="left"), bot=BOT, now=FIXED_NOW)
    assert MEMBERS not in left.raw


def _said_to(fake: FakeTelegram, chat_id: int) -> str:
    return " ".join(
        str(call.params.get("text", ""))
        for call in fake.calls_to("sendMessage")
        if str(call.params.get("chat_id")) == str(chat_id)
    )


def test_a_member_who_never_wrote_there_sees_the_group_s_tasks(
    client: TestClient, runtime: Runtime, fake: FakeTelegram
) -> None:
    said = "@FlowHubBot Ana has to book the venue for the offsite by friday"
    assert post_update(client, updates.message(41, said, chat=updates.GROUP)).status_code == 200
    with session_scope(runtime.engine) as session:
        sent = session.exec(select(Outbox).order_by(col(Outbox.id).desc())).first()
        assert sent is not None
        card_id = int(sent.platform_message_id or 0)
    (card,) = fake.calls_to("sendMessage")
    keyboard = card.params["reply_markup"]["inline_keyboard"]
    confirm = next(b["callback_data"] for row in keyboard for b in row if "Confirm" in b["text"])
    press = updates.button_press(42, confirm, card_id=card_id, chat=updates.GROUP)
    assert post_update(client, press).status_code == 200

    assert post_update(client, _joined(43, CAROL)).status_code == 200
    with session_scope(runtime.engine) as session:
        carol = session.exec(select(Person).where(Person.display_name == "Carol")).one()
        assert carol.locale == "de"  # her app's language, for whatever she is told first
    fake.reset()
    asked = updates.message(44, "what's on for the team?", sender=CAROL)
    assert post_update(client, asked).status_code == 200
    assert "venue" in _said_to(fake, CAROL["id"]).lower()

    # Dani never joined: she sees nothing of the group, however she asks.
    fake.reset()
    for n, text in enumerate(["what's on for the team?", "what does ana have?"]):
        outsider = updates.message(50 + n, text, sender=DANI)
        assert post_update(client, outsider).status_code == 200
    assert "venue" not in _said_to(fake, DANI["id"]).lower()
