"""Taking a declined task back in words, right after hearing of the decline: "fine ill grab it
myself, sat morning", "ok i'll do it myself then, friday", "fine, mine then - tomorrow 8am".

The task is the sender's own one declined most recently, while that news is newer than any card
of theirs waiting here; it becomes theirs again as the "I'll do it" button makes it, and a day or
time said with it moves it there.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills import declined
from flowhub.skills.context import Context
from flowhub.skills.declined_said import just_declined
from flowhub.skills.edit_saved import edit_task
from flowhub.skills.edit_words import Change

__all__ = ["handle"]

_MOST_WORDS = 16
_MINE = re.compile(
    r"\b(?:my\s*self|mine\s+(?:then|now|after\s+all)|it'?s\s+mine|i'?ll\s+keep\s+it)\b"
    r"|^\W*(?:(?:fine|ok(?:ay)?|ugh|right|alright)\W+)*mine\b"
    r"|\bi(?:'?ll|\s+will)\s+(?:just\s+)?(?:do|take|handle|grab|get|sort|deal\s+with)\s+(?:it|that"
    r"|this)(?:\s+(?:then|instead))?\b",
    re.I,
)
_NOT = re.compile(r"\b(?:not|never|can'?t|cannot|won'?t)\b|n't\b", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Take the task just declined back, at the day said with it; None for other messages."""
    text = " ".join(ctx.text.split())
    if ctx.event.forwarded or "?" in text or len(text.split()) > _MOST_WORDS:
        return None
    if not _MINE.search(text) or _NOT.search(text):
        return None
    task = just_declined(ctx, quiet=False)
    if task is None:
        return None
    replies = declined.take_back(ctx, str(task.id))
    found = parse_when(text, now=ctx.now, tz=ctx.tz, locale=ctx.person.locale)
    if found is None or found.span is None or task.status != "open":
        return replies
    when = text[found.span[0] : found.span[1]]
    return replies + edit_task(ctx, [task], [Change(target="it", when=when)], "it")
