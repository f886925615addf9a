"""A forwarded line that only says how a thing stands: "Quote valid 30 days", "invoice attached",
"the hall is free", "payment received". It asks the forwarder for nothing, so it is a note to
read, never a to-do; "check the paid invoices" and "book the free room" still ask.
"""

from __future__ import annotations

import re

from flowhub.nlp._lexicon import VERBS

__all__ = ["only_informs"]

_STATE = (
    r"(?:valid|available|ready|included|attached|enclosed|confirmed|paid|booked|free|closed"
    r"|open|done|sorted|fixed|delivered|expired|approved|signed|received|sent|in\s+stock"
    r"|out\s+of\s+stock|on\s+(?:its|the)\s+way|unchanged|final|agreed|accepted)"
)
_DETERMINER = r"(?:the|our|my|your|this|that|their|his|her)"
_INFO = re.compile(
    rf"^(?P<det>{_DETERMINER}\s+)?(?P<thing>[\w'-]+(?:\s+[\w'-]+){{0,2}}?)\s+"
    r"(?:(?:is|are|was|were|'s|has\s+been|have\s+been)\s+)?(?:now\s+|still\s+|already\s+|all\s+)?"
    rf"{_STATE}\b[^?]*$",
    re.I,
)
_ASKS = re.compile(
    r"\b(?:please|pls|can\s+you|could\s+you|let\s+me\s+know|need|needs"
    r"|for\s+(?:pick[\s-]?up|collection)|to\s+(?:collect|pick\s+up))\b",
    re.I,
)


def only_informs(title: str) -> bool:
    """Whether a forwarded line says how something stands and asks for nothing."""
    m = _INFO.match(title.strip())
    if m is None or _ASKS.search(title):
        return False
    first = m["thing"].split()[0].casefold()
    # "Quote valid 30 days": a thing, then its state; "check the paid invoices" opens with a verb
    return bool(m["det"]) or first not in VERBS or len(m["thing"].split()) == 1
