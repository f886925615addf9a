"""Which date in a clause is its deadline, in every language ("by friday", "spätestens mittwoch").

"muss für Leons Geburtstag am 19. die Torte bestellen, spätestens Mittwoch": the 19th is what the
task is for, Wednesday is when it is due.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from flowhub.nlp._lexicon import DETERMINERS, OF_WORDS, POSSESSIVES, VERBS_FINAL
from flowhub.nlp._task_verbs import is_verb
from flowhub.nlp.lang import chat_phrases
from flowhub.nlp.types import When

__all__ = [
    "KIND_WORDS",
    "before_today",
    "deadline_at",
    "deadline_before",
    "deadline_first",
    "is_deadline",
    "is_kind",
    "names_an_event",
]


def _alt(words: tuple[str, ...]) -> str:
    items = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


_WORDS = r"by|before|due|until|till|no\s+later\s+than|" + _alt(chat_phrases("deadline_leads"))
_LEAD = re.compile(r"(?<!\w)(?:" + _WORDS + r")[\s,:]*$", re.I)
_START = re.compile(r"\s*(?:" + _WORDS + r")(?!\w)", re.I)
_ARTICLE = re.compile(r"the\s+", re.I)
_LAST_WORD = re.compile(r"([\w'-]+)\s+$")
_NEXT_WORD = re.compile(r"\s+[^\W\d_]")
# What closes a clause after its date ("report kal bhejna hai", "invoice Friday tak"): the date
# is when, not a word of the title.
_CLOSER = re.compile(r"\s+(tak|tk|तक|[^\W\d_]+)(?!\w)", re.I)
_REASON_NEXT = re.compile(r"[\s,]+(?:so|because|since|coz|cause|bc)\s+(?:that\s+)?\w", re.I)
_DEADLINE_WORD = re.compile(r"(?:on|at|by|in|before|after|until|till|for|from|next|this)\b", re.I)
KIND_WORDS = frozenset(
    ["daily", "weekly", "monthly", "yearly", "annual", "nightly", "quarterly", "hourly"]
)


def deadline_before(head: str) -> bool:
    """Whether `head` ends on a deadline word ("... by", "..., spätestens")."""
    return bool(_LEAD.search(head))


def deadline_first(words: str) -> bool:
    """Whether a date's own words open with a deadline word ("bis Mittwoch", "até quarta")."""
    return bool(_START.match(words))


def deadline_at(text: str, found: When) -> bool:
    """Whether `found` is a deadline in `text`: "by jan 10", "due friday", "d'ici lundi"."""
    start, end = found.span
    return deadline_before(text[:start]) or deadline_first(text[start:end])


def is_deadline(text: str, found: When) -> bool:
    """`deadline_at`, looking back only a few words before the date."""
    start, end = found.span
    return deadline_before(text[max(0, start - 24) : start]) or deadline_first(text[start:end])


def names_an_event(text: str, when: When) -> bool:
    """A date used as a modifier: "friday's party", "my 2pm", "the Christmas party", "Natal"."""
    start, end = when.span
    if text[end : end + 2] == "'s":
        return True
    before, phrase = _LAST_WORD.search(text[:start]), text[start:end]
    prev = before.group(1).lower() if before else ""
    if prev in POSSESSIVES and not _DEADLINE_WORD.match(phrase):
        return True  # "her monday meeting", not "call her on monday"
    closer = _CLOSER.match(text[end:])
    closed = closer is not None and (
        closer.group(1).lower() in ("tak", "tk", "तक") or closer.group(1).lower() in VERBS_FINAL
    )
    reason = _REASON_NEXT.match(text[end:])  # "pay the invoice monday so they unblock it"
    followed = bool(_NEXT_WORD.match(text[end:])) and not closed and reason is None
    article = _ARTICLE.match(phrase)
    if article and phrase[article.end() :].isalpha():
        return followed  # "the Christmas party" (a noun phrase), not "for the weekend:"
    if not phrase.isalpha() or not prev:
        return False
    return prev in DETERMINERS or prev in OF_WORDS or (followed and is_verb(prev))


def before_today(when: When, today: date) -> bool:
    """Whether `when` ends before `today` (its `end` is exclusive; both are in the user's zone)."""
    if when.end is None:
        return when.start.date() < today
    return (when.end.astimezone(when.start.tzinfo) - timedelta(microseconds=1)).date() < today


def is_kind(text: str, found: When) -> bool:
    """A "quarterly" or "weekly" before a noun, which says what kind of thing it is."""
    start, end = found.span
    return text[start:end].lower() in KIND_WORDS and bool(re.match(r"\s+[^\W\d]", text[end:]))
