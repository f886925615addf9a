"""A task the bot left out, pointed out: "you missed the rota!", "you forgot the staff rota",
"the rota's missing from that list". The open task meant is shown, numbered so "done 1" works;
when none is, the answer says so and how to add it. Never a card titled with the words.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills import done_words
from flowhub.skills.context import Context
from flowhub.skills.format import numbered, task_line
from flowhub.skills.refer import tasks_named
from flowhub.storage import id_of

__all__ = ["handle"]

_LEAD = r"^\W*(?:(?:oh|hey|wait|um+|hmm+|but|and|ugh|erm|err|lol|haha|bot)\W+)*"
_END = r"(?:\s+(?:out|off))?(?:\s+(?:from|in|on|of|off)\s+(?:the|that|this|my|your)\s+list)?\W*$"
_MISSED = re.compile(
    _LEAD + r"you(?:'ve|\s+have)?\s+(?:missed|forgot(?:ten)?|skipped|left\s+out|left"
    r"|didn'?t\s+(?:list|show|include|mention|put))\s+(?:out\s+|off\s+)?"
    r"(?:to\s+(?:add|include|list|show|mention|put)\s+)?(?P<what>.+?)" + _END,
    re.I,
)
_MISSING = re.compile(
    _LEAD
    + r"(?P<what>.+?)(?:'s|’s|\s+is|\s+are)\s+(?:missing|not\s+(?:there|on\s+it|in\s+it))"
    + _END,
    re.I,
)
_MOST_WORDS = 12
_MOST_NAME_WORDS = 4


def handle(ctx: Context) -> list[Reply] | None:
    """Show the open task a "you missed X" means; None for any other message."""
    text = ctx.text.strip()
    if len(text.split()) > _MOST_WORDS or text.endswith("?"):
        return None
    m = _MISSED.match(text) or _MISSING.match(text)
    if m is None:
        return None
    what = re.sub(r"^(?:the|my|our)\s+", "", m["what"].strip(" '\"“”"), flags=re.I)
    if not _names_a_task(ctx, what):
        return None  # "you left out the grout order tomorrow": a task to add, read elsewhere
    found = [t for t in tasks_named(ctx, what) if t.status == "open"]
    if not found:
        if ctx.thread.list_kind not in ("tasks", "nothing"):
            return None
        return [Reply(done_words.MISSED_NONE.format(what=what))]
    ctx.thread.last_list = [id_of(t) for t in found]
    ctx.thread.list_kind = "tasks"
    lines = [task_line(t, viewer_tz=ctx.tz, now=ctx.now, viewer_id=ctx.person_id) for t in found]
    return [Reply(done_words.MISSED_SHOWN.format(lines=numbered(lines)))]


def _names_a_task(ctx: Context, what: str) -> bool:
    """Whether `what` only names a thing: no day, no second sentence, a few words."""
    if not what or what.casefold() in ("it", "that", "this", "one", "something"):
        return False
    if re.search(r"[-–—:;,.!]", what) or len(what.split()) > _MOST_NAME_WORDS:
        return False
    return parse_when(what, now=ctx.now, tz=ctx.tz) is None
