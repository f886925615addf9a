"""Group manners: a group message not addressed to the bot gets an answer only for a clear task
or within the sender's own flow; the requester is a task's creator; a decline goes back to them."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from sqlmodel import select

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from flowhub.connectors import Event
from flowhub.connectors.console import ConsoleConnector, Shown
from flowhub.storage import Reminder, Task, people, session_scope
from tests.conftest import ChatFactory

_IDS = itertools.count(1)


def _overhear(
    runtime: Runtime,
    console: ConsoleConnector,
    clock: FixedClock,
    text: str,
    *,
    who: str = "sam",
    **fields: Any,
) -> list[Shown]:
    """A group message the connector says was not meant for the bot; what the bot showed."""
    seen = len(console.shown)
    runtime.receive(
        Event(
            platform="console",
            account="local",
            chat="team",
            sender_id=who,
            sender_name=who.title(),
            time=clock.now(),
            message_id=f"overheard-{next(_IDS)}",
            text=text,
            chat_kind="group",
            addressed=False,
            **fields,
        )
    )
    return console.shown[seen:]


def _tasks(runtime: Runtime) -> list[Task]:
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(Task)))


@pytest.mark.parametrize(
    "text",
    [
        "thanks all 🙏",
        "lol that meeting was looong",
        "ok 👍",
        "see you all tomorrow!",
        "welcome everyone!",
        "how was the weekend?",
        "lunch at 1?",
        "what's for lunch today?",
        "@priya what are you up to?",
        "done!",
        "on my way",
        "reminder: standup moved to 10am tomorrow",
        "off sick today",
        "working from home tomorrow",
        "we should grab drinks friday",
        "can you send me the file?",
    ],
)
def test_chat_between_people_gets_no_reply(
    runtime: Runtime, console: ConsoleConnector, clock: FixedClock, text: str
) -> None:
    assert _overhear(runtime, console, clock, text) == []
    assert _tasks(runtime) == []


def test_a_clear_request_gets_a_card_with_the_person_named(
    runtime: Runtime, console: ConsoleConnector, clock: FixedClock, chat_as: ChatFactory
) -> None:
    chat_as("priya", "Priya", tz="Asia/Kolkata")
    (card,) = _overhear(runtime, console, clock, "@priya can you send the agenda by thursday?")
    assert "Send the agenda" in card.text and "Priya" in card.text and "@priya" not in card.text
    assert any("Confirm" in b.label for b in card.buttons)


@pytest.mark.parametrize(
    "text",
    [
        "don't forget to submit your timesheets by friday",
        "can someone call the caterer tomorrow?",
        "we need to book the venue for next week",
        "Sam, could you update the roadmap doc by monday",
        "remind me to call the bank at 4pm",
        "help",
        "connect todoist",
    ],
)
def test_clear_tasks_and_reminders_are_heard(
    runtime: Runtime, console: ConsoleConnector, clock: FixedClock, text: str
) -> None:
    assert len(_overhear(runtime, console, clock, text)) == 1


def test_a_question_about_the_groups_tasks_is_answered_unaddressed(
    runtime: Runtime, console: ConsoleConnector, clock: FixedClock
) -> None:
    (answer,) = _overhear(runtime, console, clock, "what's due today?")
    assert "nothing due today" in answer.text and answer.buttons == ()


def test_an_edit_in_a_group_stays_unanswered(
    runtime: Runtime, console: ConsoleConnector, clock: FixedClock
) -> None:
    text = "Sam please send the invoice to the client by friday"
    assert _overhear(runtime, console, clock, text, raw={"edited": True}) == []


def test_a_forward_into_a_group_is_read_like_one_in_private(
    runtime: Runtime, console: ConsoleConnector, clock: FixedClock
) -> None:
    chat = "Sam: I'll fix the staging deploy today\nAna: 🙌"
    (card,) = _overhear(runtime, console, clock, chat, forwarded=True)
    assert "staging" in card.text.lower()
    assert _overhear(runtime, console, clock, "Ana: thanks all\nSam: 👍", forwarded=True) == []


def test_the_requester_is_the_creator_whoever_confirms(
    runtime: Runtime, chat_as: ChatFactory
) -> None:
    chat_as("priya", "Priya", tz="Asia/Kolkata")
    sam = chat_as("sam", "Sam", chat="team", group=True)
    ana = chat_as("ana", "Ana", chat="team", group=True)
    priya_dm = chat_as("priya", "Priya", tz="Asia/Kolkata")
    (card,) = sam.say("@Priya can you order the new badges by friday")
    ana.press("Confirm", card)
    (task,) = _tasks(runtime)
    with session_scope(runtime.engine) as session:
        creator = people.get_person(session=session, person_id=task.creator_id)
        assert creator is not None and creator.display_name == "Sam"
    offer = priya_dm.last_with_buttons()
    assert offer is not None and "Sam gave you a task" in offer.text


def test_a_decline_hands_task_and_reminder_back_and_asks_the_requester(
    runtime: Runtime, chat_as: ChatFactory
) -> None:
    ana = chat_as("ana", "Ana")
    sam = chat_as("sam", "Sam")
    (card,) = ana.say("ask Sam to call the venue tomorrow at 3pm")
    ana.press("Confirm", card)
    sam.press("Decline")
    asked = ana.last_with_buttons()
    assert asked is not None and "Sam declined" in asked.text
    assert [b.label for b in asked.buttons] == ["🙋 I'll do it", "👥 Ask someone else", "🗑 Drop it"]
    (task,) = _tasks(runtime)
    assert (task.assignee_id, task.assignee_name, task.assignment) == (None, None, "declined")
    with session_scope(runtime.engine) as session:
        (reminder,) = session.exec(select(Reminder)).all()
        assert reminder.person_id == task.creator_id
    # Only the requester decides what happens next.
    assert "isn't yours" in sam.press("Drop", asked)[0].text
    ana.press("I'll do it", asked)
    (task,) = _tasks(runtime)
    assert task.assignee_id == task.creator_id and task.status == "open"
    assert "venue" in ana.say("my tasks")[0].text
