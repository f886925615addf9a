"""The topic of a status question: "what's still open for the Hoffmann party?"."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from sqlmodel import Session, col, select

from flowhub.nlp import fold
from flowhub.skills.status_synonyms import synonyms
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
# "on the money side", "with the kit stuff", "any school things": a topic framed as a part.
# "where are we with the van?", "what about the move?": a whole message asking about a topic.
_ON = r"(?:the\s+|our\s+|my\s+|this\s+|that\s+)?"
_FRAMED = re.compile(
    rf"\b(?:on|in|with|for|about)\s+(?!top\s+of\b){_ON}(?P<part>{_WORD}(?:\s+{_WORD})?)\s+"
    r"(?:side|front|stuff|things?|bits?|end)\b"
    rf"|\b(?:any|the)\s+(?P<stuff>{_WORD})\s+(?:stuff|things)\b",
    re.I,
)
_ASKED = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|hey)[\s,]+)?(?:(?:where\s+are\s+we|where\s+do\s+we\s+stand"
    r"|how(?:'s|’s|s|\s+is|\s+are)\s+(?:we|things|it)(?:\s+(?:doing|going|looking))?"
    r"|what(?:'s|’s|s|\s+is)\s+(?:happening|going\s+on|new|the\s+(?:status|latest|state)))"
    r"\s+(?:with|on|about|for|re:?)|(?:any\s+)?(?:status|updates?|news)\s+(?:with|on|about|for|of)"
    r"|what\s+about|how\s+about)"
    rf"\s+{_ON}"
    rf"(?P<thing>{_WORD}(?:\s+{_WORD}){{0,2}}?)(?:\s+(?:stuff|things?|side|front))?\s*[?!.]*\s*$",
    re.I,
)
# Words that name no topic: kinds of thing, and parts of a period ("the rest of december").
_GENERIC_WORDS = """
    thing things stuff one ones job jobs task tasks side part front bit bits
    rest end start beginning morning afternoon evening night later soon now day days time
    weeks months list lists anything something everything else me us him her them you
    team everyone everybody please pls plz his their its your my our"""
_GENERIC = frozenset(_GENERIC_WORDS.split())
# Kinds of plan: a topic alone ("anything left for the party?"), beside a name only a kind
# ("the Hoffmann party" is about Hoffmann).
_KINDS = frozenset(["party", "event", "project", "projects"])


def read_topic(text: str, *, not_names: frozenset[str], is_person: Callable[[str], bool]) -> str:
    """The topic words a status question filters by ("Hoffmann party"), or ""."""
    m = _HOLDS.search(text) or _FRAMED.search(text) or _ASKED.search(text) or _TOPIC.search(text)
    if m is None:
        return ""
    said = next(v for v in m.groupdict().values() if v).strip()
    said = " / ".join(re.split(_OR, said, flags=re.I))
    kept = [w for w in said.split() if _content(w, not_names, is_person)]
    kept = kept or [w for w in said.split() if w.casefold() in _KINDS]
    # "sam's van": the person's name says whose tasks, not what they are about.
    return " ".join(w for w in said.split() if not _person(w, is_person)) if kept else ""


def asks_topic(text: str) -> bool:
    """Whether `text` as a whole asks about a topic ("what about the van?")."""
    return _ASKED.search(text) is not None or (
        _FRAMED.search(text) is not None
        and re.match(r"^\W*(?:what|whats|where|how|any|anything|status)\b", text, re.I) is not None
    )


def label(topic: str) -> str:
    """`topic` as an answer names it: "money side" → "money"."""
    kept = [w for w in topic.split() if w.casefold().strip("'’") not in _GENERIC]
    return " ".join(kept) or topic


def topic_words(topic: str) -> list[str]:
    """The words of `topic` a task title must hold ("Hoffmann party" → ["hoffmann"])."""
    words = [w.casefold().strip("'’") for w in topic.split()]
    kept = [w for w in words if w not in _GENERIC and w not in _KINDS]
    return kept or [w for w in words if w not in _GENERIC] or words


def matches(task: Task | Proposal, topic: str, *, said: str = "") -> bool:
    """Whether `task`'s (or a card's) title, or the message it came from (`said`), holds every
    content word of one of `topic`'s alternatives ("bauamt / permit"), or a synonym of it."""
    texts = [fold(task.title), fold(said)]
    if isinstance(task, Task) and task.notes:
        texts.append(fold(task.notes))
    for alternative in topic.split("/"):
        words = topic_words(alternative)
        if not words:
            continue
        for text in texts:
            if text and all(any(_holds(text, t) for t in synonyms(w)) for w in words):
                return True
    return False


def _holds(text: str, term: str) -> bool:
    """Whether `text` has a word starting like `term` ("invoi" for "invoices"); a short term
    only as a whole word or its plural, so "kit" is not "kitchen"."""
    if len(term) <= 4:
        return re.search(rf"(?<!\w){re.escape(term)}(?:s|es|'s|’s)?(?!\w)", text) is not None
    return re.search(rf"(?<!\w){re.escape(term[:5])}", text) is not None


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
