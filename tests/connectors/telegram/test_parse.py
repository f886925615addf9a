"""Update JSON -> Event, for every shape FlowHub reads (no server, no database)."""

from __future__ import annotations

from typing import Any

import pytest

from flowhub.connectors import Event
from flowhub.connectors.telegram import BotIdentity, MalformedUpdate, parse_update
from tests.conftest import FIXED_NOW
from tests.connectors.telegram import updates

BOT = BotIdentity(id="123456", username="FlowHubBot")


def parse(update: Any) -> Event:
    return parse_update(update, bot=BOT, now=FIXED_NOW)


@pytest.mark.parametrize(
    ("typed", "understood"),
    [
        ("/start", "help"),
        ("/start deep-link-payload", "help"),
        ("/help", "help"),
        ("/add call Bob friday 10am", "call Bob friday 10am"),
        ("/today", "what's due today"),
        ("/week", "what's due this week"),
        ("/overdue", "overdue"),
        ("/mine", "my tasks"),
        ("/done 2", "done 2"),
        ("/remind call mum sunday 6pm", "remind me call mum sunday 6pm"),
        ("/digest 7am", "digest 7am"),
        ("/tz Berlin", "timezone Berlin"),
        ("/today@FlowHubBot", "what's due today"),
        ("/TODAY@flowhubbot", "what's due today"),
        ("/frobnicate now", "help"),
    ],
)
def test_commands_become_the_words_skills_understand(typed: str, understood: str) -> None:
    event = parse(updates.message(1, typed))
    assert (event.kind, event.text, event.addressed) == ("command", understood, True)


def test_private_text_message() -> None:
    event = parse(updates.message(734019280, "call Bob friday", message_id=1365))
    assert event.platform == "telegram" and event.account == "123456"
    assert event.message_id == "u734019280"
    assert (event.chat, event.sender_id, event.sender_name) == ("11111111", "11111111", "Ana")
    assert (event.kind, event.text, event.chat_kind, event.addressed) == (
        "text",
        "call Bob friday",
        "direct",
        True,
    )
    assert event.time == FIXED_NOW and event.time.tzinfo is not None
    assert event.raw["update"]["message"]["message_id"] == 1365


@pytest.mark.parametrize(
    ("origin", "author"),
    [
        ({"type": "user", "date": 1, "sender_user": updates.BOB}, "Bob Stone"),
        ({"type": "hidden_user", "date": 1, "sender_user_name": "Bob S."}, "Bob S."),
        (
            {"type": "chat", "date": 1, "sender_chat": {"id": -1, "type": "group", "title": "Ops"}},
            "Ops",
        ),
        (
            {
                "type": "channel",
                "date": 1,
                "chat": {"id": -100, "type": "channel", "title": "News"},
                "message_id": 42,
                "author_signature": "Editor",
            },
            "Editor",
        ),
    ],
)
def test_forwarded_messages_name_the_original_author(origin: dict[str, Any], author: str) -> None:
    event = parse(updates.message(2, "deck by Thursday?", forward_origin=origin))
    assert event.forwarded is True and event.forwarded_from == author
    assert event.sender_id == "11111111"  # still the person who forwarded it


@pytest.mark.parametrize(
    "origin",
    [
        {"type": "user", "date": 1, "sender_user": updates.BOB},
        {"type": "hidden_user", "date": 1, "sender_user_name": "Bob Stone"},
        {"type": "chat", "date": 1, "sender_chat": {"id": -5, "type": "group", "title": "Ops"}},
    ],
)
def test_a_forwards_origin_is_only_a_label(origin: dict[str, Any]) -> None:
    group = updates.GROUP
    event = parse(
        updates.message(9, "I'll send the contract by friday", chat=group, forward_origin=origin)
    )
    assert (event.sender_id, event.sender_name) == (str(updates.ANA_ID), "Ana")
    assert event.forwarded is True and event.forwarded_from not in (None, "Ana")
    assert event.addressed is False  # a forward in a group is not spoken to the bot


def test_a_forwards_origin_label_is_one_short_line() -> None:
    hidden = {"type": "hidden_user", "date": 1, "sender_user_name": " Bob\n\tStone\u2028 "}
    assert parse(updates.message(10, "deck?", forward_origin=hidden)).forwarded_from == "Bob Stone"
    long_name = {"type": "hidden_user", "date": 1, "sender_user_name": "B" * 500}
    label = parse(updates.message(11, "deck?", forward_origin=long_name)).forwarded_from
    assert label is not None and 0 < len(label) <= 128
    blank = {"type": "hidden_user", "date": 1, "sender_user_name": " \n "}
    event = parse(updates.message(12, "deck?", forward_origin=blank))
    assert event.forwarded is True and event.forwarded_from is None


