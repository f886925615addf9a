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


def without_hedges(title: str) -> str:
    """`title` without a hedge at its start or end ("Book the skip, probably": "Book the skip")."""
    cut = _INSIDE.sub(" ", title)
    cut = _TRAILING.sub("", cut)
    lead = _LEADING.match(cut)
    if lead:
        rest = cut[lead.end() :]
        cut = rest[:1].upper() + rest[1:] if title[:1].isupper() else rest
    return cut if len(cut.split()) >= 2 else title
