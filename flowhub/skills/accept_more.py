"""What a yes to a task handed over asks for beside it: "sure, accept. ill call villa linde tmrw,
remind me at 9" accepts the task and sets the reminder for tomorrow 09:00, the day said before
the reminder carried into it; "accept the card reader thing. and i'm in berlin now" and "ok i
take it. whats overdue in general?" also set what the next sentence sets, or answer what it asks.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent, parse_when
from flowhub.skills.context import Context

__all__ = ["rest"]

# "…, remind me at 9", "… and pls ping me at 8am": the reminder asked for after the yes.
_REMIND = re.compile(
    r"(?:[,;.!]+\s*|\s+-+\s+|\s+)(?:(?:and|also|then|but|pls|please|plz|just|so)\b[\s,]*)*"
    r"(?P<ask>(?:remind|ping|nudge)\s+me\b.*)$",
    re.I | re.S,
)
# "…. and i'm in berlin now", "…; also whats overdue?": a sentence of its own after the yes.
_NEXT = re.compile(
    r"[.;!?]+\s+(?:(?:and|also|oh|btw|plus|then|ps)\b[\s,]*)*(?P<next>\S.*)$", re.I | re.S
)
# Sentences read alone after a yes: a setting changed or a question; others may be the task's.
_ALONE = ("settings", "query")
_ME = re.compile(r"^(?:remind|ping|nudge)\s+me\s+", re.I)
# What is left of "remind me at 9 pls" without its time: nothing about what.
_BARE = re.compile(r"(?:remind|ping|nudge)\s+me|\b(?:at|on|pls|please|plz|then|again)\b|\W", re.I)


def rest(ctx: Context, text: str, title: str) -> list[Reply]:
    """The answer to the reminder a yes to the task titled `title` asks for beside it; none
    when it asks none. A reminder said only with its time is about that task."""
    m = _REMIND.search(text)
    if m is None or m.start() == 0:
        return _next_sentence(ctx, text)
    ask, head = m["ask"].strip(), text[: m.start()]
    when = parse_when(ask, now=ctx.now, tz=ctx.tz)
    day = parse_when(head, now=ctx.now, tz=ctx.tz)
    if when is not None and when.grain in ("minute", "hour") and day is not None:
        said = head[day.span[0] : day.span[1]]
        if said and parse_when(f"{said} {ask}", now=ctx.now, tz=ctx.tz) is not None:
            ask = _ME.sub(lambda me: f"{me.group(0)}{said} ", ask)  # "remind me tmrw at 9"
    when = parse_when(ask, now=ctx.now, tz=ctx.tz)
    if when is not None and not _BARE.sub("", ask[: when.span[0]] + ask[when.span[1] :]).strip():
        ask = f"{ask.rstrip(' .!')} to {title[:1].lower()}{title[1:]}"
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too

    return said_alone(ctx, ask)


def _next_sentence(ctx: Context, text: str) -> list[Reply]:
    """The answer to a setting or a question said in a sentence after the yes; none else."""
    m = _NEXT.search(text)
    if m is None or classify_intent(m["next"]) not in _ALONE:
        return []
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too

    return said_alone(ctx, m["next"].strip())
