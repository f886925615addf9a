"""Forwarded chats with outsiders, compound adds and brain dumps read as the tasks they ask for."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flowhub.nlp import as_forwarders, extract_tasks, plain_asks

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
TZ = "Europe/Berlin"
PEOPLE = {"ana": "Ana", "sam": "Sam", "priya": "Priya"}


def _known(name: str) -> str | None:
    return PEOPLE.get(name.lower())


def _forwarded(text: str, forwarder: str) -> list[tuple[str, str | None, str | None]]:
    said = plain_asks(text, forwarder=forwarder, source=None, known=_known)
    drafts = extract_tasks(said, now=NOW, tz=TZ, sender=None)
    drafts = as_forwarders(
        drafts, text, forwarder=forwarder, source=None, known=_known, now=NOW, tz=TZ
    )
    return [
        (d.title, d.assignee, d.due.start.date().isoformat() if d.due else None) for d in drafts
    ]


def _titles(text: str) -> list[str]:
    return [d.title for d in extract_tasks(text, now=NOW, tz=TZ, sender="Ana")]


def test_supplier_news_and_promise_are_no_tasks() -> None:
    chat = (
        "Marco: heads up, the 00 flour price goes up 8% from January\n"
        "Marco: I'll email the new price list by Wednesday\n"
        "Giulia: we also need the signed Q1 delivery schedule back before the 18th\n"
        "Ana: ok\n"
        "Giulia: and invoice 4471 is still open, can you pay it this week? Priya usually does it"
    )
    assert _forwarded(chat, "Ana") == [
        ("Send the signed Q1 delivery schedule back", "Ana", "2026-12-17"),
        ("Pay invoice 4471", "Priya", "2026-11-30"),
    ]


def test_freight_arrival_is_news_and_the_request_is_the_forwarders() -> None:
    chat = (
        "Dave: container MSKU 88213 lands in Hamburg on the 16th\n"
        "Rita: please send the commercial invoice and packing list by Monday 14th\n"
        "Sam: I'll confirm the pallet delivery address tomorrow"
    )
    assert _forwarded(chat, "Sam") == [
        ("Send the commercial invoice and packing list", "Sam", "2026-12-14"),
        ("Confirm the pallet delivery address", "Sam", "2026-12-05"),
    ]


def test_colleagues_only_chat_is_read_as_before() -> None:
    chat = "Ana: I'll book the train tickets\nPriya: I can handle the hotel\nSam: sounds good"
    assert [a for _, a, _ in _forwarded(chat, "Sam")] == ["Ana", "Priya"]


def test_someone_stays_open() -> None:
    chat = "Klaus: could someone send me the supplier list\nSam: ok thanks!"
    assert [a for _, a, _ in _forwarded(chat, "Ana")] == [None]


@pytest.mark.parametrize(
    ("said", "title"),
    [
        (
            "and add sign + send back the Q1 delivery schedule to molino rossi, before the 18th",
            "Sign and send back the Q1 delivery schedule to molino rossi",
        ),
        (
            "add print + laminate the new price cards by friday",
            "Print and laminate the new price cards",
        ),
        (
            "new one: deep clean the proofing cabinets, every other monday",
            "Deep clean the proofing cabinets",
        ),
        ("let the cleaner in on monday", "Let the cleaner in"),
        ("the fridge is making a noise again, someone should look at it", "Look at the fridge"),
        ("the back door lock is sticking, can someone fix it", "Fix the back door lock"),
        (
            "the letter said it expires end of december, renew the café's liability insurance",
            "Renew the café's liability insurance",
        ),
        (
            "I need to sort the rota for christmas week by the 14th because half the team is off",
            "Sort the rota for christmas week",
        ),
        ("the fridge thing, give that to sam, sometime next week", "Look at the fridge"),
    ],
)
def test_one_task_title(said: str, title: str) -> None:
    assert _titles(said) == [title]


def test_two_tasks_stay_two() -> None:
    assert len(_titles("call the miller tomorrow and email the landlord on friday")) == 2
    assert _titles("buy flour + sugar tomorrow") == ["Buy flour + sugar"]
