"""Assigning to others, and the status questions people ask about who has what."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from flowhub.bot.clock import FixedClock
from flowhub.connectors.console import ConsoleChat, ConsoleConnector
from flowhub.storage import Task, session_scope
from tests.conftest import ChatFactory


def _task(runtime: object, title_part: str) -> Task:
    with session_scope(runtime.engine) as session:  # type: ignore[attr-defined]
        for task in session.exec(select(Task)):
            if title_part.lower() in task.title.lower():
                return task
    raise AssertionError(f"no task like {title_part!r}")


def test_assignee_gets_accept_decline_and_assigner_hears(
    chat_as: ChatFactory, runtime: object
) -> None:
    ana = chat_as("ana", "Ana")
    sam = chat_as("sam", "Sam", tz="America/New_York")
    (card,) = ana.say("ask Sam to send the invoice by friday")
    assert "👤 Sam" in card.text
    ana.press("Confirm", card)
    offer = sam.last_with_buttons()
    assert offer is not None and "Ana gave you a task" in offer.text
    assert [b.label for b in offer.buttons] == ["👍 Accept", "👎 Decline"]
    sam.press("Accept", offer)
    assert any("Sam accepted" in m.text for m in ana.messages())
    task = _task(runtime, "invoice")
    assert task.assignment == "accepted" and task.assignee_id is not None

    twice = sam.press("Accept", offer)
    assert "already" in twice[0].text.lower()


def test_decline_returns_the_task(chat_as: ChatFactory, runtime: object) -> None:
    ana = chat_as("ana", "Ana")
    sam = chat_as("sam", "Sam")
    (card,) = ana.say("Sam, can you review the contract tomorrow?")
    ana.press("Confirm", card)
    sam.press("Decline")
    assert any("Sam declined" in m.text for m in ana.messages())
    assert _task(runtime, "contract").assignee_id is None


def test_unknown_assignee_stays_named_until_they_arrive(
    chat_as: ChatFactory, runtime: object, console: ConsoleConnector
) -> None:
    ana = chat_as("ana", "Ana")
    team = chat_as("ana", "Ana", chat="team", group=True)
    (card,) = team.say("ask Priya to book flights for the offsite")
    replies = team.press("Confirm", card)
    assert any("don't know Priya yet" in r.text for r in replies)
    assert _task(runtime, "flights").assignee_id is None

    # Priya writes in that group for the first time: the waiting task reaches her.
    priya = ConsoleChat(
        runtime.receive,
        runtime.clock.now,
        console,  # type: ignore[attr-defined]
        user_id="priya",
        name="Priya",
        chat="team",
        chat_kind="group",
    )
    first = priya.say("hi")
    offer = next(m for m in first if m.buttons)
    assert "Ana gave you a task: Book flights" in offer.text
    assert _task(runtime, "flights").assignee_id is not None
    priya.press("Accept", offer)
    assert any("Priya accepted" in m.text for m in ana.messages())
    listing = ana.say("what did I give Priya?")
    assert "Book flights" in listing[0].text


def test_status_questions(chat_as: ChatFactory, clock: FixedClock) -> None:
    ana = chat_as("ana", "Ana")
    sam = chat_as("sam", "Sam")
    for text in (
        "ask Sam to fix the login bug today",
        "pay rent today",
        "renew the domain next month",
    ):
        for card in ana.say(text):
            ana.press("Confirm", card)
    (overdue,) = ana.say("submit expenses today at 11am")
    ana.press("Confirm", overdue)

    today = ana.say("what's due today?")[0].text
    assert "Pay rent" in today and "Renew the domain" not in today
    assert "nothing" in ana.say("overdue")[0].text
    clock.advance(timedelta(hours=2))  # 12:00 in Berlin: the 11:00 deadline has passed
    overdue_now = ana.say("overdue")[0].text
    assert "Submit expenses" in overdue_now and "Pay rent" not in overdue_now
    gave = ana.say("what did I give Sam?")[0].text
    assert "Fix the login bug" in gave and "Pay rent" not in gave
    has = ana.say("what does Sam have?")[0].text
    assert "Fix the login bug" in has
    mine = ana.say("my tasks")[0].text
    assert "Renew the domain" in mine and "Fix the login bug" not in mine
    sams = sam.say("my tasks")[0].text
    assert "Fix the login bug" in sams


def test_group_tasks(chat_as: ChatFactory) -> None:
    ana = chat_as("ana", "Ana", chat="team", group=True)
    priya = chat_as("priya", "Priya", chat="team", group=True)
    for card in ana.say("order pizza for friday"):
        ana.press("Confirm", card)
    listing = priya.say("open tasks in this group")[0].text
    assert "Order pizza" in listing


def test_done_by_words_reopen_and_delete(chat_as: ChatFactory, runtime: object) -> None:
    ana = chat_as("ana", "Ana")
    for text in ("call the dentist tomorrow", "buy a birthday gift for mum on saturday"):
        for card in ana.say(text):
            ana.press("Confirm", card)
    assert "done: Call the dentist" in ana.say("done with the dentist")[0].text
    assert _task(runtime, "dentist").status == "done"
    ana.say("reopen the dentist")
    assert _task(runtime, "dentist").status == "open"
    ana.say("my tasks")
    ana.say("delete 2")
    assert _task(runtime, "gift").status == "discarded"
    ana.say("undo")
    assert _task(runtime, "gift").status == "open"


def test_done_button_on_saved_card(chat_as: ChatFactory, runtime: object) -> None:
    ana = chat_as("ana", "Ana")
    (card,) = ana.say("send the newsletter on monday")
    (saved,) = ana.press("Confirm", card)
    ana.press("Mark done", saved)
    assert _task(runtime, "newsletter").status == "done"


def test_weekly_review_in_a_group(chat_as: ChatFactory, clock: FixedClock) -> None:
    ana = chat_as("ana", "Ana", chat="team", group=True)
    for text in (
        "ask Sam to fix the login bug today at 11am",
        "order pizza for friday",
        "clean the whiteboard tomorrow",
    ):
        for card in ana.say(text):
            ana.press("Confirm", card)
    ana.say("open tasks in this group")
    ana.say("done 3")
    clock.advance(timedelta(hours=3))
    review = ana.say("weekly review")[0].text
    assert "Done since Monday: 1" in review and "Still open: 2" in review
    assert "Overdue with Sam: 1" in review and "Fix the login bug" in review


def test_failed_sends_are_owned_up_to(chat_as: ChatFactory, runtime: object) -> None:
    from flowhub.storage import outbox

    ana = chat_as("ana", "Ana")
    with session_scope(runtime.engine) as session:  # type: ignore[attr-defined]
        row = outbox.create_outbox_message(
            session=session,
            platform="console",
            account="local",
            chat="dm-ana",
            body="⏰ Reminder: call the bank",
            reply={},
            now=runtime.clock.now(),  # type: ignore[attr-defined]
        )
        outbox.mark_failed(session=session, row=row, error="chat not found", final=True)
    first = ana.say("hi")
    assert "couldn't deliver 1 earlier message" in first[0].text
    assert "call the bank" in first[0].text
    again = ana.say("hi")
    assert all("couldn't deliver" not in m.text for m in again)
