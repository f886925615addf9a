"""A digest hour said in a language's own words ("halb 8", "subah 9 baje", "7:30'da") as "07:30".

A bare hour means the morning one ("halb 8" is 07:30), as a digest is read at the start of the
day; a part of the day said with it ("halb 8 abends", "shaam 6 baje") moves it later.
"""

from __future__ import annotations

from datetime import UTC, datetime

from flowhub.nlp import parse_when

__all__ = ["clock_said"]

# Any day: the first time after its midnight is the morning reading of a bare hour.
_MIDNIGHT = datetime(2026, 1, 7, 0, 0, tzinfo=UTC)
_SLACK = 1  # "um 7:30": a word before the time is still the time


def clock_said(value: str, *, locale: str | None) -> str | None:
    """The "HH:MM" that `value` says in `locale`'s words, or None when it says no clock time."""
    found = parse_when(value, now=_MIDNIGHT, tz="UTC", locale=locale)
    if found is None or found.span is None or found.grain not in ("hour", "minute"):
        return None
    start, end = found.span
    if start > 0 and len(value[:start].split()) + len(value[end:].split()) > _SLACK:
        return None  # said first, the time leaves what follows to be a reason ("… em vez das 8")
    if found.start.date() != _MIDNIGHT.date():  # "morgen um 7" names a day, not a digest hour
        return None
    return f"{found.start.hour:02d}:{found.start.minute:02d}"
