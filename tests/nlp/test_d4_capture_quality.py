"""Capture keeps foreign and quoted words, holiday modifiers, every task of a long message."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import extract_tasks, fix_typos, parse_when, plain_asks

TZ = "Europe/Berlin"
NOW = datetime(2026, 12, 4, 9, 0, tzinfo=ZoneInfo(TZ))


def _tasks(text: str) -> list[tuple[str, str | None]]:
    drafts = extract_tasks(text, now=NOW, tz=TZ, sender="ana")
    return [(d.title, d.due.start.date().isoformat() if d.due else None) for d in drafts]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("wat moet ik morgen doen", "wat"),
        ("aku hrs jemput anak di sekolah besok", "harus"),  # its own shorthand, never "hours"
    ],
)
def test_abbreviations_of_english_stay_in_other_languages(text: str, kept: str) -> None:
    assert kept in fix_typos(text).split()


def test_english_abbreviations_still_expand() -> None:
    assert fix_typos("wat's due tmrw") == "what's due tomorrow"


def test_foreign_word_in_english_title_is_not_respelt() -> None:
    assert _tasks("bake 3 dozen mini stollen for Jonas by friday")[0][0] == (
        "Bake 3 dozen mini stollen for Jonas"
    )


def test_quoted_words_are_not_respelt() -> None:
    assert _tasks("add 'ordr the bakcdrop paper' to my list")[0][0] == "Ordr the bakcdrop paper"
    assert _tasks("ordr more bakcdrop paper tmrw")[0][0] == "Order more backdrop paper"


@pytest.mark.parametrize(
    "text",
    ["confirm Hoffmann xmas menu", "order halloween costumes for the kids", "the xmas menu"],
)
def test_holiday_before_a_noun_is_no_date(text: str) -> None:
    assert parse_when(text, now=NOW, tz=TZ) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("order the turkey by xmas", "2026-12-25"),
        ("before christmas dinner", "2026-12-25"),
        ("on new year's eve call grandma", "2026-12-31"),
        ("new year's eve call grandma", "2026-12-31"),
        ("christmas morning", "2026-12-25"),
        ("easter mon", "2027-03-29"),
    ],
)
def test_holiday_as_a_day_stays_a_date(text: str, day: str) -> None:
    got = parse_when(text, now=NOW, tz=TZ)
    assert got is not None
    assert got.start.date().isoformat() == day


def test_purpose_before_the_need_keeps_the_task() -> None:
    got = _tasks(
        "Morgen! For the Novatech offsite I need to send the final headcount to the hotel by "
        "the 15th, and book the bus transfer from the airport"
    )
    assert got == [
        ("Send the final headcount to the hotel for the Novatech offsite", "2026-12-15"),
        ("Book the bus transfer from the airport", None),
    ]


def test_plus_between_two_orders_and_a_shared_date() -> None:
    got = _tasks(
        "Lena texted, can you add: order welcome bags (80) + print the table numbers, both "
        "before the 18th"
    )
    assert got == [
        ("Order welcome bags (80)", "2026-12-17"),
        ("Print the table numbers", "2026-12-17"),
    ]
    assert len(_tasks("pick up flowers + cake for the party")) == 1


def test_before_that_points_at_the_date_said_before() -> None:
    got = _tasks(
        "ugh health inspection is on the 14th. before that: deep clean the walk-in fridge, "
        "update the allergen folder, and get the pest control certificate"
    )
    assert got == [
        ("The health inspection", "2026-12-14"),
        ("Deep clean the walk-in fridge", "2026-12-13"),
        ("Update the allergen folder", "2026-12-13"),
        ("Get the pest control certificate", "2026-12-13"),
    ]


def test_a_clients_need_is_sending_it_to_them() -> None:
    said = plain_asks(
        "I need the final invoice by Dec 15\npls send me the quote",
        forwarder="Sam",
        source="Client Jonas",
        known=lambda _name: None,
    )
    assert said.splitlines() == [
        "send Jonas the final invoice by Dec 15",
        "pls send Jonas the quote",
    ]


@pytest.mark.parametrize(
    ("text", "title", "day"),
    [
        (
            "Hoffmann called, they want the 3-course menu. confirm the menu with them by friday",
            "Confirm the menu with Hoffmann",
            "2026-12-11",
        ),
        (
            "Priya emailed. go through the budget with her on monday",
            "Go through the budget with Priya",
            "2026-12-07",
        ),
        ("move her monday meeting", "Move her monday meeting", None),
    ],
)
def test_pronoun_after_a_named_sender_says_the_name(text: str, title: str, day: str | None) -> None:
    assert _tasks(text)[0] == (title, day)
