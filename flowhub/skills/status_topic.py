"""The topic of a status question: "what's still open for the Hoffmann party?"."""

from __future__ import annotations

import re
from collections.abc import Callable

from flowhub.storage import Proposal, Task

# The words after "for"/"about", up to where a period, a person or a new clause starts.
_TOPIC = re.compile(
    r"\b(?:for|about|regarding|concerning|re:)\s+(?:the\s+|our\s+|that\s+|this\s+)?"
    r"(?P<topic>[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*){0,3}?)"
    r"(?=\s*(?:$|[?!.,;:]|\s(?:before|by|until|till|due|this|next|in|on|from|after|and|or|"
    r"that|which|still|left|open|today|tomorrow|tonight|yet|please|pls|across|among|amongst"
    r"|for\s+(?:everyone|everybody|the\s+team|all\s+of\s+us|us\s+all))\b))",
    re.I,
)
# Words that name no topic: kinds of thing, and parts of a period ("the rest of december").
_GENERIC_WORDS = """
    thing things stuff one ones party event job jobs project projects task tasks side part
    rest end start beginning morning afternoon evening night later soon now day days time
    weeks months list lists anything something everything else me us him her them you
    team everyone everybody"""
_GENERIC = frozenset(_GENERIC_WORDS.split())


def read_topic(text: str, *, not_names: frozenset[str], is_person: Callable[[str], bool]) -> str:
    """The topic words a status question filters by ("Hoffmann party"), or ""."""
    m = _TOPIC.search(text)
    if m is None:
        return ""
    said = m.group("topic").strip()
    kept = [w for w in said.split() if _content(w, not_names, is_person)]
    # "sam's van": the person's name says whose tasks, not what they are about.
    return " ".join(w for w in said.split() if not _person(w, is_person)) if kept else ""


def topic_words(topic: str) -> list[str]:
    """The words of `topic` a task title must hold ("Hoffmann party" → ["hoffmann"])."""
    words = [w.casefold().strip("'’") for w in topic.split()]
    kept = [w for w in words if w not in _GENERIC]
    return kept or words


def matches(task: Task | Proposal, topic: str) -> bool:
    """Whether `task`'s (or a card's) title holds every content word of `topic`, at a word start."""
    title = task.title.casefold()
    return all(re.search(rf"(?<!\w){re.escape(w[:5])}", title) for w in topic_words(topic))


def _content(word: str, not_names: frozenset[str], is_person: Callable[[str], bool]) -> bool:
    low = word.casefold().strip("'’")
    if low in not_names or low in _GENERIC or len(low) < 2:
        return False
    return not _person(word, is_person)


def _person(word: str, is_person: Callable[[str], bool]) -> bool:
    low = word.casefold().strip("'’")
    stem = low[:-2] if low.endswith(("'s", "’s")) else low
    return is_person(stem) or (len(low) > 3 and low.endswith("s") and is_person(low[:-1]))
