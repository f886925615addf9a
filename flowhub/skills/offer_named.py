"""Taking on, by its name, one of the tasks others gave the sender: "ok i'll take the
photographer one", "yes ok accepting the invoice thing, will send it monday morning my time",
"no not a new task, i meant im accepting the deposit one", "sure i'll look into linen stuff".

The task is the one waiting offer whose title the message names; with a single offer waiting,
a plain "yep on it" needs no name (`assign_reply` reads that). "not a new task" before it says
the card just made from the answer was a mistake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from flowhub.skills import assign_answer_words
from flowhub.skills.context import Context
from flowhub.skills.refer import replied_ref, tokens
from flowhub.storage import Task

__all__ = ["Named", "by_words", "named", "takes_on"]

# "no not a new task, i meant …", "don't make a new one, …": the card made was a mistake.
_NOT_NEW = re.compile(
    r"^\W*(?:(?:no+|nope|nah|omg|ugh|sorry|wait)\b[\s,.!]*)*"
    r"(?:(?:that'?s|it'?s|thats|its|this\s+is|it\s+was)\s+)?"
    r"(?:not|no|don'?t\s+(?:make|create|add)|do\s+not\s+(?:make|create|add))\s+(?:a\s+)?"
    r"new\s+(?:one|task|card|thing)\b[\s,.!;:-]*(?:(?:i\s+)?meant\s+|i\s+mean\s+)?",
    re.I,
)
# Saying one takes it on: "accepting", "i'll take", "on it", "i can do", "will send it".
_TAKES = re.compile(
    r"\b(?:accept(?:s|ed|ing)?|tak(?:e|ing)|mine|on\s+it|got\s+it|leave\s+it\s+with\s+me"
    r"|(?:i'?ll|i\s+will|will|i\s+can|i\s+could|gonna|i'?m\s+going\s+to|let\s+me)\s+\w+"
    r"|(?:i'?m|im)\s+\w+ing|doing|handling|sorting)\b",
    re.I,
)
# A no said anywhere in it: "can't take the invoice one", "not doing the photographer thing".
_NO = re.compile(
    r"\b(?:can'?t|cannot|can\s+not|won'?t|unable|not\s+able|no\s+time|not\s+(?:taking|doing"
    r"|accepting)|don'?t\s+(?:want|have)|pass(?:ing)?\s+on|declin\w*|reject\w*)\b",
    re.I,
)
# Asking someone else to take it: "priya can you take the invoice one?", "@ana could u do it".
_ASKS_OTHER = re.compile(
    r"\b(?:can|could|would|will)\s+(?:you|u|ya|(?!i\b)\w+\s+(?:take|do|handle|cover|grab))\b|@\w",
    re.I,
)
# A no said first: "no sorry, I'm off tomorrow", "nah", "sorry, not this week".
_NO_FIRST = re.compile(r"^\W*(?:no+|nope|nah|sorry)\b", re.I)
# Words that name no task of their own: what someone does with any of them.
_PLAIN = frozenset(
    """accept accepting accepted take taking ok okay yes yep yeah sure fine will can do doing
    send sending call email check make get done one thing stuff bit job task card new not
    no i im i'm i'll ill meant mean too also then well later today tomorrow them they him her
    look into after before by sort sorting handle handling on it got time my your me pls please
    thanks lol off sorry week""".split()  # noqa: SIM905
)
_MOST_DAYS_OLD = 14


@dataclass
class Named:
    """The offer a message takes on, its words without a "not a new task" lead, and whether
    that lead was said."""

    task: Task
    text: str
    not_new: bool


def takes_on(text: str) -> bool:
    """Whether `text` says the sender takes something on, and no word of it says no."""
    said = _NOT_NEW.sub("", text.strip())
    if (
        _NO_FIRST.match(said)
        or _NO.search(said)
        or _ASKS_OTHER.search(said)
        or assign_answer_words.declines(said)
    ):
        return False
    return assign_answer_words.accepts(said) or _TAKES.search(said) is not None


def named(ctx: Context, waiting: list[Task]) -> Named | None:
    """The one waiting offer to the sender that the message takes on by name, else None."""
    if replied_ref(ctx)[0] not in ("", "proposal") or not waiting:
        return None
    text = ctx.text.strip()
    said = _NOT_NEW.sub("", text)
    if not takes_on(text):
        return None
    task = by_words(ctx, waiting, said)
    return Named(task, said, said != text) if task is not None else None


def by_words(ctx: Context, waiting: list[Task], said: str) -> Task | None:
    """The one recent waiting offer whose title shares the most words with `said`, else None."""
    words = {w for w in tokens(said) if w not in _PLAIN and len(w) > 2}
    if not words:
        return None
    recent = [t for t in waiting if (ctx.now - _aware(t)).days <= _MOST_DAYS_OLD]
    scored = [(len(words & _title_words(t.title)), t) for t in recent]
    best = max((s for s, _ in scored), default=0)
    if best == 0:
        return None
    top = [t for s, t in scored if s == best]
    return top[0] if len(top) == 1 else None


def _title_words(title: str) -> set[str]:
    """A title's own words, and each without a plural ending."""
    own = {w for w in tokens(title) if w not in _PLAIN}
    return own | {w[:-1] for w in own if w.endswith("s") and len(w) > 4}


def _aware(task: Task) -> datetime:
    at = task.updated_at
    return at if at.tzinfo else at.replace(tzinfo=UTC)
