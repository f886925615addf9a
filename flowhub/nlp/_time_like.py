"""A loose clock hour said right after a part of the day: "after lunch like 2", "this afternoon,
say 3", "in the evening maybe 8" are 14:00, 15:00 and 20:00 of that part."""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.nlp.types import When

__all__ = ["loose_hour"]

_LOOSE = re.compile(
    r"^\s*,?\s*(?:like|say|maybe|about|around|roughly|ish)\s+(\d{1,2})(?:[:.](\d{2}))?(?!\s*\w)",
    re.I,
)


def loose_hour(text: str, part: When) -> When | None:
    """`part` at the hour said loosely after it, read in that part of the day; None otherwise."""
    if any(c.isdigit() for c in text[slice(*part.span)]) or part.start is None:
        return None
    m = _LOOSE.match(text[part.span[1] :])
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    if part.start.hour >= 12 and hour < 12:
        hour += 12  # "after lunch like 2": the afternoon's 2
    start = part.start.replace(hour=hour, minute=minute)
    return replace(
        part, start=start, end=None, grain="minute", span=(part.span[0], part.span[1] + m.end())
    )
