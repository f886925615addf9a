"""A yes to a task handed over that sets its terms: "ok i'll take it but it's 11am MY time not
5pm", "accepted. will do it monday once i'm back, keep it due monday". The task is accepted and
moved to the time said, and both sides hear the answer with the new time in one line each.

A day said only as when it gets done ("sure, I'll pay it tonight") sets no terms: the clause has
to say it changes the time ("due", "make it", "not 5pm", "my time", "instead", "only", …).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills.card_zone_said import clock_zone
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import apply_all
from flowhub.skills.edit_words import Change
from flowhub.storage import Task

__all__ = ["accept", "terms"]

# Where the yes ends and the terms begin: a stop, a comma, a dash, or "but".
_CUT = re.compile(r"\s*(?:[.!;]+\s*|,\s*|\s[-–—]+\s|\s+(?=(?:but|only)\s))", re.I)
_LEAD = re.compile(r"^(?:(?:but|only|and|so|just|though)\b[\s,]*)+", re.I)
# Words that make a time said with a yes a change of the due time, not only when it gets done.
_CUE = re.compile(
    r"\b(?:due|deadline|make\s+it|move\s+it|push\s+it|shift\s+it|change\s+it|put\s+it|set\s+it"
    r"|instead|though|rather|should\s+be|has\s+to\s+be|only|it'?s|its|it\s+is|not)\b"
    r"|\b(?:my|your|his|her|their|[a-z]+'s)\s+(?:local\s+)?time\b|\b[a-z]+\s+time\b(?=\W*$)",
    re.I,
)


def terms(ctx: Context, text: str, *, accepts: Callable[[str], bool]) -> list[Change]:
    """The due change a yes sets as its terms, when its first clause accepts; else none."""
    said = text.strip()
    cuts = [m for m in _CUT.finditer(said) if m.start() > 0]
    # The yes may take several pieces: "sure, accepted - only 9am my time though".
    head = next((m for m in cuts if accepts(said[: m.start()])), None)
    if head is None:
        return []
    for clause in _CUT.split(said[head.end() :]):
        bare = _LEAD.sub("", clause.strip()).strip()
        if not _CUE.search(bare):
            continue
        when = parse_when(bare, now=ctx.now, tz=ctx.tz)
        if when is None or when.rrule or when.span is None:
            continue
        return [Change(target="it", when=bare[when.span[0] : when.span[1]])]
    return []


def accept(ctx: Context, task: Task, changes: list[Change]) -> list[Reply] | None:
    """Move `task` as its terms say, then accept it; None when the terms can't be applied."""
    from flowhub.skills import assign  # assign reaches back into the skills importing this one
    from flowhub.skills.edit_saved import snapshot, store_edit

    item, tz = clock_zone(ctx, task, changes)  # "11am MY time": the speaker's clock
    fields, problem = apply_all(item, changes, now=ctx.now, tz=tz, me=ctx.person.display_name)
    if problem is not None or not fields:
        return None
    before = snapshot(task)
    store_edit(ctx, task, fields)  # what it would say, the answer says with the new time
    replies = assign.answer(ctx, task, accepted=True)
    ctx.thread.remember_undo({"verb": "edit", "tasks": [before]}, now=ctx.now)
    return replies
