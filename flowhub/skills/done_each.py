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
from flowhub.skills.done_words import DONE_NONE, news_task, thing_words, ticks
from flowhub.skills.refer_words import DONE_WORD, NOT_NEWS, THROUGH, is_past, stem
from flowhub.storage import Task, id_of, reminders

__all__ = ["handle"]

_CLAUSES = re.compile(r"\s*(?:[,;.!?]+|\s(?:and|&|\+|plus|but|so)\s)\s*", re.I)
_THAT = re.compile(r"^(?:that|thats|that's|that’s|it|its|it's|it’s|this)\b", re.I)
_MOST_WORDS = 40
_MOST_CLAUSE_WORDS = 6
_LEAD = re.compile(r"^\s*(?:(?:and|also|plus|but|so|then)\b|[&+])\s*", re.I)
_BE = frozenset(["is", "was", "are", "were", "been", "got", "gets", "get"])


def handle(ctx: Context) -> list[Reply] | None:
    """Tick off every task a clause of the message says is done, when there are two or more."""
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    text = ticks(ctx.text)
    if "?" in text or len(text.split()) > _MOST_WORDS or NOT_NEWS.search(text):
        return None
    found, missed = _named(text, sender_open(ctx))
    if _of_reminders(ctx, missed):
        missed = []  # "texted marek ✅ and …": a reminder's part is for the reminder readers
    if len(found) < 2 and not (found and missed):
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
        replies += [Reply(DONE_NONE.format(what=what)) for what in missed]
    return replies


def _named(text: str, pool: list[Task]) -> tuple[list[Task], list[str]]:
    """The tasks the clauses of `text` say are done, one per clause, in the order said, and the
    clauses said done that no task fits."""
    found: list[Task] = []
    missed: list[str] = []
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
        elif not _THAT.match(clause) and _tells_done(clause) and thing_words(clause):
            missed.append(_LEAD.sub("", clause).strip(" ✅"))
    return found, missed


def _of_reminders(ctx: Context, missed: list[str]) -> bool:
    """Whether a part said done names the words of one of the sender's reminders."""
    if not missed:
        return False
    said = set().union(*(thing_words(m) for m in missed))
    live = reminders.get_reminders_touching(session=ctx.session, person_id=ctx.person_id)
    fired = reminders.get_past_reminders(session=ctx.session, person_id=ctx.person_id)
    return any(
        said & {stem(w) for w in re.findall(r"[\w'’]+", reminder.text.casefold())}
        for reminder in [*live, *(r for r in fired if r.status == "fired")]
    )


def _tells_done(clause: str) -> bool:
    """Whether a clause says a thing is done in so many words: "the boiler is fixed", "fixed the
    boiler", "permit ✅"; news that only tells of something ("the client said thanks") is not."""
    if DONE_WORD.search(clause):
        return True
    said = re.findall(r"[\w'’]+", clause.casefold())
    if not said or len(said) > _MOST_CLAUSE_WORDS:
        return False
    if is_past(said[0]) and stem(said[0]) in THROUGH:
        return True  # "fixed the boiler"
    return any(is_past(w) and said[i - 1] in _BE for i, w in enumerate(said) if i)
