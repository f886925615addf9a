"""A reminder that just went off, put off in the words of a move: "push this 2 hours", "do it
tomorrow morning", "put it off till 5pm", "weber's away today, do this one tmrw morning instead".

Said right after the firing (or as a reply to it), "it" and "this" are the reminder, never an
older task; a move with no time in it ("move it to the shared drive") is left to other skills.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills import put_off_hour, remind, remind_words
from flowhub.skills.context import Context
from flowhub.skills.remind_reply_amount import read_amount

_IT = r"(?:it|this|that)(?:\s+one)?"
_PUT_OFF = re.compile(
    rf"(?<![\w'])(?:(?:push|bump|shift|move|postpone|delay|defer|reschedule|do|put)\s+{_IT}"
    r"(?:\s+(?:back|out|off|on|forward|along))?|put\s+off|push\s+back|postpone|delay)(?![\w'])",
    re.I,
)
_LATER = re.compile(r"^\W*(?:(?:till|until|to|for)\s+)?(?:later|a\s+bit)\b", re.I)
_BEFORE = re.compile(r"(?<![\w'])(?:earlier|sooner|forward|up)(?![\w'])", re.I)
# "move it to 20h", "push it till 9h": a clock time after these, never hours from now.
_BARE_HOUR = re.compile(r"(?:to|at|till|until|til)?\s*\d{1,2}\s*h", re.I)
_TO_CLOCK = re.compile(r"(?<![\w'])(?:to|at|till|until|til)\s*$", re.I)


def snooze(ctx: Context, occurrence_arg: str) -> list[Reply] | None:
    """Snooze the firing `occurrence_arg` to the time a move in words says; None otherwise."""
    m = _PUT_OFF.search(ctx.text)
    if m is None or _BEFORE.search(ctx.text[m.start() :]):
        return None
    amount = _amount(ctx, ctx.text[m.end() :])
    if amount is None:
        return None
    return remind.snooze_button(ctx, f"{occurrence_arg}:{amount}")


def _amount(ctx: Context, rest: str) -> str | None:
    """How long or till when, as the snooze button reads it: "2 hours", "tomorrow morning"."""
    if amount := read_amount(rest):
        return f"{int(amount[0].total_seconds() // 60)} min"  # "half an hour", "yarım saat"
    m = remind_words.SNOOZE_SPAN.search(rest)
    if m is not None and not _TO_CLOCK.search(rest[: m.start()]):
        n = "1" if m["n"].casefold() == "another" else m["n"]
        return f"{n} {m['unit']}"
    if m := remind_words.SNOOZE_WHEN.search(rest):
        when = m["when"].casefold().replace("tmrw", "tomorrow")
        if when == "lunch":
            return remind_words.LUNCH
        return put_off_hour.day_at_hour(when, rest[m.end() :]) or when
    said = parse_when(rest, now=ctx.now, tz=ctx.tz)
    if said is not None and said.span is not None and not said.rrule and said.start > ctx.now:
        words = rest[said.span[0] : said.span[1]]
        # "20h" would read back as twenty hours: the clock time is said the way it reads back.
        return said.start.strftime("%H:%M") if _BARE_HOUR.fullmatch(words.strip()) else words
    return remind_words.LATER if _LATER.match(rest) else None
