"""A saved task named first, then what to do about it: "for the site visit, ping me monday
around 7pm so I don't forget the tape measure", "re the kitchen quotes: make it friday".

The reminder is set for that task and the edit made to it; a named task that matches nothing
leaves the message to the other readers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent
from flowhub.skills import remind
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import read_all
from flowhub.skills.edit_saved import edit_task
from flowhub.skills.refer import PRONOUNS
from flowhub.storage import Task

_FOR = re.compile(
    r"^(?:(?:and|also|oh)\s+)?(?:for|about|re|regarding|as for)\s+(?P<t>[^,:;]{2,60}?)\s*[,:;]"
    r"\s*(?P<rest>.+)$",
    re.I,
)
_REMIND = re.compile(
    r"^(?:pls\s+|please\s+|can you\s+|could you\s+)?(?:remind|ping|nudge|alert)\b", re.I
)
# "so I don't forget the tape measure": why the reminder is wanted, not what it is about.
_PURPOSE = re.compile(
    r"\s*,?\s*(?:so(?:\s+that)?\s+i\s+(?:don'?t|do\s+not|won'?t)\s+forget|so\s+i\s+remember)\b.*$",
    re.I,
)
_SUBJECT = re.compile(r"\b(?:about|to|that|of)\s+\w", re.I)


def handle(ctx: Context, found: list[Task]) -> list[Reply] | None:
    """The reminder or edit asked for the task `found` holds; None when the rest is neither."""
    said = _FOR.match(ctx.text.strip())
    if said is None or len(found) != 1:
        return None
    rest = said["rest"].strip()
    if _REMIND.match(rest):
        bare = _PURPOSE.sub("", rest).strip(" ,.!")
        if _SUBJECT.search(bare) is None:
            bare = f"{bare} about {said['t'].strip()}"
        return remind.handle(replace(ctx, text=bare, intent=classify_intent(bare)))
    changes, unread = read_all(rest, now=ctx.now, tz=ctx.tz)
    if not changes or unread is not None:
        return None
    if any(c.target.strip().casefold() not in PRONOUNS or c.save or c.noop for c in changes):
        return None
    return edit_task(ctx, found, changes, "it")


def named(text: str) -> str | None:
    """The task phrase a "for X, …" message opens with, if it opens so."""
    said = _FOR.match(text.strip())
    return said["t"].strip() if said is not None else None
