"""Two or more of the sender's tasks said done in one message, each in a clause of its own.

"emailed the supplier ✅ and the van got booked already so that's sorted too" ticks both; "… so
that's done too" names the task of the clause before it. The ticks go together, so one "undo"
takes back all of them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills import done
from flowhub.skills.context import Context
from flowhub.skills.done_pool import sender_open
from flowhub.skills.done_words import news_task, ticks
from flowhub.skills.refer_words import NOT_NEWS
from flowhub.storage import Task, id_of

__all__ = ["handle"]

_CLAUSES = re.compile(r"\s*(?:[,;.!?]+|\s(?:and|&|plus|but|so)\s)\s*", re.I)
_THAT = re.compile(r"^(?:that|thats|that's|that’s|it|its|it's|it’s|this)\b", re.I)
_MOST_WORDS = 40


def handle(ctx: Context) -> list[Reply] | None:
    """Tick off every task a clause of the message says is done, when there are two or more."""
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    text = ticks(ctx.text)
    if "?" in text or len(text.split()) > _MOST_WORDS or NOT_NEWS.search(text):
        return None
    found = _named(text, sender_open(ctx))
    if len(found) < 2:
        return None
    kept, kind = list(ctx.thread.last_list), ctx.thread.list_kind
    ctx.thread.last_list, ctx.thread.list_kind = [id_of(t) for t in found], "tasks"
    said = "done " + " ".join(str(n) for n in range(1, len(found) + 1))
    try:
        plain = replace(ctx.event, reply_to=None)
        replies = done.handle(replace(ctx, event=plain, text=said, intent="done"))
    finally:
        ctx.thread.last_list, ctx.thread.list_kind = kept, kind
    if replies:
        ctx.thread.note("task", [id_of(t) for t in found], now=ctx.now)
    return replies


def _named(text: str, pool: list[Task]) -> list[Task]:
    """The tasks the clauses of `text` say are done, one per clause, in the order said."""
    found: list[Task] = []
    before = ""
    for clause in _CLAUSES.split(text):
        said, before = before, clause
        if not clause.strip():
            continue
        task = news_task(clause, pool, [])
        if task is None and _THAT.match(clause) and said:
            task = news_task(f"{said} {clause}", pool, [])
            if task is not None and found and found[-1].id == task.id:
                continue
        if task is not None:
            found.append(task)
            pool = [t for t in pool if t.id != task.id]
    return found
