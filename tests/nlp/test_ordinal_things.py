"""An ordinal or a holiday that names a thing ("5th st", "christmas stollen") is no date."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from flowhub.nlp import extract_tasks, parse_when

NOW = datetime(2026, 12, 7, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "confirm the delivery entrance (loading dock on 5th st)",
        "drop the keys at the shop on 5th avenue",
        "clean the kitchen on the 3rd floor",
        "book the hall on 2nd street",
        "update the online order page with christmas stollen",
        "photograph the new christmas stollen",
        "restock our easter eggs",
    ],
)
def test_a_thing_an_ordinal_or_holiday_names_has_no_date(text: str) -> None:
    assert parse_when(text, now=NOW, tz="Europe/Berlin") is None
    assert all(d.due is None for d in extract_tasks(text, now=NOW, tz="Europe/Berlin"))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("pay rent on the 1st", date(2027, 1, 1)),
        ("call mum on the 3rd at 5pm", date(2027, 1, 3)),
        ("send the drawings by the 12th", date(2026, 12, 12)),
        ("send the cards by christmas", date(2026, 12, 25)),
        ("bake the christmas cookies by friday", date(2026, 12, 11)),
        ("christmas morning call grandma", date(2026, 12, 25)),
        ("Heiligabend bei den Eltern", date(2026, 12, 24)),
    ],
)
def test_a_day_said_with_them_is_still_read(text: str, day: date) -> None:
    when = parse_when(text, now=NOW, tz="Europe/Berlin")
    assert when is not None and when.start.date() == day
