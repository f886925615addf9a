"""A follow-up to a tick that names more: "and 3" after "done 1 2", "and the other two??" after
one of a list was ticked, "and the AV one?" after done news, "en de weekomzet ook".

Read only right after a tick in the same chat (while "undo" could still take it back); what it
names is ticked as "done …" would tick it, so nothing becomes a card of its own words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from flowhub.connectors import Reply
from flowhub.conversations.thread import UNDO_MINUTES
from flowhub.skills import done
from flowhub.skills.context import Context
from flowhub.skills.done_pool import sender_open
from flowhub.skills.refer import match_titles
from flowhub.storage import access, tasks

__all__ = ["handle"]

_WORDS = 8
_AND = r"(?:and|also|plus|what\s+about|how\s+about|en|y|e|et|und|и|а|ve|dan|aur|और)"
_TOO = (
    r"(?:too|as\s+well|also|aussi|auch|ook|también|tambien|anche|também|тоже|bhi|भी|de|juga"
    r"|done|finished|sorted|klaar|gedaan|erledigt|hecho|fatto|feito|готово)"
)
_FOLLOW = re.compile(
    rf"^\W*{_AND}\s+(?P<what>.+?)(?:\s+{_TOO})*[\s?!.…🙌✅👍]*$",
    re.I,
)
_NUMBERS = re.compile(r"^#?\d{1,2}(?:\s*(?:,|&|\+|and|en|y|e|и)?\s*#?\d{1,2})*$", re.I)
# "the other two", "the rest", "de andere twee": the lines of the list not ticked yet.
_REST = re.compile(
    r"^(?:the\s+)?(?:other\s+(?:one|two|three|four|\d)|others|rest|remaining(?:\s+ones?)?)"
    r"|^(?:de\s+)?(?:andere|overige)(?:\s+(?:twee|drie|\d))?$|^(?:de\s+)?rest$"
    r"|^(?:los|las)\s+otr[oa]s(?:\s+\w+)?$|^остальные$",
    re.I,
)
_ONE = re.compile(
    r"^(?:the|that|de|het|die|dat|el|la|le|il|lo|der|das)\s+|\s+(?:one|thing|task)$", re.I
)


def handle(ctx: Context) -> list[Reply] | None:
    """Tick off what a follow-up to a tick names; None for any other message."""
    text = ctx.text.strip()
    if len(text.split()) > _WORDS or not _just_ticked(ctx):
        return None
    m = _FOLLOW.match(text)
    if m is None:
        return None
    what = m["what"].strip(" ,")
    if _NUMBERS.match(what):
        if not ctx.thread.last_list or ctx.thread.list_kind != "tasks":
            return None
        return done.handle(replace(ctx, text=f"done {what}", intent="done"))
    if _REST.match(what):
        return _rest(ctx)
    named = _ONE.sub("", _ONE.sub("", what)).strip()
    found = match_titles(named, sender_open(ctx)) if named else []
    if len(found) != 1:
        return None  # "and tomorrow?" names no task of theirs: some other follow-up
    return done.tick_said(ctx, found[0])


def _just_ticked(ctx: Context) -> bool:
    """Whether the last thing the sender did here was ticking tasks off, a moment ago."""
    undo = ctx.thread.undo or {}
    if undo.get("verb") != "done":
        return False
    try:
        at = datetime.fromisoformat(str(undo.get("at") or ""))
    except ValueError:
        return False
    return ctx.now - at <= timedelta(minutes=UNDO_MINUTES)


def _rest(ctx: Context) -> list[Reply] | None:
    """Tick off the lines of the last list that are still open."""
    if not ctx.thread.last_list or ctx.thread.list_kind != "tasks":
        return None
    found = tasks.get_tasks_by_ids(session=ctx.session, task_ids=list(ctx.thread.last_list))
    left = [
        t.id
        for t in found
        if t.id is not None and t.status == "open" and access.may_touch_task(ctx.viewer, t)
    ]
    if not left:
        return None
    kept = list(ctx.thread.last_list)
    ctx.thread.last_list = [i for i in kept if i in left]
    try:
        numbers = " ".join(str(n) for n in range(1, len(ctx.thread.last_list) + 1))
        return done.handle(replace(ctx, text=f"done {numbers}", intent="done"))
    finally:
        ctx.thread.last_list = kept
