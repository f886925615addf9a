"""Done news with what came of it at a time: "rang the oven guy early, he's coming thursday at 2"
ticks off "Call the oven repair guy" and offers a card for the visit on Thursday at 14:00, rather
than moving the call to Thursday.

The news is read as `done_meaning` reads it, on the sender's own open tasks; the visit is a card
of its own, titled with who comes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills import capture, done_meaning
from flowhub.skills.context import Context
from flowhub.skills.done_pool import sender_open

__all__ = ["handle"]

_WORDS = 30
# "rang the oven guy early, he's coming thursday at 2": the news, then what comes of it.
_SPLIT = re.compile(r"\s*(?:[,;.!]+|\s[-–—]+)\s*(?:(?:and|so|now)\s+)?|\s+(?:and|so)\s+", re.I)
_THEN = re.compile(
    r"^(?:(?:and|so|now)\s+)?(?P<who>he|she|they|it)\s*(?:'s|’s|'re|’re|is|are|'ll|’ll|will"
    r"|can)?\s*(?:be\s+)?(?P<what>(?:coming|come|arriving|arrive|dropping|drop|delivering"
    r"|deliver|visiting|visit|stopping|stop|here|over|round|booked|scheduled|due|starting|start)"
    r"\b.*)$",
    re.I,
)
# The verb of the news ("rang"), then who it was about, up to the words that only say when.
_NEWS = re.compile(
    r"^(?:(?:just|finally|already|ok|so)\s+)*(?:i\s+)?(?P<verb>[a-z]+ed|rang|spoke|got|sent"
    r"|paid|bought|told|met|caught)\s+(?P<who>.+?)"
    r"(?:\s+(?:early|already|just\s+now|this\s+morning|earlier|today|back|finally))*$",
    re.I,
)

# What the card calls what comes: "he's coming" is a visit, "they're delivering" a delivery.
_NOUN = {
    "delivering": "delivery",
    "deliver": "delivery",
    "dropping": "drop-off",
    "drop": "drop-off",
    "starting": "start",
    "start": "start",
}


def handle(ctx: Context) -> list[Reply] | None:
    """Tick off the task the news names and make a card for what comes of it; None otherwise."""
    text = ctx.text.strip()
    if not text or len(text.split()) > _WORDS or text.endswith("?"):
        return None
    parts = [p for p in _SPLIT.split(text) if p]
    if len(parts) != 2:
        return None
    news, then = parts
    said = _NEWS.match(news)
    follow = _THEN.match(then)
    if said is None or follow is None:
        return None
    when = parse_when(then, now=ctx.now, tz=ctx.tz)
    if when is None or when.rrule or when.start <= ctx.now:
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    task = done_meaning.news_task(news, sender_open(ctx))
    ticked = done_meaning.tick(ctx, task) if task is not None else None
    if not ticked:
        return None
    who = re.sub(r"^(?:the|a|an|our|my)\s+", "", said["who"].strip(), flags=re.I)
    verb, _, rest = follow["what"].partition(" ")
    visit = f"{who} {_NOUN.get(verb.casefold(), 'visit')} {rest}"
    card = capture.handle(replace(ctx, text=visit, intent="capture")) or []
    return [*ticked, *card]
