"""Negated priority words in a follow-up about a task: "its not urgent", "no rush", "not that
important" lower its priority, never raise it.
"""

from __future__ import annotations

import re

__all__ = ["lowered"]

_NOT_PRIORITY = re.compile(
    r"(?<![\w'])(?:(?:is\s*n[o']t|isnt|not|no\s+longer|never)\s+(?:that\s+|very\s+|so\s+|a\s+|"
    r"really\s+|super\s+)?(?P<v>urgent|important|a\s+priority|priority|high\s+priority|pressing)"
    r"|no\s+(?:rush|hurry|urgency))(?![\w'])",
    re.I,
)


def lowered(text: str) -> str | None:
    """ "low" for "not important", "normal" for "not urgent" or "no rush"; None if not said."""
    m = _NOT_PRIORITY.search(text)
    if m is None:
        return None
    return "low" if (m["v"] or "").casefold() == "important" else "normal"
