"""News that the sender has the thing a fetching task of theirs was for: "got the cake boxes btw"
for "Pick up cake boxes", "grabbed the tile samples" for "Collect the tile samples". The verb
said need not be the title's own, since getting the thing is the whole job."""

from __future__ import annotations

import re

from flowhub.skills import refer_words
from flowhub.skills.refer import match_titles
from flowhub.storage import Task

__all__ = ["fetched"]

# Tasks whose whole job is to come back with a thing.
_FETCH_TITLE = re.compile(
    r"^(?:pick\s+up|get|grab|collect|fetch|buy|bring|pick)\b(?:\s+up)?\s+(?P<what>.+)$", re.I
)
# "got the cake boxes btw", "ok grabbed the samples", "I've got the boxes now", "picked them up".
_HAVE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|oh|and|also|btw|fyi|update)\W+)*(?:i\s+|i'?ve\s+|we\s+|we'?ve\s+)?"
    r"(?:just\s+|finally\s+|already\s+)?(?:got|grabbed|collected|fetched|bought|picked\s+up"
    r"|have)\s+(?P<what>.+?)(?:\s+(?:btw|now|already|earlier|today|this\s+morning|just\s+now"
    r"|finally|fyi))*\W*$",
    re.I,
)
_MAX_WORDS = 10


def fetched(text: str, mine: list[Task]) -> Task | None:
    """The one fetching task of `mine` that `text` says the sender now has, or None."""
    if len(text.split()) > _MAX_WORDS or "?" in text or refer_words.NOT_NEWS.search(text):
        return None
    m = _HAVE.match(text.strip())
    if m is None:
        return None
    pool = [t for t in mine if _FETCH_TITLE.match(t.title)]
    named = match_titles(m["what"], pool)
    return named[0] if len(named) == 1 else None
