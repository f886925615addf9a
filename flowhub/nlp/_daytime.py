"""Bare clock hours said of work: "by 5" means five in the afternoon, not at dawn."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from flowhub.nlp.types import When

__all__ = ["afternoon", "bare_early_hour", "pm_words"]

# "by 5", "at 4:30", "around 3": an hour from 1 to 6 with no am/pm, "h" or o'clock after it.
_BARE_EARLY = re.compile(
    r"(?<![\w:.])(?P<lead>(?:by|at|@|around|until|till|til|before)\s+)(?P<h>[1-6])(?P<m>[:.][0-5]\d)?"
    r"(?!\s*(?:am|pm|a\.m|p\.m|h\b|o'?clock|in the morning|tonight|\d|[:.]\d))",
    re.I,
)
_ALONE = re.compile(r"\s*(?P<lead>)(?P<h>[1-6])(?P<m>[:.][0-5]\d)?\s*")


def _bare(words: str) -> re.Match[str] | None:
    return _ALONE.fullmatch(words) or _BARE_EARLY.search(words)


def bare_early_hour(words: str) -> int | None:
    """The hour (1-6) of a bare clock time in `words` ("by 5"), or None."""
    m = _bare(words)
    return int(m["h"]) if m else None


def pm_words(words: str) -> str:
    """`words` with a bare early hour said as the afternoon's: "by 5" -> "by 5pm"."""
    m = _bare(words)
    if m is None:
        return words
    end = m.end("m") if m["m"] else m.end("h")
    return f"{words[:end]}pm{words[end:]}"


def afternoon(when: When, words: str) -> When:
    """`when` moved to the afternoon when `words` say a bare hour 1-6 it read as early morning.

    Work is not due at dawn: "by 5" said in the evening is 17:00 the next day, not 05:00.
    """
    hour = bare_early_hour(words)
    if when.rrule or when.grain not in ("hour", "minute") or hour is None:
        return when
    if when.start.hour != hour:
        return when
    end = when.end + timedelta(hours=12) if when.end is not None else None
    return replace(when, start=when.start + timedelta(hours=12), end=end)
