"""More parse_when behaviour: number words, zones, spans, holidays with offsets, robustness."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr

from flowhub.nlp.when import parse_when, search_when

TZ = "Europe/Berlin"
BER = ZoneInfo(TZ)
NOW = datetime(2026, 3, 4, 10, 0, tzinfo=BER)


def start(text: str, **kw: str) -> datetime | None:
    got = parse_when(text, now=NOW, tz=TZ, **kw)
    return got.start if got else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("set an alarm for nine am", datetime(2026, 3, 5, 9, tzinfo=BER)),
        ("remind me in five minutes", datetime(2026, 3, 4, 10, 5, tzinfo=BER)),
        ("wake me at twenty past three pm", datetime(2026, 3, 4, 15, 20, tzinfo=BER)),
        ("in half an hour", datetime(2026, 3, 4, 10, 30, tzinfo=BER)),
        ("march twenty fifth", datetime(2026, 3, 25, tzinfo=BER)),
        ("the twenty second of march", datetime(2026, 3, 22, tzinfo=BER)),
    ],
)
def test_number_words(text: str, expected: datetime) -> None:
    assert start(text) == expected


def test_named_zone_is_converted_to_the_users_zone() -> None:
    got = start("tomorrow 4pm CET")
    assert got == datetime(2026, 3, 5, 16, tzinfo=BER)
    got = start("tomorrow 9am PST")
    assert got == datetime(2026, 3, 5, 18, tzinfo=BER)


def test_span_covers_the_expression_and_its_preposition() -> None:
    text = "pay rent on the 1st of every month please"
    w = parse_when(text, now=NOW, tz=TZ)
    assert w is not None and w.rrule == "FREQ=MONTHLY;BYMONTHDAY=1"
    assert text[w.span[0] : w.span[1]] == "on the 1st of every month"


def test_holiday_with_offset_and_year() -> None:
    assert start("thanksgiving 2027") == datetime(2027, 11, 25, tzinfo=BER)
    assert start("easter in two years") == datetime(2028, 4, 16, tzinfo=BER)
    assert start("last christmas") == datetime(2025, 12, 25, tzinfo=BER)


def test_month_rolls_to_next_year_and_explicit_year_stays() -> None:
    assert start("january") == datetime(2027, 1, 1, tzinfo=BER)
    assert start("in january 2020") == datetime(2020, 1, 1, tzinfo=BER)


def test_until_time_and_count_with_time() -> None:
    w = parse_when("every weekday at 8:30 until friday", now=NOW, tz=TZ)
    assert w is not None and w.rrule is not None
    occ = list(rrulestr(w.rrule, dtstart=w.start))
    assert [o.day for o in occ] == [5, 6]
    assert all((o.hour, o.minute) == (8, 30) for o in occ)


def test_ambiguous_hour_uses_next_twelve_hours() -> None:
    assert start("at 5") == datetime(2026, 3, 4, 17, tzinfo=BER)
    assert start("at 11") == datetime(2026, 3, 4, 11, tzinfo=BER)
    assert start("friday at 3") == datetime(2026, 3, 6, 15, tzinfo=BER)


def test_end_of_periods() -> None:
    assert start("end of week") == datetime(2026, 3, 6, tzinfo=BER)
    assert start("end of year") == datetime(2026, 12, 31, tzinfo=BER)
    assert start("cob") == datetime(2026, 3, 4, 17, tzinfo=BER)


def test_offsets_keep_wall_time_across_dst() -> None:
    now = datetime(2026, 3, 28, 9, 0, tzinfo=BER)
    w = parse_when("in 2 days", now=now, tz=TZ)
    assert w is not None and (w.start.hour, w.start.day) == (9, 30)
    assert w.start.utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "¿?!",
        "x" * 5000,
        "9999-99-99",
        "32/13/2020",
        "at 99",
        "2026-02-30",
        "every 0 days",
        "in 99999999 years",
    ],
)
def test_odd_input_never_raises(text: str) -> None:
    search_when(text, now=NOW, tz=TZ)


def test_results_are_always_aware_in_the_users_zone() -> None:
    ny = "America/New_York"
    for w in search_when("tomorrow at 9, then friday 5pm and christmas", now=NOW, tz=ny):
        assert w.start.tzinfo is not None
        assert str(w.start.tzinfo) == ny


_GATE_PHRASES = [
    "tomorrow at 9",
    "by fri 5pm",
    "3 March",
    "March 3rd",
    "03/04",
    "2026-03-03T09:00",
    "day after tomorrow",
    "in 2 hours",
    "a week from friday",
    "2 days ago",
    "9.30",
    "21:30",
    "half past 3",
    "quarter to 5",
    "2-4pm",
    "between 2 and 4pm",
    "mon-fri",
    "every weekday",
    "every other friday",
    "every 3rd friday",
    "1st of every month",
    "last day of every month",
    "every year on march 3",
    "every 2 hours until june 1",
    "every day for 3 times",
    "mañana a las 9",
    "amanhã às 10",
    "demain à 9h",
    "morgen um 9",
    "übermorgen",
    "tous les lundis",
    "jeden montag",
    "christmas eve",
    "thanksgiving 2027",
    "mlk day",
    "eod",
    "end of next month",
    "this weekend",
    "next 3 days",
    "upcoming two weeks",
    "4pm CET",
    "nine fifty nine a m",
    "twenty past three",
    "at 1030",
    "3 in the morning",
    "15h30-18h",
    "July 13-15",
    "from the 13th to the 15th of July",
    "this summer",
    "in a couple of hours",
    "three weeks ago",
    "fri, jul 18",
    "easter in two years",
    "convert nine am cst to est",
]


def test_word_gates_never_change_results(monkeypatch: pytest.MonkeyPatch) -> None:
    from flowhub.nlp import _time_compose

    gated = [search_when(p, now=NOW, tz=TZ) for p in _GATE_PHRASES]
    ungated = tuple((rx, fn, None, None) for rx, fn, _a, _b in _time_compose._gated())
    monkeypatch.setattr(_time_compose, "_gated", lambda: ungated)
    assert [search_when(p, now=NOW, tz=TZ) for p in _GATE_PHRASES] == gated


@pytest.mark.parametrize(
    ("text", "day"),
    [("by EOD tomorrow", 5), ("tomorrow COB", 5), ("end of day friday", 6), ("by eod", 4)],
)
def test_end_of_day_takes_the_day_said_with_it(text: str, day: int) -> None:
    """EOD is 17:00 of the day named beside it, today's when none is."""
    assert start(text) == datetime(2026, 3, day, 17, tzinfo=BER)
