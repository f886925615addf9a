"""A day said to a reminder, then the hour on it further on: "do it tomorrow morning before the
tech comes, like 11" is tomorrow at 11:00, never the morning's default 09:00.

The hour comes loose ("like 11", "around 10:30", "~11", "11ish", "at 11am") after the day
words; the two are put together as one time the snooze reads ("tomorrow morning at 11").
"""

from __future__ import annotations

import re

__all__ = ["day_at_hour"]

_HOUR = re.compile(
    r"(?<![\w'])(?:(?:like|around|about|abt|at|say|maybe|by)\s+|~\s*)"
    r"(?P<hour>\d{1,2}(?::\d\d)?(?:\s*(?:am|pm))?)(?:\s*ish)?(?![\w':])"
    r"|(?<![\w'])(?P<ish>\d{1,2}(?::\d\d)?)\s*ish(?![\w'])",
    re.I,
)


def day_at_hour(day: str, after: str) -> str | None:
    """ "tomorrow morning at 11" for `day` with a loose hour in the words `after` it; else None."""
    m = _HOUR.search(after)
    if m is None or any(c.isdigit() for c in day):
        return None
    hour = m["hour"] or m["ish"]
    return f"{day} at {hour.replace(' ', '')}"
