"""A time corrected within one message: "tuesday, no wednesday morning", "tomorrow 10am, no make
it 9", "dienstag, nein, mittwoch abend". The last time said wins; a bare hour after the
correction ("no make it 9") keeps the day of the time it corrects."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from flowhub.nlp.types import When

__all__ = ["corrected", "taken_back"]

# Words that take back the time just said, after it: ", no", ", nah, make it", "— wait, rather".
_TAKE_BACK = re.compile(
    r"^\s*[,;.–—-]?\s*(?:no+|nah|nope|wait|sorry|oops|actually|i\s+mean|nein|ne|non|não|nee)\b"
    r"[\s,.!]*(?:(?:no|actually|wait|sorry)\b[\s,.!]*)?"
    r"(?:(?:make|change|move)\s+(?:it|that)(?:\s+to)?|(?:let'?s\s+)?(?:say|do)|rather|better"
    r"|i\s+mean|doch|lieber|plut[oô]t)?\s*",
    re.I,
)
_CLOCK = re.compile(
    r"\b(?:at|um|à)?\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr|o'?clock)?(?!\w)",
    re.I,
)
# "…, no wednesday morning is ok too": how the new time was said to do, not part of the task.
_FINE_TOO = re.compile(
    r"^\s*(?:(?:is|would\s+be|works?|also)?\s*(?:ok(?:ay)?|fine|good|enough)|works?)"
    r"(?:\s+(?:too|as\s+well))?\b",
    re.I,
)
_BARE_HOUR = re.compile(r"^(?:at\s+|um\s+|à\s+)?(\d{1,2})(?:[:.h](\d{2}))?(?!\s*(?:%|\w))")


def corrected(text: str, found: list[When]) -> When | None:
    """The time a later part of `text` puts in place of an earlier one, or None."""
    for i, first in enumerate(found):
        tail = text[first.span[1] :]
        m = _TAKE_BACK.match(tail)
        if m is None or not m.group(0).strip(" ,;.–—-"):
            continue
        at = first.span[1] + m.end()
        later = [w for w in found[i + 1 :] if w.span[0] <= at + 1 and not w.rrule]
        if later:
            return _on_day_of(first, later[0], text)
        bare = _BARE_HOUR.match(text[at:])
        if bare and first.grain in ("hour", "minute") and first.start is not None:
            hour, minute = int(bare.group(1)), int(bare.group(2) or 0)
            if hour > 23 or minute > 59:
                continue
            if first.start.hour >= 12 and hour < 12 and hour + 12 <= 23:
                hour += 12  # "3pm, no actually 4" is 16:00
            start = first.start.replace(hour=hour, minute=minute)
            span = (first.span[0], at + bare.end())
            return replace(first, start=start, end=None, grain="minute", span=span)
    return None


def taken_back(text: str, found: list[When]) -> str | None:
    """`text` with a time taken back left out ("need it tuesday, no wednesday morning" reads
    "need it wednesday morning"); None when no time in it is taken back."""
    for i, first in enumerate(found):
        m = _TAKE_BACK.match(text[first.span[1] :])
        if m is None or not m.group(0).strip(" ,;.–—-"):
            continue
        at = first.span[1] + m.end()
        later = [w for w in found[i + 1 :] if w.span[0] <= at + 1 and not w.rrule]
        if later:
            said = text[slice(*later[0].span)]
            if not any(c.isalpha() for c in _no_clock(said.casefold())):
                day = _CLOCK.sub(" ", text[slice(*first.span)]).strip()
                said = f"{day} {said}".strip()
            rest = _FINE_TOO.sub("", text[later[0].span[1] :])
            return f"{text[: first.span[0]]}{said}{rest}"
        fixed = corrected(text, found[i:])
        if fixed is not None and fixed.span[0] == first.span[0]:
            day = _CLOCK.sub(" ", text[slice(*first.span)]).strip()
            clock = f"{fixed.start.hour:02d}:{fixed.start.minute:02d}"
            return f"{text[: first.span[0]]}{day} at {clock}{text[fixed.span[1] :]}"
    return None


def _on_day_of(first: When, later: When, text: str) -> When:
    """`later`, on `first`'s day when it names only a clock time ("10am, no, 9am")."""
    said = text[slice(*later.span)].casefold()
    if first.start is None or later.start is None or any(c.isalpha() for c in _no_clock(said)):
        return later
    day_shift = (first.start.date() - later.start.date()).days
    return replace(later, start=later.start + timedelta(days=day_shift)) if day_shift else later


def _no_clock(said: str) -> str:
    """What is left of a time once its clock words are gone ("9am" leaves nothing)."""
    words = re.sub(r"\d", " ", said)
    return re.sub(r"\b(?:no|at|um|à|am|pm|a\.m\.|p\.m\.|h|uhr|o'?clock)\b|[:.,\s]", "", words)
