"""Over Telegram, a forward's origin is only a label: its "I'll" makes nobody the assignee, even
when the origin's name is a person FlowHub knows, and that person is never asked or told."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.storage import InboxEvent, Outbox, Task, session_scope
from tests.auxil.fake_telegram import FakeTelegram
from tests.connectors.telegram import updates
from tests.connectors.telegram.conftest import post_update

BOB_ID = updates.BOB["id"]


def _sent_to(fake: FakeTelegram, chat_id: int) -> list[str]:
    return [
        str(call.params.get("text", ""))
        for method in ("sendMessage", "editMessageText")
        for call in fake.calls_to(method)
        if str(call.params.get("chat_id")) == str(chat_id)
    ]


@pytest.mark.parametrize(
    "origin",
    [
        {"type": "user", "date": updates.DATE - 600, "sender_user": updates.BOB},
        {"type": "hidden_user", "date": updates.DATE - 600, "sender_user_name": "Bob Stone"},
    ],
    ids=["user", "hidden_user"],
)
def test_forwarded_promise_is_not_given_to_the_origin(
    client: TestClient, runtime: Runtime, fake: FakeTelegram, origin: dict[str, Any]
) -> None:
    # Bob has written to the bot, so "Bob Stone" is a person in the workspace with a chat.
    hello = updates.message(734019300, "hi", sender=updates.BOB)
    assert post_update(client, hello).status_code == 200
    before = len(_sent_to(fake, BOB_ID))

    promise = updates.message(
        734019301, "I'll send the signed contract by friday", forward_origin=origin
    )
    assert post_update(client, promise).status_code == 200
    with session_scope(runtime.engine) as session:
        stored = session.exec(select(InboxEvent).order_by(InboxEvent.id)).all()[-1].event  # type: ignore[arg-type]
    assert stored["forwarded_from"] == "Bob Stone"
    assert (stored["sender_id"], stored["sender_name"]) == (str(updates.ANA_ID), "Ana")

    card = fake.calls_to("sendMessage")[-1]
    assert "contract" in card.params["text"] and "Bob" not in card.params["text"]
    buttons = card.params["reply_markup"]["inline_keyboard"]
    confirm = next(b["callback_data"] for row in buttons for b in row if "Confirm" in b["text"])
    with session_scope(runtime.engine) as session:
        shown = session.exec(
            select(Outbox).where(Outbox.ref.startswith("proposal:"))  # type: ignore[union-attr]
        ).one()
        card_id = int(shown.platform_message_id or 0)
    press = updates.button_press(734019302, confirm, card_id=card_id)
    assert post_update(client, press).status_code == 200

    with session_scope(runtime.engine) as session:
        task = session.exec(select(Task)).one()
    assert "contract" in task.title.lower()
    assert (task.assignee_id, task.assignee_name, task.assignment) == (None, None, "none")
    assert len(_sent_to(fake, BOB_ID)) == before  # Bob is neither asked nor told
