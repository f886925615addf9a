"""A passive duty ("the permit must be filed with X by friday") said as the task to do it."""

from __future__ import annotations

import re

from flowhub.nlp._title_spelling import english_rank

__all__ = ["active"]

_PASSIVE = re.compile(
    r"^(?P<lead>\W*(?:(?:also|and|so|oh|btw|plus|note|reminder|fyi)[\s,:]+)*)"
    r"(?P<thing>(?!(?:i|we|you|he|she|they|it|this|that)\b)[\w'][^,.;!?]{2,80}?)\s+"
    r"(?:must|needs?\s+to|has\s+to|have\s+to|should|got\s+to|has\s+got\s+to|is\s+to)\s+"
    r"(?:still\s+)?be\s+(?P<verb>[a-z]+(?:ed|en|ne|nt|id|ld|ght))\b(?P<rest>.*)$",
    re.I | re.S,
)
_IRREGULAR = {
    "done": "do", "sent": "send", "paid": "pay", "written": "write", "sold": "sell",
    "bought": "buy", "built": "build", "given": "give", "taken": "take", "told": "tell",
    "made": "make", "brought": "bring", "found": "find", "held": "hold", "set": "set",
    "put": "put", "read": "read", "driven": "drive", "chosen": "choose", "redone": "redo",
}  # fmt: skip
_OPEN = re.compile(r"(?:the|a|an|my|our|your|his|her|their|this|that|these|those|all|each)\b", re.I)


def _base(verb: str) -> str | None:
    """The plain form of a past participle ("filed": "file"), or None when it is not one."""
    low = verb.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if not low.endswith("ed") or len(low) < 5:
        return None
    stems = [low[:-3] + "y"] if low.endswith("ied") else []
    stems += [low[:-1], low[:-2]]
    if len(low) > 5 and low[-3] == low[-4]:
        stems.append(low[:-3])  # "submitted": "submit"
    known = [s for s in stems if english_rank(s) is not None]
    return min(known, key=lambda s: english_rank(s) or 0) if known else None


def active(text: str) -> str:
    """`text` with a passive duty turned into the order to do it, or `text` as it is.

    "permit for the Keller bathroom must be filed with the Bezirksamt before 15 dec":
    "File the permit for the Keller bathroom with the Bezirksamt before 15 dec".
    """
    m = _PASSIVE.match(text)
    if m is None:
        return text
    verb = _base(m["verb"])
    if verb is None:
        return text
    thing = m["thing"].strip()
    if not _OPEN.match(thing):
        thing = f"the {thing}"
    return f"{m['lead']}{verb} {thing}{m['rest']}"
