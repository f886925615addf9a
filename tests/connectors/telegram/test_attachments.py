"""Charts and exports reach Telegram as a photo (`sendPhoto`) or a document (`sendDocument`),
uploaded as multipart and captioned in HTML like any text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlmodel import select

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from flowhub.connectors import Attachment, Button, Reply, SendError, Target
from flowhub.connectors.telegram import TelegramConnector
from flowhub.storage import Outbox, session_scope
from tests.auxil.attachments import CSV, chart_reply, png, stored
from tests.auxil.fake_telegram import FakeTelegram
from tests.connectors.telegram.conftest import TOKEN

CHAT = Target("telegram", "123456", "11111111")


@pytest.fixture
def connector(fake: FakeTelegram) -> Iterator[TelegramConnector]:
    """A connector on its own, talking to the fake."""
    connector = TelegramConnector(token=TOKEN, api_url=fake.api_url)
    yield connector
    connector.close()


def _row(runtime: Runtime, outbox_id: int) -> Outbox:
    with session_scope(runtime.engine) as session:
        row = session.exec(select(Outbox).where(Outbox.id == outbox_id)).one()
        session.expunge(row)
        return row


def test_a_chart_goes_as_a_photo_with_its_caption(
    runtime: Runtime, telegram: TelegramConnector, fake: FakeTelegram
) -> None:
    outbox_id = runtime.send(chart_reply(runtime.engine, CHAT, "12 done <3 more> & rising"))
    (call,) = fake.calls_to("sendPhoto")
    assert fake.calls_to("sendMessage") == []
    assert call.params["caption"] == "12 done &lt;3 more&gt; &amp; rising"
    assert call.params["parse_mode"] == "HTML"
    ((file_id, upload),) = fake.sent_files.items()
    assert upload.data == png() and upload.filename == "done-vs-created.png"
    row = _row(runtime, outbox_id)
    assert row.status == "sent"
    shown = fake.message(11111111, int(row.platform_message_id or 0))
    assert shown["caption"] == "12 done <3 more> & rising"
    assert shown["photo"][-1]["file_id"].startswith(file_id)
    assert (shown["photo"][-1]["width"], shown["photo"][-1]["height"]) == (320, 200)


def test_an_export_goes_as_a_document_with_its_name(
    runtime: Runtime, telegram: TelegramConnector, fake: FakeTelegram
) -> None:
    export = stored(runtime.engine, CSV, name="tasks.csv", mime="text/csv")
    outbox_id = runtime.send(Reply("Your tasks", to=CHAT, attachment=export))
    (call,) = fake.calls_to("sendDocument")
    assert call.params["caption"] == "Your tasks"
    shown = fake.message(11111111, int(_row(runtime, outbox_id).platform_message_id or 0))
    assert shown["document"]["file_name"] == "tasks.csv"
    assert shown["document"]["file_size"] == len(CSV)
    (upload,) = fake.sent_files.values()
    assert upload.data == CSV


def test_buttons_ride_on_the_photo(connector: TelegramConnector, fake: FakeTelegram) -> None:
    chart = Attachment("image", "f1", "age.png", "image/png", data=png())
    reply = Reply("Open tasks by age", attachment=chart, buttons=(Button("stats:week", "Week"),))
    connector.send(CHAT, reply, outbox_id=1)
    (call,) = fake.calls_to("sendPhoto")
    assert call.params["reply_markup"] == {
        "inline_keyboard": [[{"text": "Week", "callback_data": "stats:week"}]]
    }


def test_text_over_the_caption_limit_follows_the_photo(
    connector: TelegramConnector, fake: FakeTelegram
) -> None:
    chart = Attachment("image", "f1", "load.png", "image/png", data=png())
    text = "Load per person\n" + "Ana has 4 open tasks, 2 overdue.\n" * 40  # about 1,300
    buttons = (Button("stats:month", "Month"),)
    connector.send(CHAT, Reply(text, attachment=chart, buttons=buttons), outbox_id=2)
    (photo,) = fake.calls_to("sendPhoto")
    assert "caption" not in photo.params and "reply_markup" not in photo.params
    (message,) = fake.calls_to("sendMessage")
    assert message.params["text"] == text.strip()
    assert message.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "stats:month"


def test_a_retry_after_the_photo_went_sends_only_the_rest(
    connector: TelegramConnector, fake: FakeTelegram
) -> None:
    chart = Attachment("image", "f1", "load.png", "image/png", data=png())
    text = "Load per person\n" + "Ana has 4 open tasks, 2 overdue.\n" * 40
    fake.fail_next("sendMessage", 429, retry_after=3)
    with pytest.raises(SendError) as caught:
        connector.send(CHAT, Reply(text, attachment=chart), outbox_id=3)
    assert caught.value.retry_after == 3
    connector.send(CHAT, Reply(text, attachment=chart), outbox_id=3)
    assert len(fake.calls_to("sendPhoto")) == 1 and len(fake.calls_to("sendMessage")) == 2


def test_a_refused_upload_fails_for_good(
    runtime: Runtime, telegram: TelegramConnector, fake: FakeTelegram
) -> None:
    fake.fail_next("sendPhoto", 400, description="Bad Request: IMAGE_PROCESS_FAILED")
    outbox_id = runtime.send(chart_reply(runtime.engine, CHAT))
    row = _row(runtime, outbox_id)
    assert (row.status, row.attempts) == ("failed", 1)
    assert row.error is not None and "image_process_failed" in row.error.lower()


@pytest.mark.parametrize("status", [429, 502])
def test_a_rate_limited_or_failing_upload_is_retried(
    runtime: Runtime,
    telegram: TelegramConnector,
    fake: FakeTelegram,
    clock: FixedClock,
    status: int,
) -> None:
    fake.fail_next("sendPhoto", status, retry_after=2, description="Bad Gateway")
    outbox_id = runtime.send(chart_reply(runtime.engine, CHAT))
    assert _row(runtime, outbox_id).status == "retrying"
    clock.advance(timedelta(seconds=15))  # past the backoff: the sweep sends it again
    runtime.tick()
    assert len(fake.calls_to("sendPhoto")) == 2 and len(fake.sent_files) == 1
    row = _row(runtime, outbox_id)
    assert (row.status, row.attempts) == ("sent", 2)


def test_a_photo_over_telegrams_limit_is_refused_before_any_call(
    connector: TelegramConnector, fake: FakeTelegram
) -> None:
    huge = Attachment("image", "f9", "huge.png", "image/png", data=b"\x89PNG" + b"0" * 10_485_760)
    with pytest.raises(SendError) as caught:
        connector.send(CHAT, Reply("Load", attachment=huge), outbox_id=4)
    assert caught.value.retry_after is None and "10485760" in str(caught.value)
    assert fake.calls == []
