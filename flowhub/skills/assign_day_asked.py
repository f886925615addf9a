"""The day a yes to a hand-off asks for, apart from the chat around it: in "phew friday 🙏 ok
taking the insta cutdown, put it on tue 15th" the task goes on Tue 15, the day the instruction
names, never the Friday the relief was about."""

from __future__ import annotations

import re
from datetime import datetime

from flowhub.nlp import parse_when

__all__ = ["asked_day"]

# "put it on", "move it to", "make it", "set it for", "due", "deadline is".
_ASKS = re.compile(
    r"(?<![\w'])(?:(?:put|move|push|pull|shift|make|set|change|schedule|reschedule|bump)\s+"
    r"(?:it|that|this|the\s+(?:date|day|deadline))(?:\s+(?:on|to|for|till|until|as|back\s+to))?"
    r"|(?:due(?:\s+date)?|deadline)(?:\s+(?:is|on|by|=|:))?)\s+",
    re.I,
)


def asked_day(text: str, *, now: datetime, tz: str) -> str | None:
    """The words after the last "put it on …" of `text` when they name a day; else None."""
    found = list(_ASKS.finditer(text))
    if not found:
        return None
    rest = text[found[-1].end() :]
    when = parse_when(rest, now=now, tz=tz)
    if when is None or when.rrule or when.span is None or when.span[0] > 0:
        return None
    return rest
