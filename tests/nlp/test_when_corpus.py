"""parse_when on forms from Duckling's English corpus: ordinals from the end, modifiers of the
next expression ("the closest monday to", "the week of", "for 10 days from"), seconds, and
holidays computed by explicit rules or published tables."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp.types import When
from flowhub.nlp.when import parse_when, search_when

TZ = "Europe/Berlin"
BER = ZoneInfo(TZ)
NOW = datetime(2026, 3, 4, 10, 0, tzinfo=BER)  # a Wednesday


def when(text: str) -> When | None:
    return parse_when(text, now=NOW, tz=TZ)


def d(*args: int) -> datetime:
    return datetime(*args, tzinfo=BER)  # type: ignore[arg-type,misc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15:23:24", d(2026, 3, 4, 15, 23, 24)),
        ("9:01:10 AM", d(2026, 3, 5, 9, 1, 10)),  # past today: rolls to tomorrow
        ("15 minutes past 15h", d(2026, 3, 4, 15, 15)),
        ("twelve-oh-three", d(2026, 3, 4, 12, 3)),
        ("twelve-zero-three", d(2026, 3, 4, 12, 3)),
        ("tonight 815", d(2026, 3, 4, 20, 15)),
        ("ok see you in 15", d(2026, 3, 4, 10, 15)),
        ("later than 9:30 but before 11:00 on Thursday", d(2026, 3, 5, 9, 30)),
    ],
)
def test_clock_forms(text: str, expected: datetime) -> None:
    got = when(text)
    assert got is not None and got.start == expected


def test_a_bare_small_number_after_in_is_not_minutes() -> None:
    assert search_when("I put 3 items in 15 boxes", now=NOW, tz=TZ) == []
    assert search_when("do it in 2", now=NOW, tz=TZ) == []


@pytest.mark.parametrize(
    ("text", "expected", "grain"),
    [
        ("Thu 15th", d(2026, 10, 15), "day"),  # the next 15th that is a Thursday
        ("Friday the 13th", d(2026, 3, 13), "day"),
        ("March in 1 year", d(2027, 3, 1), "month"),
        ("third last week of 2026", d(2026, 12, 7), "week"),
        ("last week of september 2026", d(2026, 9, 21), "week"),  # the last full week
        ("2nd last week of October 2026", d(2026, 10, 12), "week"),  # last: 19-25
        ("fifth last day of May", d(2026, 5, 27), "day"),
        ("Monday, Mar 2", d(2026, 3, 2), "day"),  # the weekday pins this year's date
    ],
)
def test_dates(text: str, expected: datetime, grain: str) -> None:
    got = when(text)
    assert got is not None and (got.start, got.grain) == (expected, grain)


@pytest.mark.parametrize(
    ("text", "expected", "end"),
    [
        ("the week of march 11", d(2026, 3, 9), d(2026, 3, 16)),
        ("the week of october 4th", d(2026, 10, 5), d(2026, 10, 12)),  # a Sunday opens it
        ("for 10 days from 18th Dec", d(2026, 12, 18), d(2026, 12, 28)),
        ("for 2 weeks starting monday", d(2026, 3, 9), d(2026, 3, 23)),
        ("end of the month", d(2026, 3, 31), d(2026, 4, 1)),
        ("by the end of the year", d(2026, 12, 31), d(2027, 1, 1)),
    ],
)
def test_spans(text: str, expected: datetime, end: datetime) -> None:
    got = when(text)
    assert got is not None and (got.start, got.end) == (expected, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the closest Monday to Oct 7th", d(2026, 10, 5)),
        ("the second closest Mon to October 7th", d(2026, 10, 12)),
        ("the closest xmas to today", d(2025, 12, 25)),
        ("the 2nd closest xmas to today", d(2026, 12, 25)),
        ("third tuesday after christmas 2026", d(2027, 1, 12)),
        ("the friday before christmas", d(2026, 12, 18)),
    ],
)
def test_modifiers(text: str, expected: datetime) -> None:
    got = when(text)
    assert got is not None and got.start == expected and got.grain == "day"


def test_a_modifier_that_cannot_apply_leaves_the_expression_alone() -> None:
    got = when("buy a ticket for one week from now")
    assert got is not None and got.start == d(2026, 3, 11, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("parsi new year 2026", d(2026, 8, 15)),
        ("Jamshedi Navroz 2018", d(2018, 8, 17)),
        ("tu bishvat 2026", d(2026, 2, 1)),  # Jewish holidays start on the eve
        ("yom haatzmaut 2018", d(2018, 4, 18)),  # moved off Friday, then its eve
        ("vesak 2026", d(2026, 5, 31)),
        ("diwali 2017", d(2017, 10, 19)),
        ("dussehra 2018", d(2018, 10, 18)),
        ("onam 2018", d(2018, 8, 24)),
        ("janmashtami 2019", d(2019, 8, 23)),
        ("global youth service day 2026", d(2026, 4, 17)),
        ("earth hour 2026", d(2026, 3, 28, 20, 30)),
        ("earth hour 2024", d(2024, 3, 23, 20, 30)),  # last Saturday is Holy Saturday
    ],
)
def test_holidays(text: str, expected: datetime) -> None:
    got = when(text)
    assert got is not None and got.start == expected
