"""The newcomer's first conversation, as a chat: capture, confirm, list, done, undo."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlmodel import select

from flowhub.storage import Proposal, Task, session_scope
from tests.conftest import ChatFactory

FLAGSHIP = "pls send the Q4 deck to Sam by friday 5pm and book the venue for next week"


def _tasks(runtime: object) -> list[Task]:
    with session_scope(runtime.engine) as session:  # type: ignore[attr-defined]
        return list(session.exec(select(Task).order_by(Task.id)))  # type: ignore[arg-type]


def test_flagship_conversation(chat_as: ChatFactory, runtime: object) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    cards = ana.say(FLAGSHIP)
    assert len(cards) == 2
    deck, venue = cards
    assert "Send the Q4 deck" in deck.text
    assert "Fri 6 Mar, 17:00" in deck.text  # Wednesday 4 March: this Friday, read in words
    assert "Book the venue" in venue.text
    assert "week of Mon 9 Mar" in venue.text
    assert [b.label for b in deck.buttons] == ["✅ Confirm", "✏️ Edit", "🗑 Discard"]
    assert _tasks(runtime) == []  # nothing is saved before Confirm

    saved = ana.press("Confirm", deck)
    assert saved[0].edit_of == deck.id and saved[0].text.startswith("✅ Saved.")
    ana.press("Confirm", venue)
    stored = _tasks(runtime)
    assert [t.title for t in stored] == ["Send the Q4 deck to Sam", "Book the venue"]
    deck_task = stored[0]
    assert deck_task.due_at is not None
    local = deck_task.due_at.astimezone(ZoneInfo("Europe/Berlin"))
    assert (local.weekday(), local.hour, local.minute) == (4, 17, 0)
    assert deck_task.due_grain in ("hour", "minute") and deck_task.source_event_id is not None

    # "This week" is the calendar week (Mon 2 – Sun 8 Mar); the venue is due next week.
    listing = ana.say("what's due this week?")
    assert len(listing) == 1
    assert "1. Send the Q4 deck to Sam" in listing[0].text
    assert "Book the venue" not in listing[0].text

    done = ana.say("done 1")
    assert "done: Send the Q4 deck to Sam" in done[0].text
    assert _tasks(runtime)[0].status == "done"

    undone = ana.say("undo")
    assert "Back to open" in undone[0].text
    assert _tasks(runtime)[0].status == "open"
    again = ana.say("undo")
    assert "nothing to undo" in again[0].text.lower()


def test_discard_and_button_pressed_twice(chat_as: ChatFactory, runtime: object) -> None:
    ana = chat_as("ana", "Ana")
    (card,) = ana.say("call the dentist tomorrow at 9")
    ana.press("Discard", card)
    again = ana.press("Confirm", card)
    assert "discarded" in again[0].text.lower()
    assert _tasks(runtime) == []

    (card,) = ana.say("renew passport by end of month")
    ana.press("Confirm", card)
    twice = ana.press("Confirm", card)
    assert "Already saved" in twice[0].text
    assert len(_tasks(runtime)) == 1


def test_edit_with_free_text_and_reply_to_card(chat_as: ChatFactory, runtime: object) -> None:
    ana = chat_as("ana", "Ana")
    (card,) = ana.say("prepare the board slides")
    prompt = ana.press("Edit", card)
    assert "What should change" in prompt[0].text
    edited = ana.say("due friday 5pm, priority high")
    new_card = edited[-1]
    assert "Fri 6 Mar, 17:00" in new_card.text and "high" in new_card.text
    renamed = ana.say("title: prepare the Q1 board slides", reply_to=new_card.id)
    assert (
        "Prepare the Q1 board slides" in renamed[-1].text
        or "prepare the Q1 board slides" in renamed[-1].text
    )
    ana.press("Confirm", renamed[-1])
    (task,) = _tasks(runtime)
    assert task.priority == "high" and task.title.lower() == "prepare the q1 board slides"


def test_recurring_card_shows_next_three(chat_as: ChatFactory, runtime: object) -> None:
    ana = chat_as("ana", "Ana")
    (card,) = ana.say("every monday 9am standup notes")
    assert "🔁" in card.text
    assert "Mon 9 Mar, 09:00, Mon 16 Mar, 09:00, Mon 23 Mar, 09:00" in card.text


def test_no_task_gets_a_helpful_reply(chat_as: ChatFactory) -> None:
    ana = chat_as("ana", "Ana")
    for text in ("thanks!", "hello", "👍🎉", "lol ok"):
        replies = ana.say(text)
        assert replies, f"no reply to {text!r}"
        assert replies[0].text.strip()


def test_proposals_link_to_their_source_message(chat_as: ChatFactory, runtime: object) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("water the plants on saturday")
    with session_scope(runtime.engine) as session:  # type: ignore[attr-defined]
        (proposal,) = session.exec(select(Proposal)).all()
        assert proposal.source_event_id is not None
