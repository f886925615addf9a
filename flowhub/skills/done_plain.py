"""Done said with words around it that no other reader took: "oh shoot. sent them just now,
done" right after a list of one, or "done and dusted, the quote is in" replied to a task, ticks
that task. Never a card of the words.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import done_context
from flowhub.skills.context import Context
from flowhub.skills.refer import replied_target
from flowhub.storage import access

__all__ = ["handle"]

_WORDS = 30
_DONE = r"(?:done(?:\s+and\s+dusted)?|all\s+done|sorted|finished|ticked\s+off|✅)"
_FIRST = re.compile(
    rf"^\W*(?:(?:oh|ok(?:ay)?|so|yes|yep|yeah|and)\W+)*{_DONE}\s*(?:[,;.!—–]+|\s-+)\s*\S", re.I
)
_LAST = re.compile(
    rf"(?:[,;.!—–]|\s-+)\s*(?:(?:so|and|all|now|it'?s|its)\s+)*{_DONE}[\s!.✅👍🙌🎉]*$", re.I
)


def handle(ctx: Context) -> list[Reply] | None:
    """Tick off the task a done said among other words points at; None for other messages."""
    text = ctx.text.strip()
    if not text or len(text.split()) > _WORDS or "?" in text:
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    if not (_FIRST.match(text) or _LAST.search(text)):
        return None
    task_id = _pointed(ctx)
    task = (
        access.get_task(session=ctx.session, task_id=task_id, viewer=ctx.viewer)
        if task_id is not None
        else None
    )
    if task is None or task.status != "open":
        return None
    return done_context.tick(ctx, task)


def _pointed(ctx: Context) -> int | None:
    """The one task the message is about: the task replied to, or the one just shown."""
    replied = replied_target(ctx)
    if replied is not None:
        return replied[1] if replied[0] == "task" else None
    seen = ctx.thread.last_seen()
    if seen is not None and seen[0] in ("list-tasks", "task") and len(seen[1]) == 1:
        return seen[1][0]
    return None
