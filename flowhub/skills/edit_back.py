"""A card or task put back: "back to the 12th", "put it back to monday", "back to how it was".

"Back to <day>" moves what "it" means (or the task or card named) to that day, as "move it to
<day>" would. "Back to how it was", "change it back" or "put the plumber back" takes back the
last change made to it, even when other things were said since.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills import done, edit, edit_words
from flowhub.skills.context import Context
from flowhub.skills.refer import PRONOUNS, last_target, match_titles, tasks_named
from flowhub.storage import audit, proposals

__all__ = ["handle", "named"]

_LEAD = r"^(?:(?:no+|nope|actually|hmm+|wait|oh|ok(?:ay)?|sorry|ugh|oops|pls|please|and)\W+)*"
_VERB = r"(?:put|move|change|set|push|bring|switch|take|turn|make)"
_AS_WAS = r"(?:(?:to\s+)?(?:how|the\s+way|what|as)\s+(?:it|they|that)\s+(?:was|were)(?:\s+before)?)"
# "back to how it was", "put it back", "change the plumber back the way it was", "revert it".
_REVERT = re.compile(
    rf"{_LEAD}(?:{_VERB}\s+(?P<t>.+?)\s+back(?:\s+{_AS_WAS})?|(?:(?:go|set\s+it|put\s+it)\s+)?"
    rf"back\s+{_AS_WAS}|revert\s+(?P<r>it|that|this|the\s+.+?)(?:\s+{_AS_WAS})?)"
    r"(?:\s+(?:please|pls|thanks))?[\s.!]*$",
    re.I,
)
# "back to the 12th", "put it back to monday", "the report back to friday".
_BACK_TO = re.compile(
    rf"{_LEAD}(?:{_VERB}\s+(?P<t>.+?)\s+|(?P<n>(?:the|my)\s+.+?)\s+)?back\s+(?:to|on|for|till)\s+"
    r"(?P<w>.+?)(?:\s+(?:please|pls|then|again))?[\s.!]*$",
    re.I,
)
_AS_WAS_SAID = re.compile(_AS_WAS, re.I)
_POINTERS = PRONOUNS | {"those", "them", "these", "both", "all", "everything"}
_KEEP = timedelta(days=2)


def handle(ctx: Context) -> list[Reply] | None:
    """Put a card or task back; None when the message says no such thing."""
    text = " ".join(ctx.text.split())
    if (m := _REVERT.match(text)) is not None:
        what = (m["t"] or m["r"] or "it").strip()
        if what.casefold() in _POINTERS and not _AS_WAS_SAID.search(text):
            return None  # "take that back", "put those back": the plain undo's
        return _revert(ctx, what)
    m = _BACK_TO.match(text)
    if m is None:
        return None
    when = m["w"].strip()
    day = parse_when(when, now=ctx.now, tz=ctx.tz)
    if day is None or day.span is None or (when[: day.span[0]] + when[day.span[1] :]).strip():
        return None  # "bring the chairs back to the hall friday" is a task of its own
    what = (m["t"] or m["n"] or "it").strip()
    target = _target(ctx, what)
    if target is None:
        return None
    if target is not None and target[0] == "task" and day.grain == "day":
        before = _before_last_edit(ctx, target[1])
        due = str((before or {}).get("due_at") or "")
        local = datetime.fromisoformat(due).astimezone(ZoneInfo(ctx.tz)) if due else None
        if local is not None and local.date() == day.start.astimezone(ZoneInfo(ctx.tz)).date():
            return _revert(ctx, what)  # back to the day it had: its time comes back too
    return edit.handle(replace(ctx, text=f"move {what} to {when}"))


def _revert(ctx: Context, what: str) -> list[Reply] | None:
    """Take back the last change to what `what` names: a card or a saved task."""
    target = _target(ctx, what)
    if target is None:
        return None if what.casefold() in PRONOUNS else [Reply(edit_words.NOTHING_RECENT)]
    kind, ident = target
    last = ctx.thread.undo or {}
    key = "cards" if kind == "card" else "tasks"
    if last.get("verb") in ("edit", "card") and any(
        int(snap.get("id") or 0) == ident for snap in last.get(key) or []
    ):
        ctx.thread.undo = {**last, "held": True}  # asked for by name: no "which change?"
        return done.undo(ctx)
    if kind != "task":
        return [Reply(edit_words.NOTHING_RECENT)]
    before = _before_last_edit(ctx, ident)
    if before is None:
        return [Reply(edit_words.NOTHING_RECENT)]
    ctx.thread.undo = {"verb": "edit", "tasks": [before], "at": ctx.now.isoformat(), "held": True}
    return done.undo(ctx)


def named(ctx: Context, what: str) -> tuple[str, int] | None:
    """The card or task `what` names ("it", title words): ("card" | "task", id), or None."""
    return _target(ctx, what)


def _target(ctx: Context, what: str) -> tuple[str, int] | None:
    if what.casefold() in PRONOUNS:
        target = last_target(ctx)
        return target if target is not None and target[0] in ("card", "task") else None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    cards = match_titles(what, pending)
    if len(cards) == 1 and cards[0].id is not None:
        return "card", cards[0].id
    found = tasks_named(ctx, what)
    if len(found) == 1 and found[0].id is not None:
        return "task", found[0].id
    return None


def _before_last_edit(ctx: Context, task_id: int) -> dict[str, Any] | None:
    """The task as it was before its last change in chat, if that was lately."""
    entries = audit.get_audit_entries(
        session=ctx.session, actions=["edited"], after=ctx.now - _KEEP, person_id=ctx.person_id
    )
    for entry in reversed(entries):
        if entry.subject == f"task:{task_id}" and isinstance(entry.detail.get("before"), dict):
            return dict(entry.detail["before"])
    return None
