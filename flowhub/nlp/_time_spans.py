"""How far an expression's span reaches: the preposition before it, the event after it."""

from __future__ import annotations

import re

__all__ = ["grown"]

_PREFIX = re.compile(
    r"(?:\b(?:by|on|at|from|due(?:\s+(?:by|on|at))?|until|till|before|after|between|since|"
    r"ahead\s+of|in\s+time\s+for|prior\s+to|"
    r"starting(?:\s+(?:on|at|from))?|later\s+than|for|el|le|am|o|a|um|ab|bis|hasta|ate|des|"
    r"no|na|dia|del)|@)\s*$"
)
_BEFORE_PREFIX = 16
_DEADLINE = re.compile(r"(?:by|before|until|till|ahead\s+of|in\s+time\s+for|prior\s+to)\s")
_EVENT = re.compile(r"['’]s\s+(?:(?:big|final|weekly|team|board|client|product)\s+)?[a-z]+\b")


def _over_event(t: str, span: tuple[int, int], grain: str) -> tuple[int, int]:
    """Grow a deadline's span over the event that names its day ("before friday's release")."""
    if grain in ("minute", "hour") or not _DEADLINE.match(t, span[0]):
        return span
    m = _EVENT.match(t, span[1])
    return (span[0], m.end()) if m else span


def _extend_left(t: str, span: tuple[int, int]) -> tuple[int, int]:
    """Grow `span` over a preposition just before it ("by", "on", "at"...)."""
    before = t[max(0, span[0] - _BEFORE_PREFIX) : span[0]]
    m = _PREFIX.search(before)
    if m is None:
        return span
    return (span[0] - (len(before) - m.start()), span[1])


def grown(t: str, span: tuple[int, int], grain: str) -> tuple[int, int]:
    """`span` in folded text `t` grown over its leading preposition and a deadline's event."""
    return _over_event(t, _extend_left(t, span), grain)
