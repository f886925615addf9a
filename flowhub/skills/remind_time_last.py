"""A remark, then a time, said to a reminder that just went off: "ugh too late for that now,
tomorrow morning 9ish", "bank's closed on sundays duh 🙃 monday 10am pls".

The last piece of the message is only a time to come (with "pls", "then", "instead" around
it), so the reminder is put off to it; what comes before says why. A piece with words of its
own ("call the dentist tomorrow 9am") is a new task, and is left to capture.
"""

from __future__ import annotations

import re

from flowhub.nlp import When, parse_when
from flowhub.skills import remind_clock
from flowhub.skills.context import Context
from flowhub.storage import Reminder

__all__ = ["time_at_end"]

_PIECES = re.compile(
    r"[,.;:!?…()\n]+|\s[-–—]+\s|[\U0001f000-\U0001faff\u2600-\u27bf\u2300-\u23ff\ufe0f\u200d]+"
)
_AROUND = frozenset(
    {"pls", "please", "plz", "then", "instead", "ok", "okay", "maybe", "lol", "at", "around"}
    | {"by", "on", "ish", "or", "so", "i", "guess", "probably", "let's", "lets", "make", "it"}
    | {"do", "try", "again"}
)
_LOOSE_HOUR = re.compile(r"^\d{1,2}(?::\d{2})?(?:ish|am|pm|h)?$", re.I)
_MOST_WORDS = 7


def time_at_end(ctx: Context, reminder: Reminder) -> When | None:
    """The time the message ends on, when its last piece is only that time; else None."""
    pieces = [p.strip() for p in _PIECES.split(ctx.text) if p and p.strip()]
    if len(pieces) < 2:
        return None
    last = pieces[-1]
    if len(last.split()) > _MOST_WORDS:
        return None
    when = parse_when(last, now=ctx.now, tz=remind_clock.heard_in(ctx, reminder))
    if when is None or when.rrule or when.start <= ctx.now:
        return None
    start, end = when.span
    rest = (last[:start] + " " + last[end:]).casefold().split()
    if any(w not in _AROUND and not _LOOSE_HOUR.match(w) for w in rest):
        return None
    return when
