"""A quoted new name for "it", with the rest of the sentence read as usual.

"call it 'xmas menu + wine pairing' and she should have it done by friday" right after a card:
the card is renamed to the quoted words, and the rest says when it is due. "let's call it
'website xmas menu', needs to be done by monday" and "name it 'menu upload' and give it to
sam" work the same way. "It" is what was just shown: the newest card, else the task just
talked about.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import search_when
from flowhub.skills.context import Context
from flowhub.skills.edit import edit_card
from flowhub.skills.edit_apply import read_all
from flowhub.skills.edit_saved import edit_task
from flowhub.skills.edit_words import Change
from flowhub.skills.refer import last_target
from flowhub.storage import access

__all__ = ["handle"]

_CALL = re.compile(
    r"(?:^|(?<=[\s,:;.!(-]))(?:(?:let'?s|let\s+us|pls|please|just|maybe|ok(?:ay)?|and)\s+)*"
    r"(?:call|name|title|rename|retitle|re-?name)\s+(?:it|that|this)(?:\s+one)?\s+"
    r"(?:to\s*:?\s*|as\s*:?\s*)?(?P<q>['\"‘“])(?P<new>[^'\"’”\n]{2,120})['\"’”]",
    re.I,
)
# "and", "but", "-", ",": what joins the rest to the new name.
_JOIN = re.compile(r"^[\s,;:.!—–-]*(?:(?:and|but|also|then|plus)\b[\s,]*)*", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Rename what "it" is to the quoted words and apply the rest; None for other messages."""
    m = _CALL.search(ctx.text)
    if m is None or ctx.text[: m.start()].strip(" ,.;:!-—–"):
        return None  # "the fish guy one, call it '…'" names its own target
    rest = _JOIN.sub("", ctx.text[m.end() :]).strip()
    edits = [Change(title=m["new"].strip()), *_rest(ctx, rest)]
    target = last_target(ctx)
    if target is None:
        return None
    kind, target_id = target
    if kind == "card":
        card = access.get_proposal(session=ctx.session, proposal_id=target_id, viewer=ctx.viewer)
        return edit_card(ctx, card, edits) if card is not None else None
    if kind == "task":
        task = access.get_task(session=ctx.session, task_id=target_id, viewer=ctx.viewer)
        return edit_task(ctx, [task], edits, "it") if task is not None else None
    return None


def _rest(ctx: Context, rest: str) -> list[Change]:
    """The edits the words after the new name say: as they are ("give it to sam", "due
    friday"), else only the day they name ("she should have it done by friday")."""
    if not rest:
        return []
    edits, problem = read_all(rest, now=ctx.now, tz=ctx.tz)
    if edits and problem is None and not any(e.title for e in edits):
        return edits
    found = [w for w in search_when(rest, now=ctx.now, tz=ctx.tz) if w.span and not w.rrule]
    if not found:
        return []
    start, end = found[0].span
    dated, problem = read_all(f"due {rest[start:end]}", now=ctx.now, tz=ctx.tz)
    return dated if problem is None else []
