"""Malformed input anywhere in the loop gets a clear reply and loses nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import select

from flowhub.connectors import Event
from flowhub.connectors.console import ConsoleConnector
from flowhub.skills import words
from flowhub.storage import InboxEvent, session_scope
from tests.conftest import ChatFactory


def _inbox(runtime: object) -> list[InboxEvent]:
    with session_scope(runtime.engine) as session:  # type: ignore[attr-defined]
        return list(session.exec(select(InboxEvent)))


def test_empty_huge_and_emoji_messages(chat_as: ChatFactory, runtime: object) -> None:
    ana = chat_as("ana", "Ana")
    assert "empty" in ana.say("   ")[0].text
    # Past the 64,000-character limit (a 50 kB message is read whole since issue 14).
    huge = ("please review the attached notes and send feedback. " * 2000)[:100_000]
    replies = ana.say(huge)
    assert replies and all(r.text for r in replies)
    assert any("long" in r.text for r in replies)
    emoji = ana.say("🎉🎉🔥")  # a reaction is chatter: a short answer, never a card
    assert len(emoji) == 1 and emoji[0].text and not emoji[0].buttons
    stored = _inbox(runtime)
    assert len(stored) == 3 and all(row.status == "processed" for row in stored)
    assert max(len(row.text) for row in stored) == 100_000  # kept whole, read in part


def test_buttons_for_missing_or_forged_proposals(chat_as: ChatFactory) -> None:
    ana = chat_as("ana", "Ana")
    for payload in (
        "confirm:999999",
        "confirm:abc",
        "discard:",
        "edit:-1",
        "accept:42",
        "done:999",
        "nonsense:1",
        "",
        "🙃",
    ):
        replies = ana._send(kind="button", text="x", payload=payload)
        assert replies, f"no answer to button {payload!r}"
        assert all("went wrong" not in r.text for r in replies), payload


def test_someone_elses_proposal_is_refused(chat_as: ChatFactory) -> None:
    ana = chat_as("ana", "Ana")
    sam = chat_as("sam", "Sam")
    (card,) = ana.say("draft the press release")
    stolen = sam._send(kind="button", text="Confirm", payload=card.buttons[0].id)
    assert stolen[0].text == words.NOT_YOURS


def test_replayed_event_is_stored_once(runtime: object, console: ConsoleConnector) -> None:
    event = Event(
        platform="console",
        account="local",
        chat="dm-x",
        sender_id="x",
        sender_name="X",
        time=datetime(2026, 3, 4, 9, tzinfo=UTC),
        message_id="same-id",
        text="pay the bill",
    )
    first = runtime.receive(event)  # type: ignore[attr-defined]
    second = runtime.receive(event)  # type: ignore[attr-defined]
    assert first is not None and second is None
    assert len([s for s in console.shown if s.chat == "dm-x"]) == 1
    assert len(_inbox(runtime)) == 1


def test_unsupported_and_media_without_caption(runtime: object, console: ConsoleConnector) -> None:
    base = {
        "platform": "console",
        "account": "local",
        "chat": "dm-y",
        "sender_id": "y",
        "time": datetime(2026, 3, 4, 9, tzinfo=UTC),
    }
    runtime.receive(
        Event(
            **base,
            message_id="u1",
            kind="unsupported",  # type: ignore[attr-defined, arg-type]
            raw={"type": "sticker"},
        )
    )
    runtime.receive(
        Event(
            **base,
            message_id="u2",
            kind="media",  # type: ignore[attr-defined, arg-type]
            raw={"media": "image"},
        )
    )
    texts = [s.text for s in console.shown if s.chat == "dm-y"]
    assert any("can't read that kind" in t for t in texts)
    assert any("noted your image" in t for t in texts)
    stored = _inbox(runtime)
    assert {row.raw.get("type") for row in stored} >= {"sticker"}
