"""Join a day said in one place with a clock time said in another ("every month ..., at 9am")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from flowhub.nlp._time_negated import ruled_out_span
from flowhub.nlp._time_translate import translate
from flowhub.nlp.recurrence import next_occurrences
from flowhub.nlp.types import When

__all__ = ["at_time_of", "clock_only", "meal_kept"]

_MEALS = frozenset(("lunch", "dinner", "breakfast", "brunch", "supper"))
# Words that open the rest of a title after a meal: "lunch with Sara", "lunch met Sara".
_WITH = re.compile(r"(?:with|w/|met|mit|avec|con|com|dengan|bersama|с|со|مع)(?!\w)", re.I)

_PART_OF_DAY = r"(?:in\s+the\s+)?(?:morning|afternoon|evening)"
_CLOCK_ONLY = re.compile(
    r"^\s*(?:" + _PART_OF_DAY + r"\s+)?(?:(?:at|@|by|around|before|till|until|from|for)\s+)*"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h)?|\d{1,2}h\d{2}|noon|midday|midnight"
    # a part of day said after the task: "каждую вторую субботу платить за аренду, утром"
    r"|" + _PART_OF_DAY + r")\s*$",
    re.I,
)

_HOUR = re.compile(r"^\s*(?:[a-z@]+\s+)?(\d{1,2})\b", re.I)
_MERIDIEM = re.compile(r"\d\s*(?:am|pm|a\.m\.|p\.m\.)", re.I)
_MINUTES = re.compile(r"\d[:.h]\d{2}|\b0\d")  # "5:30", "05": a clock written out in full


def clock_only(words: str) -> bool:
    """Whether a date expression names only a clock time ("at 9am", "by noon", "12:30")."""
    return bool(words) and _CLOCK_ONLY.match(words) is not None


def at_time_of(day: When, clock: When, words: str = "") -> When:
    """`day` (a day, maybe repeating) at the clock time of `clock`; `day` as is for wider grains.

    `words` are the clock's own words: "at 8:30" read on its own after 08:30 means 20:30 today,
    but said of another day it is the 8:30 of the morning.
    """
    if day.grain != "day":
        return day
    hour = clock.start.hour
    said = _HOUR.match(words)
    bare = said is not None and not _MERIDIEM.search(words) and not _MINUTES.search(words)
    if said and not _MERIDIEM.search(words) and 7 <= int(said.group(1)) == hour - 12:
        hour -= 12
    elif bare and said and 1 <= int(said.group(1)) == hour <= 6:
        hour += 12  # "friday ... at 5": with a day, hours 1-6 are the afternoon's
    start = day.start.replace(hour=hour, minute=clock.start.minute, second=0)
    if day.rrule and hour == clock.start.hour and start < clock.start:
        # The clock alone is its next time to come, so its earlier twin on the rule's first day
        # has gone ("cada viernes ... a las 8 de la noche" said on a Friday night): the next one.
        after = clock.start - timedelta(minutes=1)
        later = next_occurrences(day.rrule, start=start, tz=str(start.tzinfo), after=after, count=1)
        start = later[0] if later else start
    return replace(day, start=start, end=None, grain=clock.grain)


def meal_kept(text: str, span: tuple[int, int]) -> int:
    """Where a date's words end in `text`, a meal that is the task itself left to the title.

    "friday lunch with Sara": the lunch is the task (still at 12:00 on Friday), so the date's
    words end before it; "friday lunch call mom" is a call at lunchtime.
    """
    start, end = span
    said = text[start:end].split()
    rest = text[end:].strip()
    if rest and not _WITH.match(rest):
        return end
    for n in (1, 2):
        meal = " ".join(said[-n:])
        if len(said) > n and translate(meal).text.lower() in _MEALS:
            return text.rindex(said[-n], start, end)
    return end


def without_ruled_out(text: str, found: list[When]) -> tuple[str, list[When]]:
    """ "gece yarısı değil, sabah 9da": the times ruled out leave `found`, and their words are
    blanked in `text` (same length, so spans stay true); all of them stay if none is left."""
    kept = [w for w in found if ruled_out_span(text, w.span) is None]
    if not kept or len(kept) == len(found):
        return text, found
    for w in found:
        if (cut := ruled_out_span(text, w.span)) is not None:
            text = text[: cut[0]] + " " * (cut[1] - cut[0]) + text[cut[1] :]
    return text, kept
