"""`POST /webhooks/telegram` on the real app: secret, bad bodies, storage, who gets answers."""

from __future__ import annotations

import json
import logging

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.storage import InboxEvent, session_scope
from tests.auxil.fake_telegram import FakeTelegram
from tests.connectors.telegram import updates
from tests.connectors.telegram.conftest import SECRET, post_update


def _inbox(runtime: Runtime) -> list[InboxEvent]:
    with session_scope(runtime.engine) as session:
        rows = list(session.exec(select(InboxEvent).order_by(InboxEvent.id)))  # type: ignore[arg-type]
        session.expunge_all()
        return rows


@pytest.mark.parametrize("secret", [None, "guess-123", SECRET + "x", ""])
def test_missing_or_wrong_secret_is_refused_and_logged(
    client: TestClient,
    runtime: Runtime,
    fake: FakeTelegram,
    caplog: pytest.LogCaptureFixture,
    secret: str | None,
) -> None:
    with caplog.at_level(logging.WARNING, logger="flowhub.webhooks.telegram"):
        response = post_update(client, updates.message(1, "call Bob friday"), secret=secret)
    assert response.status_code == 403
    assert _inbox(runtime) == []
    assert fake.calls == []  # not even getMe: nothing is read before the secret checks out
    assert "secret token" in caplog.text
    assert SECRET not in caplog.text and (not secret or secret not in caplog.text)


def test_secret_is_checked_before_the_body_is_parsed(client: TestClient) -> None:
    response = client.post("/webhooks/telegram", content=b"{not json", headers={})
    assert response.status_code == 403


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"\xff\xfe",
        b"[1, 2]",
        b'{"message": {"text": "no update_id"}}',
        b'{"update_id": "7"}',
        json.dumps(
            {"update_id": 7, "message": {"message_id": 1, "text": "no chat, no date"}}
        ).encode(),
        json.dumps({"update_id": 8, "message": "not an object"}).encode(),
    ],
)
def test_malformed_bodies_get_400_not_500(
    client: TestClient, runtime: Runtime, caplog: pytest.LogCaptureFixture, body: bytes
) -> None:
    with caplog.at_level(logging.WARNING, logger="flowhub.webhooks.telegram"):
        response = client.post(
            "/webhooks/telegram",
            content=body,
            headers={"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"},
        )
    assert response.status_code == 400
    assert _inbox(runtime) == []
    assert "telegram webhook" in caplog.text


def test_oversized_body_gets_413(client: TestClient, runtime: Runtime) -> None:
    huge = updates.message(1, "x" * 1_100_000)
    assert post_update(client, huge).status_code == 413
    assert _inbox(runtime) == []


def test_private_message_is_stored_before_200_and_answered(
    client: TestClient, runtime: Runtime, fake: FakeTelegram
) -> None:
    response = post_update(client, updates.message(734019280, "call Bob friday 10am"))
    assert response.status_code == 200
    (row,) = _inbox(runtime)
    assert (row.platform, row.account, row.message_id) == ("telegram", "123456", "u734019280")
    assert row.chat == str(updates.ANA["id"]) and row.sender_id == str(updates.ANA["id"])
    assert row.raw["update"]["update_id"] == 734019280
    (sent,) = fake.calls_to("sendMessage")
    assert sent.params["chat_id"] == str(updates.ANA["id"])
    assert "Call Bob" in sent.params["text"]


def test_duplicate_update_is_stored_once_and_answered_once(
    client: TestClient, runtime: Runtime, fake: FakeTelegram
) -> None:
    update = updates.message(500, "renew passport by end of month")
    assert post_update(client, update).status_code == 200
    assert post_update(client, update).status_code == 200
    assert len(_inbox(runtime)) == 1
    assert len(fake.calls_to("sendMessage")) == 1


def test_group_message_not_addressed_is_stored_without_reply(
    client: TestClient, runtime: Runtime, fake: FakeTelegram
) -> None:
    update = updates.message(600, "lunch at 1?", chat=updates.GROUP)
    assert post_update(client, update).status_code == 200
    (row,) = _inbox(runtime)
    assert row.event["addressed"] is False and row.event["chat_kind"] == "group"
    assert fake.calls_to("sendMessage") == []


