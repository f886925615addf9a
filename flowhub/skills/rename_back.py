"""A title put back: "rename it back", "change the name back", "undo the rename", "give the lens
one its old name back" give a card or task the title it had before its last rename."""

from __future__ import annotations

import re
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.skills import done, edit_back, edit_words
from flowhub.skills.context import Context
from flowhub.skills.edit_saved import store_edit
from flowhub.storage import access, audit

__all__ = ["handle"]

_LEAD = (
    r"^(?:(?:no+|nope|actually|hmm+|wait|oh|ok(?:ay)?|sorry|ugh|oops|pls|please|and|wth|lol)\W+)*"
)
_OLD = r"(?:(?:its|the)\s+old\s+(?:name|title)|what\s+it\s+was(?:\s+called)?)"
_BACK = re.compile(
    rf"{_LEAD}(?:(?:rename|name|call|title)\s+(?P<t>.+?)\s+back(?:\s+(?:to\s+)?{_OLD})?"
    r"|(?:change|put|set|switch|turn|get)\s+(?:the\s+)?(?:name|title)(?:\s+of\s+(?P<o>.+?))?\s+back"
    r"|undo\s+the\s+(?:rename|renaming|name\s+change|new\s+name)"
    rf"|give\s+(?P<g>.+?)\s+{_OLD}(?:\s+back)?|(?:use|put\s+back)\s+the\s+old\s+(?:name|title))"
    r"(?:\s+(?:please|pls|plz|thanks|thx))?[\s.!]*$",
    re.I,
)
_KEEP = timedelta(days=2)


def handle(ctx: Context) -> list[Reply] | None:
    """Give back the title before the last rename; None when the message asks no such thing."""
    m = _BACK.match(" ".join(ctx.text.split()))
    if m is None:
        return None
    what = (m["t"] or m["o"] or m["g"] or "it").strip()
    target = edit_back.named(ctx, what)
    if target is None:
        return [Reply(edit_words.NOTHING_RECENT)]
    kind, ident = target
    if kind == "card":
        last = ctx.thread.undo or {}
        if last.get("verb") in ("edit", "card") and any(
            int(snap.get("id") or 0) == ident and "title" in snap
            for snap in last.get("cards") or []
        ):
            ctx.thread.undo = {**last, "held": True}
            return done.undo(ctx)
        return [Reply(edit_words.NOTHING_RECENT)]
    task = access.get_task(session=ctx.session, task_id=ident, viewer=ctx.viewer)
    old = _title_before(ctx, ident)
    if task is None or old is None or old == task.title:
        return [Reply(edit_words.NOTHING_RECENT)]
    return store_edit(ctx, task, {"title": old})


def _title_before(ctx: Context, task_id: int) -> str | None:
    """The title the task had before its last rename in chat, if that was lately."""
    entries = audit.get_audit_entries(
        session=ctx.session, actions=["edited"], after=ctx.now - _KEEP, person_id=ctx.person_id
    )
    for entry in reversed(entries):
        before = entry.detail.get("before")
        if (
            entry.subject == f"task:{task_id}"
            and "title" in (entry.detail.get("fields") or [])
            and isinstance(before, dict)
            and before.get("title")
        ):
            return str(before["title"])
    return None