def test_group_messages_are_addressed_only_by_mention_reply_or_command() -> None:
    group = updates.GROUP
    plain = parse(updates.message(3, "lunch at 1?", chat=group))
    assert (plain.chat_kind, plain.chat_title, plain.addressed) == ("group", "Team chat", False)
    mention = parse(updates.message(4, "@FlowHubBot book the venue", chat=group))
    assert mention.addressed is True and mention.text == "book the venue"
    other = parse(updates.message(5, "@someoneelse book the venue", chat=group))
    assert other.addressed is False
    reply = parse(updates.reply_to_bot(6, "make it monday", chat=group, bot_message_id=77))
    assert reply.addressed is True and reply.reply_to == "77"
    other_bot = parse(updates.message(7, "/today@OtherBot", chat=group))
    assert other_bot.addressed is False and other_bot.kind == "text"


def test_text_mention_of_the_bot_counts() -> None:
    text = "FlowHub call Bob"
    entity = {"offset": 0, "length": 7, "type": "text_mention", "user": updates.BOT}
    update = updates.message(8, text, chat=updates.GROUP, entities=[entity])
    assert parse(update).addressed is True


def test_mention_offsets_are_utf16_units() -> None:
    text = "🎉🎉 @FlowHubBot order the cake 🎂"
    event = parse(updates.message(9, text, chat=updates.GROUP))
    assert event.addressed is True
    assert event.text == "🎉🎉 order the cake 🎂"


def test_captions_are_text_and_media_alone_is_media() -> None:
    captioned = parse(updates.photo(10, caption="whiteboard from standup"))
    assert (captioned.kind, captioned.text, captioned.raw["media"]) == (
        "text",
        "whiteboard from standup",
        "photo",
    )
    bare = parse(updates.photo(11))
    assert (bare.kind, bare.text, bare.raw["media"]) == ("media", "", "photo")
    voice = parse(
        updates.message(12, None, voice={"file_id": "v", "file_unique_id": "v", "duration": 3})
    )
    assert (voice.kind, voice.raw["media"]) == ("media", "voice")


def test_edited_message_is_a_new_event_not_answered() -> None:
    event = parse(updates.edited(13, "call Bob friday 11am", message_id=1365))
    assert event.message_id == "u13" and event.text == "call Bob friday 11am"
    assert event.addressed is False and event.raw["edited"] is True


def test_button_press() -> None:
    event = parse(
        updates.button_press(14, "confirm:42", card_id=1370, query_id="4382bfdwdsb323b2d9")
    )
    assert (event.kind, event.payload, event.reply_to, event.text) == (
        "button",
        "confirm:42",
        "1370",
        "✅ Confirm",
    )
    assert event.raw["callback_query_id"] == "4382bfdwdsb323b2d9"
    assert event.chat == "11111111" and event.time == FIXED_NOW


def test_button_press_on_an_old_inaccessible_message() -> None:
    update = updates.button_press(15, "done:3", card_id=99)
    update["callback_query"]["message"] = {
        "message_id": 99,
        "chat": {"id": 11111111, "type": "private"},
        "date": 0,
    }
    event = parse(update)
    assert (event.kind, event.payload, event.reply_to) == ("button", "done:3", "99")


def test_inline_mode_button_is_unsupported_but_still_answerable() -> None:
    update = updates.button_press(16, "x", card_id=1)
    del update["callback_query"]["message"]
    update["callback_query"]["inline_message_id"] = "AAA"
    event = parse(update)
    assert event.kind == "unsupported" and event.addressed is False
    assert event.raw["callback_query_id"] == "q16"


def test_service_message_in_a_group_is_unsupported_and_quiet() -> None:
    update = updates.message(17, None, chat=updates.GROUP, new_chat_members=[updates.BOB])
    event = parse(update)
    assert event.kind == "unsupported" and event.addressed is False


def test_unknown_update_types() -> None:
    event = parse(updates.chat_member_update(18))
    assert (event.kind, event.addressed, event.chat) == ("unsupported", False, "-1001234567890")
    future = parse({"update_id": 19, "some_future_thing": {"x": 1}})
    assert (future.kind, future.chat, future.message_id) == ("unsupported", "", "u19")


@pytest.mark.parametrize(
    "body",
    [
        [],
        "text",
        {},
        {"update_id": "1"},
        {"update_id": True},
        {"update_id": 1, "message": {"message_id": 1, "chat": {"id": 1, "type": "private"}}},
        {"update_id": 1, "message": {"message_id": 1, "date": 1}},
        {"update_id": 1, "callback_query": {"id": "q"}},
        {"update_id": 1, "message": []},
    ],
)
def test_malformed_updates_raise(body: Any) -> None:
    with pytest.raises(MalformedUpdate):
        parse(body)
