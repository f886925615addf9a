"""The topic of a status question: "what's still open for the Hoffmann party?"."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from sqlmodel import Session, col, select

from flowhub.storage import Proposal, Task
from flowhub.storage.models import InboxEvent

T = TypeVar("T", Task, Proposal)

_WORD = r"[^\W\d_][\w'’\-]*"
# "Bauamt / permit", "the bauamt or the permit": alternatives, any of which a task may be about.
_OR = r"\s*/\s*(?:the\s+)?|\s+or\s+(?:the\s+)?"
# "anything with bauamt in it", "tasks mentioning the permit": words a task holds somewhere.
_HOLDS = re.compile(
    rf"\b(?:with|has|have|having)\s+(?:the\s+word\s+)?[\"“']?(?P<topic>{_WORD}(?:\s+{_WORD})?)"
    rf"[\"”']?\s+in\s+(?:it|them|the\s+(?:title|name|text))\b"
    rf"|\b(?:mentioning|mentions|containing|contains|that\s+say|saying)\s+(?:the\s+)?"
    rf"[\"“']?(?P<said>{_WORD}(?:(?:{_OR}){_WORD})*(?:\s+{_WORD})?)",
    re.I,
)
# The words after "for"/"about", up to where a period, a person or a new clause starts.
_TOPIC = re.compile(
    r"\b(?:for|about|regarding|concerning|re:)\s+(?:the\s+|our\s+|that\s+|this\s+)?"
    rf"(?P<topic>{_WORD}(?:(?:{_OR}){_WORD})*(?:\s+{_WORD}){{0,3}}?)"
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
    m = _HOLDS.search(text) or _TOPIC.search(text)
    if m is None:
        return ""
    said = (m["said"] if "said" in m.re.groupindex and m["said"] else m["topic"]).strip()
    said = " / ".join(re.split(_OR, said, flags=re.I))
    kept = [w for w in said.split() if _content(w, not_names, is_person)]
    # "sam's van": the person's name says whose tasks, not what they are about.
    return " ".join(w for w in said.split() if not _person(w, is_person)) if kept else ""


def topic_words(topic: str) -> list[str]:
    """The words of `topic` a task title must hold ("Hoffmann party" → ["hoffmann"])."""
    words = [w.casefold().strip("'’") for w in topic.split()]
    kept = [w for w in words if w not in _GENERIC]
    return kept or words


def matches(task: Task | Proposal, topic: str, *, said: str = "") -> bool:
    """Whether `task`'s (or a card's) title, or the message it came from (`said`), holds every
    content word of one of `topic`'s alternatives ("bauamt / permit"), at a word start."""
    texts = [task.title.casefold(), said.casefold()]
    if isinstance(task, Task) and task.notes:
        texts.append(task.notes.casefold())
    for alternative in topic.split("/"):
        words = topic_words(alternative)
        if not words:
            continue
        for text in texts:
            if text and all(re.search(rf"(?<!\w){re.escape(w[:5])}", text) for w in words):
                return True
    return False


def _content(word: str, not_names: frozenset[str], is_person: Callable[[str], bool]) -> bool:
    low = word.casefold().strip("'’")
    if low in not_names or low in _GENERIC or len(low) < 2:
        return False
    return not _person(word, is_person)


def _person(word: str, is_person: Callable[[str], bool]) -> bool:
    low = word.casefold().strip("'’")
    stem = low[:-2] if low.endswith(("'s", "’s")) else low
    return is_person(stem) or (len(low) > 3 and low.endswith("s") and is_person(low[:-1]))


def about(session: Session, items: list[T], topic: str) -> list[T]:
    """The items of `items` about `topic`, by their title or the message they were taken from."""
    ids = {t.source_event_id for t in items if t.source_event_id is not None}
    said: dict[int, str] = {}
    if ids:
        rows = session.exec(
            select(InboxEvent.id, InboxEvent.text).where(col(InboxEvent.id).in_(ids))
        ).all()
        said = {i: text for i, text in rows if i is not None}
    return [t for t in items if matches(t, topic, said=said.get(t.source_event_id or 0, ""))]
