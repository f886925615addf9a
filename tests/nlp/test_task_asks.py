"""Requests to the reader of a mail: calls asked for, "that" read from the sentence before,
"us" as the one who signed, reasons dropped; and list marks and places in titles."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from flowhub.nlp import TaskDraft, classify_intent, extract_tasks
from flowhub.nlp._task_asks import reshape_ask, without_reason

TZ = "Europe/Berlin"
NOW = datetime(2026, 12, 3, 20, 57, tzinfo=ZoneInfo(TZ))  # a Thursday


def tasks(text: str, sender: str | None = None) -> list[TaskDraft]:
    return extract_tasks(text, now=NOW, tz=TZ, sender=sender)


def local(draft: TaskDraft) -> datetime:
    assert draft.due is not None
    return draft.due.start.astimezone(ZoneInfo(TZ)).replace(tzinfo=None)


def test_a_client_mail_gives_every_request_with_its_details() -> None:
    mail = (
        "Hi Ana,\n\nHope you're well!\n\nCould you send us the final shot list by next Wednesday "
        "so we can check it with the planner? Also, the venue asked for proof of your liability "
        "insurance - could you please email that to their events team directly by 15 December?"
        "\n\nAnd can we do a call on Thursday the 10th at 6pm to go over the family group photos?"
        "\n\nThanks so much!\nLena & Jonas"
    )
    shots, proof, call = tasks(mail)
    assert shots.title == "Send Lena & Jonas the final shot list"
    assert local(shots) == datetime(2026, 12, 9)
    assert (
        "proof of liability insurance" in proof.title and "the venue's events team" in proof.title
    )
    assert local(proof) == datetime(2026, 12, 15)
    assert call.title == "Call Lena & Jonas about the family group photos"
    assert local(call) == datetime(2026, 12, 10, 18)
    assert {shots.assignee, proof.assignee, call.assignee} == {"Ana"}


def test_that_and_them_point_back_to_the_sentence_before() -> None:
    (draft,) = tasks(
        "The printer is asking for the approved proof of the menu cards, please forward it to "
        "them by wednesday."
    )
    assert draft.title == "Forward the approved proof of the menu cards to the printer"
    said = reshape_ask("can you send them over by Friday?", None, "The caterer needs the numbers")
    assert said == "can you send the numbers over by Friday?"


def test_calls_and_meetings_asked_for() -> None:
    assert reshape_ask(
        "could we hop on a quick call monday at 11 to talk through the plan?", "Meera"
    ) == ("could you call Meera monday at 11 about the plan")
    assert reshape_ask("let's meet on tuesday at 3pm to go over the budget", None) == (
        "Meet on tuesday at 3pm about the budget"
    )


def test_a_statement_without_a_request_is_left_alone() -> None:
    assert reshape_ask("we had a great call on thursday", None) == "we had a great call on thursday"
    assert tasks("Thanks for the lovely call on Thursday! The photos look amazing.") == []


def test_reasons_go_and_requests_stay() -> None:
    assert without_reason("Send the list so we can check it with the planner") == "Send the list"
    assert without_reason("Book the room, if that works for you") == "Book the room"
    assert without_reason("Buy a so-so lamp") == "Buy a so-so lamp"


def test_list_marks_and_places_stay_clean() -> None:
    rent, flight, _ = tasks(
        "todo: 1) rent a second body for the Schloss Elmau wedding (important!) 2) book my flight "
        "back from LA for sunday 3) maybe look into new lighting stands at some point, no rush",
        sender="sam",
    )
    assert rent.title == "Rent a second body for the Schloss Elmau wedding"
    assert rent.priority == "high"
    assert flight.title == "Book my flight back from LA"
    assert local(flight) == datetime(2026, 12, 6)


def test_a_request_wrapped_in_do_you_think_you_could() -> None:
    said = "do you think you could remind me tomorrow at 9 to call the framer"
    assert classify_intent(said) == "remind"
    assert [d.title for d in tasks(said)] == ["Call the framer"]
    assert [d.title for d in tasks("any chance you could book the van for friday")] == [
        "Book the van"
    ]
