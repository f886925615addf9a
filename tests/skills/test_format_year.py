"""Dates about a year away carry their year, so the weekday and the date always agree."""

from __future__ import annotations

from datetime import UTC, datetime

from flowhub.skills.format import when_text

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def test_a_date_a_year_ahead_shows_its_year() -> None:
    at = datetime(2027, 12, 9, 0, 0, tzinfo=UTC)
    assert when_text(at, "day", "UTC", now=NOW) == "Thu 9 Dec 2027"


def test_a_date_within_the_coming_months_does_not() -> None:
    at = datetime(2027, 3, 12, 15, 30, tzinfo=UTC)
    assert when_text(at, "minute", "UTC", now=NOW) == "Fri 12 Mar, 15:30"


def test_without_a_clock_the_year_is_left_out() -> None:
    at = datetime(2027, 12, 9, 0, 0, tzinfo=UTC)
    assert when_text(at, "day", "UTC") == "Thu 9 Dec"
