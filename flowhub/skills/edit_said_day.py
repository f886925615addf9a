"""A new day said the way people say it in a hurry, before the edit is read.

"wednesday, no tuesday evening" is Tuesday evening: the day said last, after "no", "sorry" or "I
mean", takes the place of the one before it. "the invoice one pay until the 12th not 15th" names
the card, says its words again and gives the day: it is "the invoice one - until the 12th".
"""

from __future__ import annotations

import re
from datetime import datetime

from flowhub.nlp import parse_when

__all__ = ["changed_mind", "named_then_day"]

# "…, no tuesday evening", "… sorry, thursday", "… or rather the 9th", "… I mean friday".
_MIND = re.compile(
    r",?\s+(?:(?:no+|nope|nah|sorry|wait|actually|or\s+rather|rather|i\s+mean|i\s+meant|make\s+that"
    r"|scratch\s+that)\b[\s,!.:-]*)+",
    re.I,
)
_TAIL = re.compile(r"(?:\s+(?:pls|please|then|instead|thanks|thx|lol))*[\s.!]*$", re.I)
# "the invoice one pay until the 12th": a card named, a few of its words, then the day.
_NAMED = re.compile(
    r"^(?P<t>(?:the|that|this)\s+(?:[\w'’€$-]+\s+){1,4}?(?:one|card|task))\s+"
    r"(?:[^\W\d_][\w'’-]*\s+){1,3}?(?P<v>(?:due\s+)?(?:by|until|till|before|on|for)\s+.+)$",
    re.I,
)
_SHORT = 300
_NOT_TAIL = re.compile(
    r",?\s+(?:not|instead\s+of|rather\s+than)\s+(?:on\s+|the\s+)*[\w:]+(?:\s+[\w:]+){0,2}$", re.I
)


def changed_mind(text: str, *, now: datetime, tz: str) -> str:
    """`text` with a day taken back ("wednesday, no tuesday evening") said only as the new one."""
    if len(text) > _SHORT:
        return text  # a day taken back is a short message; a long one is not re-read per "no"
    for m in _MIND.finditer(text):
        before, after = text[: m.start()], _TAIL.sub("", text[m.end() :])
        new = parse_when(after, now=now, tz=tz) if after else None
        if new is None or new.span != (0, len(after)):
            continue
        old = parse_when(before, now=now, tz=tz)
        if old is None or old.span is None or before[old.span[1] :].strip(" ,"):
            continue
        return f"{before[: old.span[0]]}{after}".strip()
    return text


def named_then_day(text: str, *, now: datetime, tz: str) -> str | None:
    """ "the invoice one pay until the 12th not 15th" as "the invoice one - until the 12th";
    None when the text says no day after a card's name."""
    m = _NAMED.match(text.strip())
    if m is None:
        return None
    value = _NOT_TAIL.sub("", _TAIL.sub("", m["v"]))
    found = parse_when(value, now=now, tz=tz)
    if found is None or found.span is None or value[found.span[1] :].strip():
        return None
    return f"{m['t']} - {value}"
