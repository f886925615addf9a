"""Edits in plain words keep the access rule and never turn into new tasks."""

from __future__ import annotations

from sqlmodel import select

from flowhub.storage import Proposal, Task, session_scope
from tests.conftest import ChatFactory


def _rows(runtime: object, model: type[Task] | type[Proposal]) -> list[Task] | list[Proposal]:
    with session_scope(runtime.engine) as session:  # type: ignore[attr-defined]
        return list(session.exec(select(model)))


def test_an_edit_of_a_card_changes_the_card_only(chat_as: ChatFactory, runtime: object) -> None:
    ana = chat_as("ana", "Ana")
    (card,) = ana.say("book the venue friday 4pm")
    (edited,) = ana.say("make it wednesday")
    # Typed below the card, the changed card is shown again there, saying what changed.
    assert edited.edit_of is None and "Wed 11 Mar, 16:00" in edited.text
    assert "Updated" in edited.text and edited.buttons == card.buttons
    assert _rows(runtime, Task) == []
    assert [p.title for p in _rows(runtime, Proposal)] == ["Book the venue"]


def test_someone_else_cannot_edit_my_task(chat_as: ChatFactory, runtime: object) -> None:
    ana = chat_as("ana", "Ana")
    (card,) = ana.say("gym session thursday 7am")
    ana.press("Confirm", card)
    sam = chat_as("sam", "Sam", tz="America/New_York")
    reply = sam.say("move the gym to tuesday")
    assert "Tue" not in reply[0].text
    (task,) = _rows(runtime, Task)
    assert task.due_at is not None and task.due_at.day == 5


def test_an_unclear_edit_changes_nothing(chat_as: ChatFactory, runtime: object) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("order printer toner friday")
    (reply,) = ana.say("make it sparkle")
    assert "sparkle" in reply.text and not reply.buttons
    (proposal,) = _rows(runtime, Proposal)
    assert (
        proposal.due_at is not None
        and proposal.due_at.day == 5  # Friday 00:00 in Berlin
        and proposal.title.startswith("Order printer toner")
    )


def test_tasks_that_sound_like_edits_stay_tasks(chat_as: ChatFactory, runtime: object) -> None:
    ana = chat_as("ana", "Ana")
    for text in (
        "change the oil on saturday",
        "move the car to the garage tomorrow",
        "send the minutes to the board friday",
        "change the bedsheets on sunday",
    ):
        (card,) = ana.say(text)
        assert card.buttons, text
        ana.press("Confirm", card)
    assert len(_rows(runtime, Task)) == 4
