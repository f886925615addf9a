"""Done said to a reminder that went off, with another task said done beside it: "transfer went
through finally!! so the deposit is paid too ✅" ticks the reminder and "Pay the deposit".

Only a clause that says "too", "also" or "as well" speaks of another task; the task it names
must be one of the sender's open tasks, and the one clearly named.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills.context import Context
from flowhub.skills.done_context import tick
from flowhub.skills.done_pool import sender_open
from flowhub.skills.done_words import news_task, ticks
from flowhub.storage import Reminder

__all__ = ["others", "says_too"]

_CLAUSES = re.compile(r"\s*(?:[,;.!?]+|\s(?:and|&|plus|but|so)\s)\s*", re.I)
# "… so that's done too": the clause before it names the task.
_THAT = re.compile(r"^(?:that|thats|that's|that’s|it|its|it's|it’s|this)\b", re.I)
_TOO = re.compile(r"(?<![\w'])(?:too|also|as\s+well|aswell|as\s+well\s+as)(?![\w'])", re.I)


def says_too(text: str) -> bool:
    """Whether the message says something else is done too ("so the deposit is paid too")."""
    return _TOO.search(ticks(text)) is not None


def others(ctx: Context, reminder: Reminder) -> list[Reply]:
    """Tick off the other open tasks the message says are done too; [] when it names none."""
    text = ticks(ctx.text)
    if not _TOO.search(text):
        return []
    pool = [t for t in sender_open(ctx) if t.id != reminder.task_id and t.status == "open"]
    replies: list[Reply] = []
    before = ""
    for clause in _CLAUSES.split(text):
        said, before = before, clause
        if not clause or not _TOO.search(clause):
            continue
        task = news_task(clause, pool, [])
        if task is None and _THAT.match(clause) and said:
            task = news_task(f"{said} {clause}", pool, [])
        if task is not None:
            replies += tick(ctx, task) or []
            pool = [t for t in pool if t.id != task.id]
    return replies
