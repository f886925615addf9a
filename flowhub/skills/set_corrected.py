"""A time just set, corrected in words: "9am i said, not 10" to "I'll remind you Thu 10:00",
"i said 11 not 10", "should be 9 not 10": a time kept and a time denied.

The reminder, card or task just set (or the one the message replies to) goes to the time kept,
as "make it 9" would move it; the time denied is left out. A snooze corrected is
`snooze_corrected`'s, which runs before this.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills import edit, remind_reply
from flowhub.skills.context import Context
from flowhub.skills.snooze_corrected import kept_time

__all__ = ["handle"]

_MAX_WORDS = 12
# "i said 11 not 10": a bare hour is the clock time, as in "make it 11".
_BARE_HOUR = re.compile(r"(?<![\w:.])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?![\w:.])")
# What may stand beside the time kept: "no", "i said", "it should be", "ugh", "pls".
_FILLER = re.compile(
    r"no|nope|nah|i|said|meant|mean|it|it'?s|is|was|should|be|the|at|for|time|actually|sorry"
    r"|oops|ugh|lol|pls|please|wait|not|told|you|u|ya|yeah"
)


def handle(ctx: Context) -> list[Reply] | None:
    """Move what was just set to the time a correction keeps; None when it is no correction."""
    text = ctx.text.strip()
    if "?" in text or len(text.split()) > _MAX_WORDS:
        return None
    kept = kept_time(text)
    if kept is None or kept == text:
        return None  # "7:30 i said" denies no time: the card and edit skills read it
    span = _time_span(ctx, kept)
    if span is None:
        return None
    start, end = span
    beside = re.findall(r"[^\W\d_][\w'’]*", f"{kept[:start]} {kept[end:]}".casefold())
    if not all(_FILLER.fullmatch(word.replace("’", "'")) for word in beside):
        return None  # "not 10 people, 12 and a cake" says more than a time
    said = replace(ctx, text=f"make it {kept[start:end].strip()}", intent="other")
    for skill in (remind_reply.handle, edit.handle):
        replies = skill(said)
        if replies is not None:
            return replies
    return None


def _time_span(ctx: Context, kept: str) -> tuple[int, int] | None:
    """Where the one clock time in `kept` is: a time the parser reads, or a bare hour."""
    when = parse_when(kept, now=ctx.now, tz=ctx.tz)
    if when is not None and when.span is not None:
        if when.rrule or when.grain not in ("minute", "hour"):
            return None
        return when.span
    hours = list(_BARE_HOUR.finditer(kept))
    return hours[0].span() if len(hours) == 1 else None
