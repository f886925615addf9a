"""Every documented message type read into an `Event`; statuses read apart; bad shapes refused."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from flowhub.connectors import Event
from flowhub.connectors.whatsapp import PayloadError, parse_webhook
from tests.connectors.whatsapp import payloads as p

AT = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


def one(message: dict[str, Any]) -> Event:
    (event,) = parse_webhook(p.messages_delivery(message)).events
    return event


def test_text_fills_every_field() -> None:
    message = p.text("call Bob about invoice friday")
    event = one(message)
    assert (event.platform, event.account, event.chat, event.sender_id) == (
        "whatsapp",
        p.NUMBER,
        p.USER,
        p.USER,
    )
    assert event.sender_name == p.USER_NAME
    assert event.message_id == message["id"]
    assert event.time == AT and event.time.tzinfo is not None
    assert (event.kind, event.payload) == ("text", None)
    assert event.text == "call Bob about invoice friday"
    assert not event.forwarded and event.reply_to is None and event.addressed
    assert event.raw["message"] == message
    assert event.raw["contact"] == p.contact()
    assert event.raw["metadata"]["phone_number_id"] == p.NUMBER


def test_reply_to_an_earlier_message() -> None:
    event = one(p.reply("make it monday", to="wamid.CARD"))
    assert event.reply_to == "wamid.CARD" and event.text == "make it monday"


@pytest.mark.parametrize("frequently", [False, True])
def test_forwarded_and_frequently_forwarded(frequently: bool) -> None:
    event = one(p.forwarded("Reminder: quarterly report due 30 June", frequently=frequently))
    assert event.forwarded and event.reply_to is None and event.kind == "text"


def test_button_reply_round_trips_the_id() -> None:
    event = one(p.button_reply("confirm:42", "✅ Confirm", to="wamid.CARD"))
    assert (event.kind, event.payload, event.text, event.reply_to) == (
        "button",
        "confirm:42",
        "✅ Confirm",
        "wamid.CARD",
    )


def test_list_reply() -> None:
    event = one(p.list_reply("snooze:42:1d", "Tomorrow", to="wamid.LIST", description="9:00"))
    assert (event.kind, event.payload, event.reply_to) == ("button", "snooze:42:1d", "wamid.LIST")


def test_template_quick_reply_button() -> None:
    event = one(p.template_button("digest:snooze", "Snooze", to="wamid.TPL"))
    assert (event.kind, event.payload, event.text, event.reply_to) == (
        "button",
        "digest:snooze",
        "Snooze",
        "wamid.TPL",
    )


@pytest.mark.parametrize("kind", ["image", "document", "video"])
def test_media_with_caption_is_text(kind: str) -> None:
    event = one(p.media(kind, caption="whiteboard from standup"))
    assert (event.kind, event.text, event.raw["media"]) == ("text", "whiteboard from standup", kind)


@pytest.mark.parametrize("kind", ["image", "document", "audio", "video"])
def test_media_without_caption_is_noted(kind: str) -> None:
    event = one(p.media(kind))
    assert (event.kind, event.text, event.raw["media"], event.addressed) == (
        "media",
        "",
        kind,
        True,
    )


def test_forwarded_media_keeps_the_flag() -> None:
    event = one(p.media("image", caption="see this", context={"forwarded": True}))
    assert event.forwarded and event.text == "see this"


def test_sticker_is_stored_but_not_answered() -> None:
    event = one(p.media("sticker"))
    assert event.kind == "media" and not event.addressed


def test_location_reads_as_a_place() -> None:
    event = one(p.location())
    assert event.kind == "media" and event.raw["media"] == "location"
    assert event.raw["summary"] == (
        "📍 Philz Coffee, 101 Forest Ave, Palo Alto, CA 94301 (37.44221, -122.16138)"
    )
    assert one(p.location(named=False)).raw["summary"] == "📍 (37.44221, -122.16138)"


def test_contact_card() -> None:
    event = one(p.contact_card())
    assert event.kind == "media" and event.raw["media"] == "contact card"
    assert event.raw["summary"] == "👤 Bob Smith +1 650 555 0000"


@pytest.mark.parametrize("emoji", ["👍", None])
def test_reaction_is_kept_but_not_addressed(emoji: str | None) -> None:
    event = one(p.reaction("wamid.OURS", emoji=emoji))
    assert (event.kind, event.addressed, event.reply_to) == ("unsupported", False, "wamid.OURS")
    assert event.text == (emoji or "")


@pytest.mark.parametrize("kind", ["unsupported", "unknown"])
def test_unsupported_and_unknown(kind: str) -> None:
    event = one(p.unsupported(kind))
    assert (event.kind, event.text, event.addressed) == ("unsupported", "", True)
    assert event.raw["message"]["errors"][0]["code"] == 131051


def test_a_type_newer_than_the_parser_is_unsupported_not_dropped() -> None:
    event = one(p._message("hologram", {"hologram": {"x": 1}}))
    assert event.kind == "unsupported" and event.addressed


def test_edit_and_revoke_are_stored_quietly() -> None:
    edited = one(p.edit("wamid.OLD", "call Bob on monday"))
    assert (edited.kind, edited.text, edited.addressed) == ("text", "call Bob on monday", False)
    assert edited.raw["edit_of"] == "wamid.OLD"
    deleted = one(p.revoke("wamid.OLD"))
    assert (deleted.kind, deleted.addressed, deleted.raw["deleted"]) == (
        "unsupported",
        False,
        "wamid.OLD",
    )


def test_system_notice_is_quiet() -> None:
    event = one(p.system())
    assert event.kind == "unsupported" and not event.addressed


def test_every_entry_change_and_message_is_read() -> None:
    first = p.value(p.text("one"), p.text("two"))
    second = p.value(p.text("three", sender="4915112345678"), number=p.OTHER_NUMBER)
    third = p.value(statuses=[p.status("wamid.OUT1", "delivered")])
    webhook = parse_webhook(p.delivery(first, second, third, entries=2))
    assert [e.text for e in webhook.events] == ["one", "two", "three"]
    assert webhook.events[2].account == p.OTHER_NUMBER
    assert webhook.events[2].sender_name == "User 5678"
    assert [(s.message_id, s.status) for s in webhook.statuses] == [("wamid.OUT1", "delivered")]


def test_statuses_are_not_messages() -> None:
    webhook = parse_webhook(
        p.statuses_delivery(
            p.status("wamid.OUT1", "read", timestamp="1772614900"),
            p.status("wamid.OUT2", "failed", error_code=131047),
        )
    )
    assert webhook.events == []
    read, failed = webhook.statuses
    assert (read.status, read.recipient) == ("read", p.USER)
    assert read.at == datetime.fromtimestamp(1772614900, UTC)
    assert failed.error == "131047 Re-engagement message: more than 24 hours have passed"


def test_other_fields_are_skipped() -> None:
    body = {
        "object": "whatsapp_business_account",
        "entry": [{"id": p.WABA, "changes": [{"field": "account_update", "value": {}}]}],
    }
    webhook = parse_webhook(body)
    assert webhook.events == [] and webhook.skipped == ["change field 'account_update'"]


@pytest.mark.parametrize(
    "body",
    [
        [],
        {"object": "page", "entry": []},
        {"object": "whatsapp_business_account"},
        {"object": "whatsapp_business_account", "entry": {"id": "x"}},
        {"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages"}]}]},
        p.delivery({"metadata": {}, "messages": []}),
        p.messages_delivery({**p.text("x"), "timestamp": "yesterday"}),
        p.messages_delivery({k: v for k, v in p.text("x").items() if k != "id"}),
        p.messages_delivery({**p.text("x"), "text": "not an object"}),
        p.delivery({**p.value(p.text("x")), "messages": ["not a message"]}),
    ],
)
def test_wrong_shapes_raise(body: Any) -> None:
    with pytest.raises(PayloadError):
        parse_webhook(body)
