"""'The day/week/month after X', 'the weekend of X', and ranges repeating the month."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp.when import parse_when

TZ = "Europe/Berlin"
BER = ZoneInfo(TZ)
NOW = datetime(2026, 3, 4, 10, 0, tzinfo=BER)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "start", "grain"),
    [
        ("the day after christmas", datetime(2026, 12, 26, tzinfo=BER), "day"),
        ("pay rent the day before easter", datetime(2026, 4, 4, tzinfo=BER), "day"),
        ("the week after christmas", datetime(2026, 12, 28, tzinfo=BER), "week"),
        ("the month after christmas 2027", datetime(2028, 1, 1, tzinfo=BER), "month"),
        ("the month before the 10th of june", datetime(2026, 5, 1, tzinfo=BER), "month"),
        ("the day after friday at 3pm", datetime(2026, 3, 7, 15, 0, tzinfo=BER), "hour"),
        ("il mese dopo natale 2027", datetime(2028, 1, 1, tzinfo=BER), "month"),
        ("il giorno dopo natale", datetime(2026, 12, 26, tzinfo=BER), "day"),
        ("la settimana prima di pasqua", datetime(2026, 3, 30, tzinfo=BER), "week"),
    ],
)
def test_the_unit_next_to_a_date(text: str, start: datetime, grain: str) -> None:
    when = parse_when(text, now=NOW, tz=TZ)
    assert when is not None, text
    assert (when.start, when.grain) == (start, grain)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("the day after tomorrow", datetime(2026, 3, 6, tzinfo=BER)),
        ("il giorno dopo domani", datetime(2026, 3, 6, tzinfo=BER)),
        ("2 days after christmas", datetime(2026, 12, 27, tzinfo=BER)),
    ],
)
def test_named_days_and_counted_shifts_stay_as_they_were(text: str, start: datetime) -> None:
    when = parse_when(text, now=NOW, tz=TZ)
    assert when is not None and when.start == start


@pytest.mark.parametrize("text", ["8 aug - 12 aug", "8 ago - 12 ago", "8 Aug-12 Aug"])
def test_a_day_range_repeating_its_month_is_not_a_two_digit_year(text: str) -> None:
    when = parse_when(text, now=NOW, tz=TZ)
    assert when is not None
    assert when.start == datetime(2026, 8, 8, tzinfo=BER)
    assert when.end == datetime(2026, 8, 13, tzinfo=BER)


def test_a_two_digit_year_after_a_day_and_month_still_reads() -> None:
    when = parse_when("8 aug 27", now=NOW, tz=TZ)
    assert when is not None and when.start == datetime(2027, 8, 8, tzinfo=BER)


@pytest.mark.parametrize(
    ("text", "saturday"),
    [
        ("the weekend of april 10", datetime(2026, 4, 11, tzinfo=BER)),
        ("il week-end del 10 aprile", datetime(2026, 4, 11, tzinfo=BER)),
        ("le week-end du 10 avril", datetime(2026, 4, 11, tzinfo=BER)),
        ("weekend of the 15th", datetime(2026, 3, 14, tzinfo=BER)),
        ("the weekend of christmas", datetime(2026, 12, 26, tzinfo=BER)),
    ],
)
def test_the_weekend_of_a_date_is_that_weeks_weekend(text: str, saturday: datetime) -> None:
    when = parse_when(text, now=NOW, tz=TZ)
    assert when is not None, text
    assert (when.start, when.end) == (saturday, saturday.replace(day=saturday.day + 2))


def test_the_weekend_of_something_else_is_this_weekend() -> None:
    when = parse_when("plan the weekend of fun", now=NOW, tz=TZ)
    assert when is not None and when.start == datetime(2026, 3, 7, tzinfo=BER)
