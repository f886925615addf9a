"""A clock time said after a part of the same day is the time meant."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flowhub.nlp import parse_when

NOW = datetime(2026, 12, 7, 8, 22, tzinfo=UTC)  # Monday 09:22 in Berlin


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("doing the wine count after lunch, nudge me at 2", 14),
        ("this evening pls, at 7", 19),
        ("tonight call mom at 8", 20),
        ("this morning, at 11", 11),
        ("after lunch", 13),  # a part of the day alone keeps its own time
        ("after lunch at 1:30", 13),
    ],
)
def test_the_clock_time_wins_within_its_part_of_day(text: str, hour: int) -> None:
    when = parse_when(text, now=NOW, tz="Europe/Berlin")
    assert when is not None and when.start.hour == hour
    assert when.start.date() == NOW.date()


def test_a_clock_time_on_another_day_leaves_the_first_expression() -> None:
    when = parse_when(
        "call the bank after lunch. the dentist is tomorrow at 3", now=NOW, tz="Europe/Berlin"
    )
    assert when is not None and (when.start.day, when.start.hour) == (7, 13)
