"""Done news whose task the chat says, not the message: "they approved it this morning! 🎉 closing
that one" right after a colleague asks about the Barmer claim, and arrival news that is the
task's own result: "Keller scans are with the lab now" for "Send Mrs Keller crown scans to lab".

The task is one of the sender's open tasks; it is ticked off as `done` ticks it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.skills import done, refer_words, words
from flowhub.skills.context import Context
from flowhub.skills.done_pool import sender_open
from flowhub.skills.done_words import news_task, ticks
from flowhub.skills.refer import match_titles, replied_target, tokens
from flowhub.skills.remind_reply_words import picks_number
from flowhub.storage import Task, as_utc, id_of, tasks

_WORDS = 24
# The message above is what the chat is on for this long.
_RECENT = timedelta(minutes=30)
_THAT = r"(?:that(?:\s+one)?|this(?:\s+one)?|it)"
# "closing that one", "ticking it off", "that one's done", "marking it done".
_CLOSING = re.compile(
    rf"(?<![\w'])(?:(?:clos(?:e|ing)|tick(?:ing)?\s+off|cross(?:ing)?\s+off|ticking)\s+{_THAT}"
    rf"(?:\s+off)?|mark(?:ing)?\s+{_THAT}\s+(?:as\s+)?done|{_THAT}(?:'s|’s|\s+is)\s+(?:now\s+)?"
    r"(?:done|closed|finished|sorted|through))(?![\w'])",
    re.I,
)
# "they approved it", "it went through", "got it done": the outcome of the thing asked about.
_OUTCOME = re.compile(
    r"(?<![\w'])(?:(?:approved|accepted|paid|signed|sent|submitted|booked|confirmed|cleared"
    r"|settled|processed|fixed)\s+it|it\s+(?:went|got)\s+through"
    r"|it'?s\s+through)(?![\w'])",
    re.I,
)
# "Keller scans are with the lab now", "the crowns are at the lab".
_ARRIVED = re.compile(
    r"^(?:so\s+|ok\s+|btw\s+)?(?P<what>[^,;.!?]{3,60}?)\s+(?:is|are|'s|’s)\s+(?:now\s+|finally\s+"
    r"|already\s+)?(?:with|at)\s+(?P<where>[^,;.!?]{2,40}?)(?:\s+(?:now|already|too))?$",
    re.I,
)
_CARRY = frozenset(
    ["send", "deliver", "bring", "drop", "take", "ship", "mail", "post", "email", "give"]
)


def handle(ctx: Context) -> list[Reply] | None:
    """Tick off the task that done news speaks of through the chat; None otherwise."""
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    part = _part_done(ctx, ctx.text)
    if part is not None:
        return part
    task = find(ctx, ctx.text)
    if task is None:
        return None
    return tick(ctx, task)


def tick(ctx: Context, task: Task) -> list[Reply] | None:
    """Tick off `task` as "done 1" on a list of it alone would, so undo can take it back."""
    kept, kind = list(ctx.thread.last_list), ctx.thread.list_kind
    ctx.thread.last_list, ctx.thread.list_kind = [id_of(task)], "tasks"
    try:
        plain = replace(ctx.event, reply_to=None)
        replies = done.handle(replace(ctx, event=plain, text="done 1", intent="done"))
    finally:
        ctx.thread.last_list, ctx.thread.list_kind = kept, kind
    if replies:
        ctx.thread.note("task", [id_of(task)], now=ctx.now)
    return replies


def find(ctx: Context, text: str) -> Task | None:
    """The sender's open task `text` says is done through the chat, or None."""
    text = text.strip()
    if not text or len(text.split()) > _WORDS or text.endswith("?"):
        return None
    mine = sender_open(ctx)
    if not mine:
        return None
    for clause in refer_words.CLAUSES.split(text):
        found = _arrived(clause, mine)
        if found is not None:
            return found
    if not (_CLOSING.search(text) or _OUTCOME.search(text)):
        return None
    if any(refer_words.NOT_NEWS.search(c) for c in refer_words.CLAUSES.split(text) if _says(c)):
        return None
    named = match_titles(text, mine)
    if named:
        return named[0] if len(named) == 1 else None
    return _asked_about(ctx, mine)


