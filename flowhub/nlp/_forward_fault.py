"""A fault reported in a forwarded message: what the forwarder is asked to get fixed.

A tenant writes "hello, the heating in 4B is not working again since this morning, it's
freezing": no greeting, no news, but a request to the person it was sent to, who forwards it.
So a message from an outsider that asks nothing in words but says something is broken is the
to-do "Get the heating in 4B fixed"; what it adds ("it's freezing") only says why.
"""

from __future__ import annotations

import re

from flowhub.nlp._remark import remark_title

__all__ = ["fault_asked"]

_PIECE = re.compile(r"\s*(?:[,;]|[.!](?=\s|$)|\s[-–—]\s)\s*")
# Words that ask in the message itself: such a message is read as it is.
_ASKS = re.compile(
    r"\?|\b(?:please|pls|can\s+you|could\s+you|would\s+you|let\s+me\s+know|need\s+you)\b", re.I
)
_FIXED = re.compile(r"^Get .+ fixed$")


def fault_asked(said: str) -> str:
    """ "the heating in 4B is not working again, it's freezing" -> "Get the heating in 4B
    fixed"; `said` itself when it asks in words or reports no fault."""
    if _ASKS.search(said):
        return said
    for piece in _PIECE.split(said):
        title = remark_title(piece) if piece.strip() else None
        if title is not None and _FIXED.match(title):
            return title
    return said
