"""A reminder asked for after a piece of news: "van's booked in for mon 10am. remind me sunday
8pm to clear it out before" is a reminder "Clear out the van" on Sunday at 20:00, and the news
(an appointment, not a task) makes nothing.

"it" in the reminder is what the news was about; "before" at the end points back at the news.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills import remind
from flowhub.skills.context import Context

__all__ = ["handle"]

_SENTENCES = re.compile(r"(?<=[.!;])\s+")
_ASK = re.compile(r"^(?:(?:so|and|pls|please|can\s+you|could\s+you)\s+)*remind\s+(?:me|us)\b", re.I)
# The news is about its subject: "van's booked in", "the cake is ready", "our van was cleaned".
_SUBJECT = re.compile(
    r"^\W*(?P<det>(?:the|my|our|his|her|their)\s+)?(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"(?:'s|’s|\s+is|\s+are|\s+was|\s+were|\s+has\s+been|\s+got)\s+",
    re.I,
)
_NOT_THINGS = frozenset(["i", "it", "that", "this", "there", "he", "she", "they", "we", "you"])
# "clear it out" -> "clear out the van", "check it" -> "check the van".
_IT_PARTICLE = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?:it|them)\s+(?P<p>out|up|off|over|down|in)\b", re.I
)
_IT = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:it|them)\b", re.I)
_BEFORE = re.compile(r"\s+(?:before(?:hand)?|first|ahead)\s*[.!]*\s*$", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """The reminder asked for after a sentence of news about a thing; None otherwise."""
    parts = _SENTENCES.split(ctx.text.strip())
    if len(parts) != 2 or not _ASK.match(parts[1]) or _ASK.match(parts[0]):
        return None
    subject = _SUBJECT.match(parts[0])
    if subject is None or subject["what"].casefold() in _NOT_THINGS:
        return None
    news = ctx.extract(parts[0], now=ctx.now, tz=ctx.tz, sender=ctx.person.display_name)
    if news:
        return None  # "the van is dirty, someone clean it. remind me …" asks for a task too
    thing = f"{(subject['det'] or 'the ').casefold()}{subject['what']}"
    asked = _BEFORE.sub("", parts[1].strip())
    named = _IT_PARTICLE.sub(lambda m: f"{m['verb']} {m['p']} {thing}", asked, count=1)
    if named == asked:
        named = _IT.sub(lambda m: f"{m['verb']} {thing}", asked, count=1)
    return remind.handle(replace(ctx, text=named, intent="remind"))