def _part_done(ctx: Context, text: str) -> list[Reply] | None:
    """ "just ordered the gloves" for "Order gloves and impression material": only that part is
    done, so the task keeps the rest ("Order impression material") and stays open."""
    if len(text.split()) > _WORDS or text.strip().endswith("?"):
        return None
    if ctx.thread.last_list and picks_number(text):
        return None  # "submitted the claim!! 1 done": the numbered task is closed whole
    mine = sender_open(ctx)
    said = tokens(text)
    for clause in refer_words.CLAUSES.split(ticks(text)):
        task = news_task(clause, mine, [])
        if task is None:
            continue
        verb, _, rest = task.title.partition(" ")
        parts = _parts(rest)
        done_parts = [p for p in parts if _stems(tokens(p)) & _stems(said)]  # "keys" ~ "key"
        if len(parts) < 2 or not done_parts or len(done_parts) == len(parts):
            return None
        left = f"{verb} {' and '.join(p for p in parts if p not in done_parts)}"
        tasks.update_task(session=ctx.session, task=task, now=ctx.now, title=left)
        ctx.thread.note("task", [id_of(task)], now=ctx.now)
        said_done = words.REMINDER_DONE.format(text=f"{verb} {' and '.join(done_parts)}")
        return [Reply(f"{said_done}\n{words.REVIEW_OPEN.format(n=left)}", ref=f"task:{task.id}")]
    return None


_LISTED = re.compile(r"&|\+|\band\b", re.I)
_AND = re.compile(r"\s*(?:,|&|\+|\band\b)\s*", re.I)
# A bracket with what is inside it: "(oct, 180€)" is one detail, never two parts.
_BRACKET = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}")


def _parts(rest: str) -> list[str]:
    """The things a title lists, split at commas and "and" outside brackets."""
    shielded = _BRACKET.sub(lambda m: "\0" * len(m[0]), rest)
    if not _LISTED.search(shielded):
        return [rest.strip()]  # "shower trays for mueller, 2x 90x90 white": a detail, no list
    parts, start = [], 0
    for m in _AND.finditer(shielded):
        parts.append(rest[start : m.start()])
        start = m.end()
    parts.append(rest[start:])
    parts = [p.strip() for p in parts if p.strip()]
    if len(parts) > 1 and _SHARED.search(parts[0]) and all(len(p.split()) <= 2 for p in parts[1:]):
        return [rest.strip()]  # "the invoices to Miller and Schmidt": one thing, two recipients
    return parts


# The thing listed first goes to, for or with someone: the names after "and" are theirs too.
_SHARED = re.compile(r"\s(?:to|for|with|from|at|by)\s+\S+$", re.I)


def _stems(words: set[str]) -> set[str]:
    return {refer_words.stem(w) for w in words}


def _says(clause: str) -> bool:
    return bool(_CLOSING.search(clause) or _OUTCOME.search(clause))


def _arrived(clause: str, mine: list[Task]) -> Task | None:
    """The one task whose carrying of a thing to a place the clause says is over."""
    m = _ARRIVED.match(clause.strip())
    if m is None or refer_words.NOT_NEWS.search(m["what"]):
        return None
    where = tokens(m["where"])
    fits = []
    for task in mine:
        words = task.title.casefold().split()
        if not words or words[0] not in _CARRY or " to " not in f" {task.title.casefold()} ":
            continue
        place = tokens(task.title.casefold().rsplit(" to ", 1)[1])
        if where & place and match_titles(m["what"], [task]):
            fits.append(task)
    return fits[0] if len(fits) == 1 else None


def _asked_about(ctx: Context, mine: list[Task]) -> Task | None:
    """The task the replied message, or a colleague's message just above, is about."""
    target = replied_target(ctx)
    if target is not None and target[0] == "task":
        return next((t for t in mine if t.id == target[1]), None)
    above = ctx.message_above()
    if above is None or ctx.now - as_utc(above.received_at) > _RECENT:
        return None
    if above.sender_id == ctx.event.sender_id:
        # "did the invoices thing get ticked off?" then "ok mark it done": one's own question.
        return _spoken_of(above.text, mine, least=1) if "?" in above.text else None
    return _spoken_of(above.text, mine)


def _spoken_of(text: str, mine: list[Task], *, least: int = 2) -> Task | None:
    """The one task most of whose title words `text` says (`least` at least, or all of a short
    one)."""
    said = tokens(text)
    scored = []
    for task in mine:
        title = tokens(task.title)
        shared = len(title & said)
        if title and shared >= min(least, len(title)):
            scored.append((shared, task))
    if not scored:
        return None
    best = max(score for score, _ in scored)
    top = [task for score, task in scored if score == best]
    return top[0] if len(top) == 1 else None
