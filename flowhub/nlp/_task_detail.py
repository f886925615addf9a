"""Clauses that are details of the task beside them, not tasks of their own.

"set up the parents' rota? 2 hour slots, 8 till 4": the slots are how the rota is laid out;
"book the pitches, call them monday morning": the call is the way the booking is done, by monday.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.nlp._task_verbs import is_verb
from flowhub.nlp.types import TaskDraft

__all__ = ["without_details"]

# A verbless clause that opens with an amount or a quantifier: "2 hour slots", "both pitches",
# "each one", "half an hour before each one".
_AMOUNT_OPENER = re.compile(
    r"^(?:\d+(?:[.,:]\d+)?\b|both|each|every|all|half|twice|either|neither)\b", re.I
)
# A follow-on whose object is a pronoun for the thing just named: "call them", "confirm with him".
_PRONOUN_FOLLOW = re.compile(
    r"^[a-z][\w'-]*\s+(?:(?:with|to|back|up|in)\s+)?(?:them|him|her|it|they|those|these)"
    r"(?:\s+(?:back|up|about\s+(?:it|that|this)|on\s+(?:it|that|this)))?\s*[.!]?$",
    re.I,
)


# The same follow-on left at the end of a title: "Renew the car insurance, ring them".
_PRONOUN_TAIL = re.compile(
    r",\s+[a-z][\w'-]*\s+(?:(?:with|to|back|up|in)\s+)?(?:them|him|her)(?:\s+(?:back|up))?\s*$",
    re.I,
)

# A statement about someone else left after the task: "Sort the bbq, my brother-in-law has a
# big grill", "Collect the banner, they printed it".
_ASIDE_TAIL = re.compile(
    r",\s+(?:(?:my|our|his|her|their)\s+[\w'-]+|they|he|she)\s+"
    r"(?:has|have|had|printed|made|sent|did)\b[^,]*$",
    re.I,
)

# Verbs whose task is to pass the statement on: "tell Sam, his car has a flat".
_TELLING = frozenset({"tell", "ask", "warn", "inform", "remind", "let", "show", "explain", "text"})


def _detail(title: str) -> bool:
    words = title.split()
    if not words or not _AMOUNT_OPENER.match(title):
        return False
    return not any(is_verb(w.lower().strip(",.")) for w in words[2:])


def _pronoun_follow(title: str) -> bool:
    words = title.split()
    return bool(words) and bool(_PRONOUN_FOLLOW.match(title)) and is_verb(words[0].lower())


def without_details(drafts: list[TaskDraft], clauses: int) -> list[TaskDraft]:
    """`drafts` without the ones that only add a detail to another clause of the message; a
    pronoun follow-on ("call them monday") gives its date to the task it points back to."""
    out: list[TaskDraft] = []
    for draft in drafts:
        tail = _PRONOUN_TAIL.search(draft.title)
        if tail is None and draft.title.split()[0].lower() not in _TELLING:
            tail = _ASIDE_TAIL.search(draft.title)
        if tail and len(draft.title[: tail.start()].split()) > 1:
            draft = replace(draft, title=draft.title[: tail.start()])
        if clauses > 1 and _detail(draft.title):
            continue
        if out and _pronoun_follow(draft.title) and out[-1].assignee == draft.assignee:
            if out[-1].due is None and draft.due is not None:
                out[-1] = replace(out[-1], due=draft.due)
            continue
        out.append(draft)
    return out
