"""A day and a month written with a dot are a date where a day is asked for ("due 18.12"), a
clock time after "at" ("at 18.30") or with minutes no month has."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flowhub.nlp import parse_when

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # Monday 10:00 in Berlin, 04:00 in New York


@pytest.mark.parametrize("tz", ["Europe/Berlin", "America/New_York"])
@pytest.mark.parametrize(
    "text",
    ["18.12", "due 18.12", "18.12.", "by 18.12", "move it to 18.12", "push the venue to 18.12.",
     "first two are due 18.12", "deadline 18.12"],
)  # fmt: skip
def test_a_dotted_day_and_month_is_a_date(text: str, tz: str) -> None:
    when = parse_when(text, now=NOW, tz=tz)
    assert when is not None and when.grain == "day"
    assert (when.start.month, when.start.day) == (12, 18)


@pytest.mark.parametrize("tz", ["Europe/Berlin", "America/New_York"])
@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [("at 18.30", 18, 30), ("at 18.12", 18, 12), ("18.30", 18, 30), ("from 9.30 to 10.12", 9, 30),
     ("call the bank 18.45", 18, 45)],
)  # fmt: skip
def test_a_clock_with_a_dot_stays_a_time(text: str, hour: int, minute: int, tz: str) -> None:
    when = parse_when(text, now=NOW, tz=tz)
    assert when is not None and when.grain == "minute"
    assert (when.start.hour, when.start.minute) == (hour, minute)


def test_a_dotted_date_takes_the_clock_said_after_it() -> None:
    when = parse_when("due 19.12 at 18.30", now=NOW, tz="Europe/Berlin")
    assert when is not None and (when.start.day, when.start.hour, when.start.minute) == (19, 18, 30)


def test_month_first_is_read_for_new_york_and_day_first_for_berlin() -> None:
    sam = parse_when("due 12/18", now=NOW, tz="America/New_York")
    ana = parse_when("due 18/12", now=NOW, tz="Europe/Berlin")
    assert sam is not None and ana is not None
    assert (sam.start.month, sam.start.day) == (ana.start.month, ana.start.day) == (12, 18)
