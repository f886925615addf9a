"""The last act again, on another task: "same for the sections", "the floor plans too".

Right after a move, "same for X" gives X the same date; right after a done, "X too" ticks X.
Nothing is acknowledged that did not change.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from flowhub.connectors import Reply
from flowhub.skills import edit_words
from flowhub.skills.context import Context
from flowhub.skills.edit_multi import one_task, tick
from flowhub.skills.edit_saved import snapshot, store_edit
from flowhub.storage import access

_SAME = re.compile(
    r"^(?:(?:and|ok|okay|oh|also)[\s,]+)*(?:(?:the\s+)?same\s+(?:for|with|goes for|thing for|to)"
    r"\s+(?P<a>.+?)|(?P<b>.+?)[\s,]+(?:too|as well|also)|also\s+(?P<c>.+?)"
    # "and the katarina one, same", "the invoice one: same pls", "and 3" right after a move.
    r"|(?P<d>.+?)\s*[\s,:-]\s*(?:the\s+)?same(?:\s+(?:thing|deal|here|again))?"
    r"|(?:and|plus)\s+(?P<e>\d{1,2}|(?:the|my)\s+.+?\s+one))"
    r"(?:[\s,]+(?:please|pls|thanks))?[\s.!🙏👍]*$",
    re.I,
)
# What a repeated edit copies from the task edited just before.
_COPIED: tuple[str, ...] = ("due_at", "due_grain", "due_tz", "priority", "assignee_name")
_COPIED += ("assignee_id", "assignment")
_RECENT = timedelta(minutes=30)
_DONE_VERBS = frozenset(["done", "delete", "reopen"])


def handle(ctx: Context) -> list[Reply] | None:
    """The act just done, repeated on the task the message names; None if it names none."""
    said = _SAME.match(ctx.text.strip())
    last = ctx.thread.undo
    if said is None or not last or ctx.event.reply_to:
        return None
    at = last.get("at")
    if not isinstance(at, str) or ctx.now - datetime.fromisoformat(at) > _RECENT:
        return None
    phrase = said["a"] or said["b"] or said["c"] or said["d"] or said["e"] or ""
    found = one_task(ctx, phrase)
    verb = last.get("verb")
    before = [t for t in last.get("tasks") or [] if isinstance(t, dict)]
    if not found:
        if said["a"] and verb in ("edit", *_DONE_VERBS):
            return [Reply(edit_words.NO_TASK_NAMED.format(text=phrase))]
        return None
    task = found[0]
    if any(t.get("id") == task.id for t in before):
        return None  # the task just changed: nothing to repeat
    if verb in _DONE_VERBS:
        return tick(ctx, str(verb), task.id or 0)
    if verb != "edit" or len(before) != 1:
        return None
    old = access.get_task(session=ctx.session, task_id=int(before[0]["id"]), viewer=ctx.viewer)
    if old is None:
        return None
    now = snapshot(old)
    changed = [n for n in _COPIED if n in now and now[n] != before[0].get(n)]
    if not changed:
        return None
    fields = {n: getattr(old, n) for n in changed}
    if not access.may_touch_task(ctx.viewer, task):
        return None
    fields = {n: v for n, v in fields.items() if getattr(task, n) != v}
    if not fields:
        return None
    return store_edit(ctx, task, fields)
