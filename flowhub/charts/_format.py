"""Numbers, days and hours written the way the reader's locale writes them (Babel)."""

from __future__ import annotations

from datetime import date, datetime, time
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_skeleton, format_time, get_time_format
from babel.numbers import format_decimal, format_percent

# FlowHub's locale codes that Babel names otherwise; Hinglish writes dates as English does.
_BABEL = {"pt": "pt_BR", "hi_Latn": "en"}


@cache
def babel_locale(code: str) -> Locale:
    """Babel's locale for a FlowHub locale code; English when Babel does not know it."""
    try:
        return Locale.parse(_BABEL.get(code, code))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def is_rtl(code: str) -> bool:
    """Whether the locale writes right to left (Arabic), so the chart reads from the right."""
    return babel_locale(code).character_order == "right-to-left"


def number(value: float, code: str) -> str:
    """A count or amount in the locale's digits and grouping."""
    return format_decimal(value, locale=babel_locale(code), numbering_system="default")


def percent(share: float, code: str) -> str:
    """A share between 0 and 1 as a whole percent."""
    return format_percent(share, locale=babel_locale(code), numbering_system="default")


def day(value: date, code: str) -> str:
    """A short day and month ('4 Mar', '4. März')."""
    return format_skeleton("MMMd", value, locale=babel_locale(code))


def weekday(value: date, code: str) -> str:
    """A short weekday name ('Wed', 'Mi')."""
    return format_skeleton("E", value, locale=babel_locale(code))


def hour(value: int, code: str) -> str:
    """The start of an hour of the day as the locale writes the hour ('3 PM', '15:00')."""
    locale = babel_locale(code)
    moment = datetime.combine(date(2000, 1, 1), time(value))
    if "h" in get_time_format("short", locale=locale).pattern:
        return format_skeleton("h", moment, locale=locale)
    return format_time(moment, "short", locale=locale)
