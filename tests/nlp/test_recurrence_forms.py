"""Repeating times in the forms people type (the ones Todoist reads), said on a Wednesday."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flowhub.nlp import next_occurrences, parse_when

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)  # Wednesday
TZ = "Europe/Berlin"


def _first(text: str, count: int = 3) -> tuple[str, list[str]]:
    when = parse_when(text, now=NOW, tz=TZ)
    assert when is not None and when.rrule is not None, text
    found = next_occurrences(when.rrule, start=when.start, tz=TZ, after=NOW, count=count)
    return when.rrule, [when.start.strftime("%a %d %b")] + [d.strftime("%d %b") for d in found]


@pytest.mark.parametrize(
    ("text", "rrule"),
    [
        ("quarterly", "FREQ=MONTHLY;INTERVAL=3"),
        ("submit the vat return quarterly", "FREQ=MONTHLY;INTERVAL=3"),
        ("annually", "FREQ=YEARLY"),
        ("monthly on the first monday", "FREQ=MONTHLY;BYDAY=+1MO"),
        ("every month on the last thursday", "FREQ=MONTHLY;BYDAY=-1TH"),
        ("daily on weekdays", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("every day on workdays", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("weekly on weekends", "FREQ=WEEKLY;BYDAY=SA,SU"),
        ("every weekday except friday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH"),
        ("weekdays but not mondays", "FREQ=WEEKLY;BYDAY=TU,WE,TH,FR"),
        ("every day except weekends", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("daily apart from sunday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA"),
        ("every 2nd tuesday", "FREQ=MONTHLY;BYDAY=+2TU"),
        ("every second friday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("every 2nd week", "FREQ=WEEKLY;INTERVAL=2"),
        ("every second and fourth thursday", "FREQ=MONTHLY;BYDAY=+2TH,+4TH"),
        ("the 1st and 3rd wednesday of each month", "FREQ=MONTHLY;BYDAY=+1WE,+3WE"),
        ("on the 1st and 15th of every month", "FREQ=MONTHLY;BYMONTHDAY=1,15"),
        ("every month on the 10th and the 25th", "FREQ=MONTHLY;BYMONTHDAY=10,25"),
        ("every 3rd of the month", "FREQ=MONTHLY;BYMONTHDAY=3"),
        ("every 27th", "FREQ=MONTHLY;BYMONTHDAY=27"),
        ("every last day", "FREQ=MONTHLY;BYMONTHDAY=-1"),
        ("every last weekday of the month", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"),
        ("last working day of the month", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"),
        ("the first business day of every month", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1"),
        ("yearly on 3 march", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=3"),
        ("annually on the 1st of april", "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=1"),
        ("every weekend", "FREQ=WEEKLY;BYDAY=SA,SU"),
        ("every morning", "FREQ=DAILY;BYHOUR=9;BYMINUTE=0"),
        (
            "every evening except fridays",
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,SA,SU;BYHOUR=18;BYMINUTE=0",
        ),
        ("every mon wed fri at 7am", "FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=7;BYMINUTE=0"),
    ],
)
def test_rule_read(text: str, rrule: str) -> None:
    when = parse_when(text, now=NOW, tz=TZ)
    assert when is not None and when.rrule == rrule, (text, when)


def test_alternate_weeks_start_on_the_next_matching_day() -> None:
    assert _first("every other monday")[1] == ["Mon 07 Dec", "07 Dec", "21 Dec", "04 Jan"]
    assert _first("fortnightly on tuesday")[1][0] == "Tue 08 Dec"
    assert _first("every 2 weeks on friday")[1][0] == "Fri 04 Dec"
    assert _first("every other thursday at 4pm")[1] == ["Thu 03 Dec", "03 Dec", "17 Dec", "31 Dec"]


def test_a_rule_ends_at_a_bare_month_or_a_day_with_the_day_first() -> None:
    rule, days = _first("every monday until march", count=20)
    assert "UNTIL=" in rule and days[-1] == "22 Feb"
    rule, days = _first("every monday until 15 march", count=20)
    assert days[-1] == "15 Mar"


def test_a_rule_starts_on_the_day_said_after_starting() -> None:
    assert _first("every 6 months starting jan 1")[1] == [
        "Fri 01 Jan",
        "01 Jan",
        "01 Jul",
        "01 Jan",
    ]
    assert _first("every tuesday beginning dec 15")[1][0] == "Tue 15 Dec"
    assert _first("every day at 9am from monday")[1][0] == "Mon 07 Dec"
    span = parse_when("every week from monday to friday", now=NOW, tz=TZ)
    assert span is not None and span.start.strftime("%d %b") == "02 Dec"  # a span, not a start


def test_for_n_days_counts_from_the_first() -> None:
    _, days = _first("every day for 5 days", count=9)
    assert days[0] == "Wed 02 Dec" and days[-1] == "06 Dec"


def test_bare_phrases_stay_plain() -> None:
    for text in ("my quarterly report", "the 3rd of the month", "every last day of the trip"):
        when = parse_when(text, now=NOW, tz=TZ)
        assert when is None or when.rrule is None, text
    assert parse_when("twice a week", now=NOW, tz=TZ) is None
