"""The rule registry, the regex pieces and the helpers every family of time rules shares."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from flowhub.nlp._time_atoms import Atom
from flowhub.nlp._time_lexicon import (
    MONTHS,
    NUM_WORD,
    ORD_WORD,
    WEEKDAYS,
    alt,
)


@dataclass(slots=True)
class Ctx:
    """The clock and reading conventions one parse runs with."""

    now: datetime  # aware, in the user's zone
    tz: tzinfo
    dayfirst: bool

    @property
    def today(self) -> date:
        """The user's local date."""
        return self.now.date()


Handler = Callable[[re.Match[str], Ctx], Atom | None]
RULES: list[tuple[re.Pattern[str], Handler]] = []


def rule(pattern: str) -> Callable[[Handler], Handler]:
    """Register `pattern` (verbose regex on folded text) with its handler."""

    def deco(fn: Handler) -> Handler:
        RULES.append((re.compile(pattern), fn))
        return fn

    return deco


# Word start; a number's tail ("0" of "2.4.0", "1" of "v3.1") is no word of its own.
B = r"(?<![\w'])(?<!\d\.)"
E = r"(?![\w])"  # word end
MONTH = alt(MONTHS)
WEEKDAY = alt(WEEKDAYS)
AMPM = r"(?:(?P<ap>[ap])\.?\s?m\b\.?|(?P<ap1>[ap])\b\.?)"
HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
NUM = rf"(?:\d{{1,3}}|{NUM_WORD})"
DAYNUM = rf"(?:\d{{1,2}}(?:st|nd|rd|th|o|º|er|\.)?|{ORD_WORD})"
YEAR_TAIL = r"(?:\s*,?\s*(?:of\s+|de\s+|del\s+|em\s+)?(?P<y>(?:19|20)\d{2}|'\d{2}))?"
PRE = (
    r"(?:at|@|by|until|till|til|from|around|about|approx(?:imately)?|before|after|since|"
    r"a\s+las|a\s+la|as|a|um|ab|bis|vers|des|des\s+las|hacia\s+las|para\s+las|gegen)"
)


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    raw = raw.strip("'")
    y = int(raw)
    return y + (2000 if y < 50 else 1900) if len(raw) == 2 else y


def _ampm(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    ap = g.get("ap") or g.get("ap1")
    return f"{ap}m" if ap else None


def _safe_date(y: int, mo: int, d: int) -> date | None:
    if not (1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]):
        return None
    return date(y, mo, d)


def _next_date(ctx: Ctx, mo: int, d: int, year: int | None) -> date | None:
    """The date month/day in `year`, or the next one on or after today."""
    if year is not None:
        return _safe_date(year, mo, d)
    for y in range(ctx.today.year, ctx.today.year + 8):
        got = _safe_date(y, mo, d)
        if got and got >= ctx.today:
            return got
    return None


def _day(m: re.Match[str], kind_day: date | None, **kw: object) -> Atom | None:
    if kind_day is None:
        return None
    return Atom(m.start(), m.end(), "day", day=kind_day, **kw)  # type: ignore[arg-type]


def _time(
    m: re.Match[str],
    hour: int,
    minute: int,
    ampm: str | None,
    explicit: bool,
    grain: str = "minute",
    start: int | None = None,
) -> Atom | None:
    if ampm and not 1 <= hour <= 12 and not (hour == 0 and ampm == "am"):
        return None
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    return Atom(
        m.start() if start is None else start,
        m.end(),
        "time",
        hour=hour,
        minute=minute,
        ampm=ampm,
        explicit=explicit or ampm is not None or hour > 12 or hour == 0,
        grain=grain,
    )
