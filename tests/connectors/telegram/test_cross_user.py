"""Two people on one Telegram bot, against the app served by uvicorn: crafted callback_data, in a
private chat or in a group, reaches nothing of someone else's."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlmodel import select

from flowhub.bot.app import create_app
from flowhub.bot.runtime import Runtime
from flowhub.connectors.telegram import SECRET_HEADER, TelegramConnector
from flowhub.settings import Settings
from flowhub.skills import words
from flowhub.storage import Outbox, Task, session_scope
from tests.auxil.fake_telegram import FakeTelegram
from tests.auxil.loopback import Loopback, serve
from tests.connectors.telegram import updates
from tests.connectors.telegram.conftest import SECRET

BOB_ID = updates.BOB["id"]
GROUP_ID = updates.GROUP["id"]


@pytest.fixture
def server(settings: Settings, runtime: Runtime, telegram: TelegramConnector) -> Iterator[Loopback]:
    """The real app on a loopback port."""
    running = serve(create_app(settings, runtime=runtime), name="flowhub-telegram")
    try:
        yield running
    finally:
        running.stop()


def _post(server: Loopback, update: dict[str, Any]) -> None:
    answer = httpx.post(
        f"{server.url}/webhooks/telegram",
        json=update,
        headers={SECRET_HEADER: SECRET},
        timeout=30,
    )
    assert answer.status_code == 200


def _said_in(fake: FakeTelegram, chat_id: int) -> list[str]:
    return [
        str(call.params.get("text", ""))
        for method in ("sendMessage", "editMessageText")
        for call in fake.calls_to(method)
        if str(call.params.get("chat_id")) == str(chat_id)
    ]


def _only_task(runtime: Runtime) -> Task:
    with session_scope(runtime.engine) as session:
        return session.exec(select(Task)).one()


def test_crafted_callback_data_reaches_nothing_of_someone_else(
    server: Loopback, runtime: Runtime, fake: FakeTelegram
) -> None:
    _post(server, updates.message(900001, "book the divorce lawyer on friday"))
    (card,) = fake.calls_to("sendMessage")
    keyboard = card.params["reply_markup"]["inline_keyboard"]
    confirm = next(b["callback_data"] for row in keyboard for b in row if "Confirm" in b["text"])
    with session_scope(runtime.engine) as session:
        sent = session.exec(select(Outbox).where(Outbox.platform == "telegram")).one()
        card_id = int(sent.platform_message_id or 0)
    _post(server, updates.button_press(900002, confirm, card_id=card_id))
    task = _only_task(runtime)
    assert task.status == "open"
    fake.reset()

    bob_private = updates.private_chat(updates.BOB)
    group = updates.GROUP
    for n, (data, chat) in enumerate(
        [
            (f"done:{task.id}", bob_private),
            ("done:999999", bob_private),
            (f"done:{task.id}", group),
            (f"accept:{task.id}", bob_private),
            (f"confirm:{task.id}", group),
        ]
    ):
        press = updates.button_press(
            900010 + n, data, card_id=card_id, chat=chat, sender=updates.BOB
        )
        _post(server, press)
    for n, (text, chat) in enumerate(
        [("what does Ana have?", bob_private), ("what does Ana have?", group)]
    ):
        _post(server, updates.message(900020 + n, text, sender=updates.BOB, chat=chat))

    said = _said_in(fake, BOB_ID) + _said_in(fake, GROUP_ID)
    said += [str(c.params.get("text", "")) for c in fake.calls_to("answerCallbackQuery")]
    assert said.count(words.NOT_YOURS) >= 5
    assert all("lawyer" not in text.lower() for text in said)
    assert _said_in(fake, updates.ANA_ID) == []
    assert _only_task(runtime).status == "open"
