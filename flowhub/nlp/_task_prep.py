"""What is needed before a dated event, said as the to-dos it is: "health inspection thursday
9am. before that i need the fridge temp logs printed and pest control cert from priya" reads
"health inspection thursday 9am. print the fridge temp logs by thursday 9am. get the pest
control cert from priya by thursday 9am".

A thing wanted done ("the slides checked") is its verb; a thing wanted from someone ("the budget
from sam") is to get it; "need to pick up the x-rays and the insurance card before" picks up
both. The event stays a task of its own.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from flowhub.nlp._lexicon import VERBS
from flowhub.nlp._task_verbs import verb_base
from flowhub.nlp.when import search_when

__all__ = ["prep_said"]

# Any reading moment does: only where the time words stand is used.
_SOME_MOMENT = datetime(2000, 1, 3, 12, tzinfo=UTC)
# The event, then the piece that says what is needed before it.
_PIECES = re.compile(r"(?<=[.!?])\s+|\s*[,;]\s+(?=(?:and\s+)?(?:before|by|i|we|need|gotta)\b)")
_LEAD = re.compile(
    r"^\s*(?:and\s+)?(?P<back>(?:before|by)\s+(?:that|then|this|it)\s*[,:]?\s*)?(?:(?:i|we)\s+)?"
    r"(?:(?:will|'ll|still|also)\s+)?(?:need|needs|gotta|have\s+to|must)\s+(?:to\s+)?(?=\w)",
    re.I,
)
_TAIL = re.compile(
    r"\s*,?\s*(?:before(?:hand|\s+(?:that|then|it|the\s+\w+))?|ahead\s+of\s+(?:it|that))"
    r"[\s.!]*$",
    re.I,
)
_ITEMS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)
_DETERMINER = re.compile(r"^(?:the|a|an|my|our|their|his|her|your|some)\b", re.I)
_IRREGULAR = {"sent": "send", "done": "do", "made": "make", "brought": "bring", "paid": "pay"}
_PREPOSITION = re.compile(r"^(?:on|at|is|by|for|from)\s+", re.I)


def prep_said(text: str) -> str:
    """`text` with what is needed before the event said just before it as dated to-dos."""
    pieces = _PIECES.split(text.strip())
    if len(pieces) != 2:
        return text
    event, need = pieces
    found = search_when(event, now=_SOME_MOMENT, tz="UTC")
    lead = _LEAD.match(need)
    if len(found) != 1 or found[0].rrule or lead is None or "(" in need:
        return text
    tail = _TAIL.search(need)
    if not lead["back"] and tail is None:
        return text
    if search_when(need, now=_SOME_MOMENT, tz="UTC"):
        return text  # the need says its own time
    start, end = found[0].span
    when = _PREPOSITION.sub("", event[start:end].strip(" .,"))
    said = need[lead.end() : tail.start() if tail else len(need)].strip(" .!")
    todos = _todos(said)
    if not todos:
        return text
    return ". ".join([event.rstrip(" .,"), *(f"{t} by {when}" for t in todos)])


def _todos(said: str) -> list[str]:
    """ "the slides checked and the budget from sam" -> "check the slides", "get the budget from
    sam"; "pick up the x-rays and the insurance card" -> a pick-up each."""
    items = [i.strip() for i in _ITEMS.split(said) if i.strip()]
    out: list[str] = []
    verb = ""
    for item in items:
        words = item.split()
        first = words[0].lower()
        if first in VERBS or verb_base(first):
            verb = " ".join(words[:2]) if len(words) > 2 and words[1] in ("up", "out") else first
            out.append(item)
        elif (base := _done_verb(words[-1])) and len(words) > 1:
            out.append(f"{base} {' '.join(words[:-1])}")
        elif " from " in f" {item} ":
            out.append(f"get {item}" if _DETERMINER.match(item) else f"get the {item}")
        elif verb and _DETERMINER.match(item):
            out.append(f"{verb} {item}")
        elif len(words) <= 5:
            out.append(f"get {item}")
        else:
            return []
    return out


def _done_verb(word: str) -> str | None:
    """The verb "printed", "checked", "signed" or "sent" is done with."""
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if not word.endswith("ed"):
        return None
    stem = word[:-2]
    options = [stem, word[:-1], stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""]
    options.append(stem[:-1] + "y" if stem.endswith("i") else "")
    return next((o for o in options if o and o in VERBS), None)
