"""A no to a move asked for in a group: "nope, boiler stays on the 15th, she meant her invoice"
replying to "🗓 Priya asks to move “Boiler service” …" drops the question and its button, said
in one short line in its place.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import reply_words
from flowhub.skills.context import Context
from flowhub.skills.group_move_words import MOVE_KEPT
from flowhub.skills.refer import replied_ref
from flowhub.storage import access

__all__ = ["handle"]

# "boiler stays on the 15th", "leave it", "keep it as is", "don't move it", "no need".
_KEEP = re.compile(
    r"\b(?:stays?|staying|keep\s+it|leave\s+it|(?:don'?t|do\s+not|no\s+need\s+to)\s+move"
    r"|no\s+need|as\s+it\s+is|as\s+is)\b",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Drop the move question replied to when its task's people say no; None otherwise."""
    kind, number = replied_ref(ctx)
    if kind != "moveask" or not number.isdigit():
        return None
    text = ctx.text.strip()
    if not (reply_words.refuses(text) or reply_words.leaves(text) or _KEEP.search(text)):
        return None
    task = access.get_task(session=ctx.session, task_id=int(number), viewer=ctx.viewer)
    if task is None or ctx.person_id not in (task.creator_id, task.assignee_id):
        return None
    said = MOVE_KEPT.format(title=task.title)
    return [Reply(said, edit=ctx.event.reply_to, ref=f"moveask:{task.id}")]
