"""Hedges a speaker puts around a task ("probably", "i guess") that are not part of its title."""

from __future__ import annotations

import re

__all__ = ["without_hedges"]

_HEDGE = (
    r"(?:probably|prob(?:ably)?|prolly|maybe|perhaps|possibly|hopefully|i\s+guess|i\s+think"
    r"|i\s+hope|i\s+suppose|most\s+likely)"
)
_TRAILING = re.compile(rf"(?:[\s,;]+|\s*[-–—]\s*)\(?{_HEDGE}\)?[\s.!?,;]*$", re.I)
_LEADING = re.compile(rf"^{_HEDGE}[\s,]+(?=\w)", re.I)
_INSIDE = re.compile(rf",\s*{_HEDGE}\s*,\s*", re.I)
# "..., because half the team wants the same days off", "..., he tends to forget": why, or a
# word about the person, said after the task.
_WHY_AFTER = re.compile(
    r"(?:[\s,;]+|\s*[-–—]\s*)(?:(?:because|cause|cuz|coz)\s+\S"
    r"|(?:he|she|they)(?:'s|\s+is|\s+are)?\s+(?:tends?\s+to|always|usually|often|keeps?|never"
    r"|forgets?|forgetful)\b).*$",
    re.I,
)


def without_hedges(title: str) -> str:
    """`title` without a hedge at its start or end ("Book the skip, probably": "Book the skip"),
    nor the reason or a word about the person after it ("..., he tends to forget")."""
    cut = _INSIDE.sub(" ", title)
    why = _WHY_AFTER.search(cut)
    if why and len(cut[: why.start()].split()) >= 2:
        cut = cut[: why.start()]
    cut = _TRAILING.sub("", cut)
    lead = _LEADING.match(cut)
    if lead:
        rest = cut[lead.end() :]
        cut = rest[:1].upper() + rest[1:] if title[:1].isupper() else rest
    return cut if len(cut.split()) >= 2 else title
