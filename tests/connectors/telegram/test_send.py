"""The connector's sync `send` against the fake Bot API: HTML, splitting, edits, 429 and errors."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.connectors import Button, Reply, SendError, Target
from flowhub.connectors.telegram import TelegramConnector
from flowhub.connectors.telegram.send import file_url
from flowhub.storage import Outbox, session_scope
from tests.auxil.fake_telegram import FakeTelegram
from tests.connectors.telegram.conftest import TOKEN

CHAT = Target("telegram", "123456", "11111111")


@pytest.fixture
def connector(fake: FakeTelegram) -> Iterator[TelegramConnector]:
    """A connector on its own, talking to the fake."""
    connector = TelegramConnector(token=TOKEN, api_url=fake.api_url)
    yield connector
    connector.close()


def test_send_escapes_html_and_returns_the_message_id(
    connector: TelegramConnector, fake: FakeTelegram
) -> None:
    text = 'Fix <script> & the a<b> tag\n5 > 3 & "quotes" stay'
    delivery = connector.send(CHAT, Reply(text), outbox_id=1)
    (call,) = fake.calls_to("sendMessage")
    assert call.params["parse_mode"] == "HTML"
    assert call.params["text"] == (
        'Fix &lt;script&gt; &amp; the a&lt;b&gt; tag\n5 &gt; 3 &amp; "quotes" stay'
    )
    shown = fake.message(11111111, int(delivery.platform_message_id))
    assert shown["text"] == text  # what the user sees is exactly what the skill wrote


def test_buttons_become_an_inline_keyboard(
    connector: TelegramConnector, fake: FakeTelegram
) -> None:
    reply = Reply(
        "📝 Call Bob",
        buttons=(
            Button("confirm:12", "✅ Confirm"),
            Button("edit:12", "✏️ Edit"),
            Button("discard:12", "🗑 Discard"),
        ),
    )
    connector.send(CHAT, reply, outbox_id=1)
    (call,) = fake.calls_to("sendMessage")
    assert call.params["reply_markup"] == {
        "inline_keyboard": [
            [
                {"text": "✅ Confirm", "callback_data": "confirm:12"},
                {"text": "✏️ Edit", "callback_data": "edit:12"},
                {"text": "🗑 Discard", "callback_data": "discard:12"},
            ]
        ]
    }


def test_long_text_is_split_at_line_breaks_with_buttons_on_the_last_part(
    connector: TelegramConnector, fake: FakeTelegram
) -> None:
    lines = [f"{i}. task number {i} & more <details>" for i in range(1, 301)]
    reply = Reply("\n".join(lines), buttons=(Button("list:more", "More"),))
    delivery = connector.send(CHAT, reply, outbox_id=1)
    calls = fake.calls_to("sendMessage")
    assert len(calls) == 3
    shown = [fake.message(11111111, 1001 + i)["text"] for i in range(len(calls))]
    assert all(len(text) <= 4096 for text in shown)
    assert "\n".join(shown).split("\n") == lines  # every line whole, in order, nothing lost
    assert [("reply_markup" in c.params) for c in calls] == [False, False, True]
    assert delivery.platform_message_id == "1003"


def test_edit_changes_the_message_in_place(
    connector: TelegramConnector, fake: FakeTelegram
) -> None:
    first = connector.send(
        CHAT, Reply("📝 Call Bob", buttons=(Button("confirm:1", "Confirm"),)), outbox_id=1
    )
    edited = connector.send(
        CHAT, Reply("✅ Saved.\n📝 Call Bob", edit=first.platform_message_id), outbox_id=2
    )
    assert edited.platform_message_id == first.platform_message_id
    (call,) = fake.calls_to("editMessageText")
    assert call.params["message_id"] == first.platform_message_id
    shown = fake.message(11111111, int(first.platform_message_id))
    assert shown["text"] == "✅ Saved.\n📝 Call Bob" and "reply_markup" not in shown
    # The same edit again: Telegram says "message is not modified", which counts as done.
    again = connector.send(
        CHAT, Reply("✅ Saved.\n📝 Call Bob", edit=first.platform_message_id), outbox_id=3
    )
    assert again.platform_message_id == first.platform_message_id


def test_edit_of_a_missing_message_is_final(
    connector: TelegramConnector, fake: FakeTelegram
) -> None:
    with pytest.raises(SendError) as caught:
        connector.send(CHAT, Reply("x", edit="424242"), outbox_id=1)
    assert caught.value.retry_after is None and "not found" in str(caught.value)


def test_429_goes_back_to_the_queue_with_telegrams_wait_and_nothing_sleeps(
    connector: TelegramConnector, fake: FakeTelegram
) -> None:
    fake.fail_next("sendMessage", 429, retry_after=35)
    started = time.monotonic()
    with pytest.raises(SendError) as caught:
        connector.send(CHAT, Reply("hello"), outbox_id=1)
    assert caught.value.retry_after == 35
    assert time.monotonic() - started < 1.0
    assert len(fake.calls_to("sendMessage")) == 1
    connector.send(Target("telegram", "123456", "777"), Reply("other chats go on"), outbox_id=2)


def test_split_reply_resumes_after_a_429_instead_of_repeating(
    connector: TelegramConnector, fake: FakeTelegram
) -> None:
    text = "\n".join(f"{i} " + "x" * 100 for i in range(60))  # two parts
    fake.fail_next("sendMessage", 429, retry_after=1, after=1)  # the second part hits the limit
    with pytest.raises(SendError) as caught:
        connector.send(CHAT, Reply(text), outbox_id=10)
    assert caught.value.retry_after == 1
    delivery = connector.send(CHAT, Reply(text), outbox_id=10)  # the queue's retry
    assert len(fake.calls_to("sendMessage")) == 3
    first = fake.message(11111111, 1001)["text"]
    second = fake.message(11111111, int(delivery.platform_message_id))["text"]
    assert delivery.platform_message_id == "1002"
    assert f"{first}\n{second}" == text


def test_blocked_by_the_user_is_final(connector: TelegramConnector, fake: FakeTelegram) -> None:
    fake.fail_next("sendMessage", 403)
    with pytest.raises(SendError) as caught:
        connector.send(CHAT, Reply("hello"), outbox_id=1)
    assert caught.value.retry_after is None and "blocked" in str(caught.value)


def test_server_errors_and_network_failures_are_retryable(fake: FakeTelegram) -> None:
    connector = TelegramConnector(token=TOKEN, api_url=fake.api_url)
    try:
        connector.identity()
        fake.fail_next("sendMessage", 502, description="Bad Gateway")
        with pytest.raises(SendError) as caught:
            connector.send(CHAT, Reply("hello"), outbox_id=1)
        assert caught.value.retry_after is not None
    finally:
        connector.close()
    nowhere = TelegramConnector(token=TOKEN, api_url="http://127.0.0.1:9/bot")
    try:
        with pytest.raises(SendError) as caught:
            nowhere.send(CHAT, Reply("hello"), outbox_id=1)
        assert caught.value.retry_after is not None
    finally:
        nowhere.close()


def test_too_long_button_id_is_refused_loudly_before_any_call(
    connector: TelegramConnector, fake: FakeTelegram
) -> None:
    reply = Reply("pick", buttons=(Button("snooze:" + "9" * 60, "Later"),))
    with pytest.raises(SendError) as caught:
        connector.send(CHAT, reply, outbox_id=1)
    assert caught.value.retry_after is None
    assert "Later" in str(caught.value) and "1-64 bytes" in str(caught.value)
    assert fake.calls_to("sendMessage") == []


def test_outcomes_land_in_the_outbox(
    runtime: Runtime, telegram: TelegramConnector, fake: FakeTelegram
) -> None:
    ok = runtime.send(Reply("reminder: call Bob", to=CHAT))
    fake.fail_next("sendMessage", 403)
    blocked = runtime.send(Reply("reminder: call Ana", to=Target("telegram", "123456", "42")))
    with session_scope(runtime.engine) as session:
        rows = {r.id: r for r in session.exec(select(Outbox))}
        assert rows[ok].status == "sent" and rows[ok].platform_message_id == "1001"
        assert rows[blocked].status == "failed" and "blocked" in (rows[blocked].error or "")


def test_file_url_follows_the_api_url() -> None:
    assert file_url("https://api.telegram.org/bot") == "https://api.telegram.org/file/bot"
    assert file_url("http://127.0.0.1:8081/bot") == "http://127.0.0.1:8081/file/bot"
