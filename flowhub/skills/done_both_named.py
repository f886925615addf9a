"""Tasks named together in one piece of news, then "tick both": "ordered flour and butter
already, tick both" ticks "Order flour" and "Order butter"; "paid the gas and the water bill,
mark them all done" ticks each bill named. One "undo" takes back all of them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills import done
from flowhub.skills.context import Context
from flowhub.skills.done_pool import sender_open
from flowhub.skills.refer import match_titles
from flowhub.storage import Task, id_of

__all__ = ["handle"]

_TICK_ALL = re.compile(
    r"^(?P<news>.+?)[\s,.;!—–-]+(?:(?:so|pls|please|plz|just|now|can\s+(?:you|u))\s+)*"
    r"(?:(?:tick|mark|check|cross)\s+(?:them\s+|these\s+|those\s+|em\s+)?"
    r"(?:(?P<both>both)|all(?:\s+(?:of\s+them|three|3|four|4))?)"
    r"(?:\s+(?:off|done|as\s+done|complete|as\s+complete))?"
    r"|(?:(?P<both2>both)|all\s+(?:of\s+them|three|3|four|4))\s+(?:are\s+)?(?:done|finished|complete))"
    r"[\s.!]*$",
    re.I,
)
_WHEN = re.compile(
    r"\s+(?:already|yesterday|today|this\s+morning|earlier|just\s+now|finally)\b", re.I
)
_JOIN = re.compile(r"\s*(?:,|&|\+|\band\b)\s*", re.I)
_WORDS = 30


def handle(ctx: Context) -> list[Reply] | None:
    """Tick each open task the news names, when it ends in "tick both" or "all done"."""
    text = ctx.text.strip()
    m = _TICK_ALL.match(text)
    if m is None or len(text.split()) > _WORDS or ctx.event.forwarded:
        return None
    names = [n for n in _JOIN.split(_WHEN.sub("", m["news"]).strip(" ,.")) if n.strip()]
    if len(names) < 2 or ((m["both"] or m["both2"]) and len(names) != 2):
        return None
    found = _each_named(ctx, names)
    if found is None:
        return None
    kept, kind = list(ctx.thread.last_list), ctx.thread.list_kind
    ctx.thread.last_list, ctx.thread.list_kind = [id_of(t) for t in found], "tasks"
    command = "done " + " ".join(str(n) for n in range(1, len(found) + 1))
    try:
        return done.handle(replace(ctx, text=command, intent="done"))
    finally:
        ctx.thread.last_list, ctx.thread.list_kind = kept, kind


def _each_named(ctx: Context, names: list[str]) -> list[Task] | None:
    """One open task for each name, all different; None when a name fits none or several."""
    mine = sender_open(ctx)
    found: list[Task] = []
    for name in names:
        hits = [t for t in match_titles(name, mine) if t not in found]
        if len(hits) != 1:
            return None
        found.append(hits[0])
    return found
