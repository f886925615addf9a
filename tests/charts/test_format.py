"""Dates, hours and numbers on the charts follow the reader's locale (Babel's data)."""

from __future__ import annotations

from datetime import date

import pytest

from flowhub.charts._format import day, hour, is_rtl, number, percent, weekday

WEDNESDAY = date(2026, 3, 4)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en", "Mar 4"),
        ("de", "4. März"),
        ("ru", "4 мар."),
        ("hi", "4 मार्च"),
        ("ar", "4 مارس"),
        ("pt", "4 de mar."),
        ("hi_Latn", "Mar 4"),
        ("xx", "Mar 4"),
    ],
)
def test_days_are_written_as_the_locale_writes_them(locale: str, expected: str) -> None:
    assert day(WEDNESDAY, locale) == expected


def test_weekdays_and_hours_follow_the_locale_clock() -> None:
    assert [weekday(WEDNESDAY, code) for code in ("en", "de", "ru")] == ["Wed", "Mi", "ср"]
    assert hour(15, "en") == "3 PM"
    assert hour(0, "en") == "12 AM"
    assert hour(15, "de") == "15:00"
    assert hour(15, "id") == "15.00"
    assert hour(9, "ar") == "9\u202fص"


def test_numbers_and_shares_use_the_locale_grouping() -> None:
    assert number(1234, "en") == "1,234"
    assert number(1234, "de") == "1.234"
    assert number(1234, "ru") == "1\xa0234"
    assert percent(0.75, "en") == "75%"
    assert percent(0.75, "de") == "75\xa0%"


def test_arabic_reads_right_to_left() -> None:
    assert is_rtl("ar")
    assert not any(is_rtl(code) for code in ("en", "hi", "ru", "hi_Latn"))
