"""An explicit "mark it done", "tick it off" or "that's done" beside news of the task.

"plumber's here now, early for once 🙌 boiler's sorted. mark it done" ticks off the boiler task
without asking first, and "he's here now. all sorted. that's done" right after the bot named one
task ticks that task off. The task is the one the words name among the sender's open tasks,
else the one task the chat is on ("it" right after the bot showed it).
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import done_context, done_news, refer_words
from flowhub.skills.context import Context
from flowhub.skills.done_pool import sender_open
from flowhub.skills.refer import last_target, match_titles
from flowhub.storage import Task

_MOST_WORDS = 30
_IT = r"(?:it|that|this)(?:\s+one)?"
# The command itself: said to the bot, about one thing, nothing to wait for.
_COMMAND = re.compile(
    rf"(?<![\w'])(?:(?:mark|set)\s+{_IT}\s+(?:as\s+)?(?:done|complete[d]?|finished|closed)"
    rf"|(?:tick|cross|check)\s+{_IT}\s+off|(?:tick|cross)\s+off\s+{_IT}|close\s+{_IT}"
    rf"|mark\s+(?:as\s+)?done|{_IT}(?:'s|’s|\s+is|\s+can\s+be\s+(?:marked|ticked))\s+(?:now\s+"
    r"|all\s+)?(?:done|complete[d]?|finished|closed|ticked\s+off|sorted))"
    r"(?P<rest>(?:[\s,.!✅🎉👍🙌]|now|too|pls|please|then|thanks|thank\s+you|thx|already"
    r"|for\s+good|lol|yay)*)$",
    re.I,
)
_NOT = re.compile(
    r"(?<![\w'])(?:don'?t|do\s+not|not|never|no\s+need\s+to|can'?t|cannot|shouldn'?t|won'?t"
    r"|isn'?t|wasn'?t|before|once|when|after|if|until|till)(?![\w'])",
    re.I,
)
_CLAUSES = re.compile(r"\s*(?:[,;.!?…]+|\s[-–—]\s|\band\b|\bbut\b)\s*", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Tick off the task an explicit done command means; None when the message is not one."""
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    text = ctx.text.strip()
    if not text or text.endswith("?") or len(text.split()) > _MOST_WORDS:
        return None
    said = _COMMAND.search(text)
    if said is None or _NOT.search(_clause_before(text, said.start())):
        return None
    task = _meant(ctx, text[: said.start()])
    return done_context.tick(ctx, task) if task is not None else None


def _clause_before(text: str, end: int) -> str:
    """The words of the clause the command is in, up to the command."""
    parts = _CLAUSES.split(text[:end])
    return parts[-1] if parts else ""


def _meant(ctx: Context, news: str) -> Task | None:
    """The sender's open task the news before the command names, else the one just shown."""
    mine = sender_open(ctx)
    if not mine:
        return None
    if news.strip(" ,.!"):
        found = done_news.find(ctx, news)
        if found is not None:
            return found.task
        named = {t.id: t for part in _CLAUSES.split(news) for t in _one(part, mine)}
        if len(named) == 1:
            return next(iter(named.values()))
        if named:
            return None
    target = last_target(ctx)
    if target is None or target[0] != "task":
        return None
    return next((t for t in mine if t.id == target[1]), None)


def _one(part: str, mine: list[Task]) -> list[Task]:
    if not part.strip() or refer_words.NOT_NEWS.search(part):
        return []
    found = match_titles(part, mine)
    return found if len(found) == 1 else []
