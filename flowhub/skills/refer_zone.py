"""A saved task's new time said with the zone it is on: "plumber call monday 10:00 eastern time
please", "no 10am MY time, i'm in new york", "move it to 9am berlin time". The zone words are
taken out, the rest is read as an edit, and `card_zone_said` reads the time on that zone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills import remind_clock
from flowhub.skills.context import Context
from flowhub.skills.edit_saved import edit_task
from flowhub.skills.edit_words import Change
from flowhub.skills.refer import PRONOUNS, last_target, tasks_named, tokens

_CUT = re.compile(r"\s*[,;.!]+\s+|\s+[-–—]\s+")
_REMIND = re.compile(r"\bremind|\bping\s+me\b|\bnudge\s+me\b", re.I)
_FILL = re.compile(
    r"^(?:(?:no|nope|so|ok(?:ay)?|and|also|actually|pls|please|can\s+you|could\s+you|move|push|put"
    r"|set|make|change|it|that|this)\s+)+"
    r"|\s+(?:to|for|at|on)\s*$",
    re.I,
)
_ENDS = re.compile(r"^[\s,.!]*(?:(?:please|pls|thanks|thx|ty|instead|then)[\s,.!]*)*$", re.I)
# Why the speaker names their zone: "i'm in new york", "i'm on eastern time", "lol".
_WHY = re.compile(
    r"^(?:i'?m|i\s+am|we'?re|we\s+are|i\s+live|i'?m\s+based|based)\s+(?:in|on|at)\b.*$"
    r"|^(?:lol|haha\w*|thanks?|thx|pls|please|ty)$",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """A change of a saved task's time said with a zone, made in that zone; None otherwise."""
    if ctx.event.forwarded or _REMIND.search(ctx.text):
        return None
    target = last_target(ctx)
    if target is not None and target[0] == "reminder":
        return None  # a reminder's time and zone are read by its own skill
    clauses = [c.strip(" ,.!") for c in _CUT.split(ctx.text) if c.strip(" ,.!")]
    said = [remind_clock.read(ctx, c) for c in clauses]
    if not any(s.named for s in said):
        return None
    kept = [s.text for s in said if s.text and not _WHY.match(s.text)]
    if not kept or len(kept) > 2:
        return None
    rest = ", ".join(kept)
    if parse_when(rest, now=ctx.now, tz=ctx.tz) is None:
        return None
    from flowhub.skills import edit  # edit reaches back into the skills importing this one

    edited = edit.handle(replace(ctx, text=rest, intent="edit"))
    return edited if edited is not None else _named_move(ctx, rest)


def _named_move(ctx: Context, text: str) -> list[Reply] | None:
    """ "plumber call monday 10:00": a saved task's words, then its new time."""
    found = parse_when(text, now=ctx.now, tz=ctx.tz)
    if found is None or found.span is None or not _ENDS.match(text[found.span[1] :]):
        return None
    named = _FILL.sub("", text[: found.span[0]]).strip(" ,")
    said = tokens(named)
    if not said and named.casefold() not in PRONOUNS:
        return None
    whole = [t for t in tasks_named(ctx, named or "it") if said <= tokens(t.title)]
    if len(whole) != 1:
        return None
    when = text[found.span[0] : found.span[1]]
    return edit_task(ctx, whole, [Change(target="it", when=when)], named)