@pytest.mark.parametrize(
    "update",
    [
        updates.message(700, "@FlowHubBot book the venue for next week", chat=updates.GROUP),
        updates.message(701, "/today@FlowHubBot", chat=updates.GROUP),
        updates.message(702, "/week", chat=updates.GROUP),
        updates.reply_to_bot(703, "what's due today?", chat=updates.GROUP, bot_message_id=9),
    ],
    ids=["mention", "command-with-botname", "command", "reply-to-bot"],
)
def test_group_message_addressed_to_the_bot_gets_a_reply(
    client: TestClient, runtime: Runtime, fake: FakeTelegram, update: dict[str, object]
) -> None:
    assert post_update(client, update).status_code == 200
    (row,) = _inbox(runtime)
    assert row.event["addressed"] is True
    (sent,) = fake.calls_to("sendMessage")
    assert sent.params["chat_id"] == str(updates.GROUP["id"])
    assert "FlowHubBot" not in sent.params["text"]


def test_command_for_another_bot_in_a_group_is_ignored(
    client: TestClient, runtime: Runtime, fake: FakeTelegram
) -> None:
    update = updates.message(710, "/today@OtherBot", chat=updates.GROUP)
    assert post_update(client, update).status_code == 200
    assert _inbox(runtime)[0].event["addressed"] is False
    assert fake.calls_to("sendMessage") == []


def test_unknown_update_type_is_stored_and_acknowledged_without_reply(
    client: TestClient, runtime: Runtime, fake: FakeTelegram
) -> None:
    assert post_update(client, updates.chat_member_update(800)).status_code == 200
    unreadable = {"update_id": 801, "poll": {"id": "p", "question": "a shape PTB cannot read"}}
    assert post_update(client, unreadable).status_code == 200
    rows = _inbox(runtime)
    assert [(r.message_id, r.kind) for r in rows] == [
        ("u800", "unsupported"),
        ("u801", "unsupported"),
    ]
    assert rows[1].raw["update"]["poll"]["id"] == "p"
    assert fake.calls_to("sendMessage") == []


def test_edited_message_is_stored_as_its_own_event_but_not_answered(
    client: TestClient, runtime: Runtime, fake: FakeTelegram
) -> None:
    post_update(client, updates.message(900, "call Bob friday 10am", message_id=55))
    post_update(client, updates.edited(901, "call Bob friday 11am", message_id=55))
    post_update(client, updates.edited(902, "call Bob friday noon", message_id=55))
    rows = _inbox(runtime)
    assert [r.message_id for r in rows] == ["u900", "u901", "u902"]
    assert [r.event["addressed"] for r in rows] == [True, False, False]
    assert rows[2].text == "call Bob friday noon"
    assert len(fake.calls_to("sendMessage")) == 1


def test_media_without_caption_is_noted(
    client: TestClient, runtime: Runtime, fake: FakeTelegram
) -> None:
    post_update(client, updates.photo(1000))
    (row,) = _inbox(runtime)
    assert row.kind == "media" and row.raw["media"] == "photo"
    assert len(fake.calls_to("sendMessage")) == 1


def test_storage_down_answers_503_so_telegram_retries(
    client: TestClient, runtime: Runtime, fake: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    with runtime.engine.begin() as connection:
        drop = f"DROP TABLE {InboxEvent.__tablename__}"
        cascade = " CASCADE" if runtime.engine.dialect.name == "postgresql" else ""
        connection.execute(text(drop + cascade))
    with caplog.at_level(logging.ERROR, logger="flowhub.webhooks.telegram"):
        response = post_update(client, updates.message(1100, "call Bob"))
    assert response.status_code == 503
    assert "could not store" in caplog.text
    assert fake.calls_to("sendMessage") == []


def test_getme_failure_answers_503(
    client: TestClient, runtime: Runtime, fake: FakeTelegram
) -> None:
    fake.fail_next("getMe", 502, description="Bad Gateway")
    assert post_update(client, updates.message(1200, "call Bob")).status_code == 503
    assert _inbox(runtime) == []
    assert post_update(client, updates.message(1200, "call Bob")).status_code == 200  # the retry
    assert len(_inbox(runtime)) == 1


def test_nul_characters_do_not_make_an_update_unstorable(
    client: TestClient, runtime: Runtime
) -> None:
    # PostgreSQL's JSON refuses \u0000; a 503 here would have Telegram retry the update all day.
    assert post_update(client, updates.message(1300, "call\x00 Bob friday")).status_code == 200
    (row,) = _inbox(runtime)
    assert row.text == "call Bob friday" and "\x00" not in json.dumps(row.raw)
