"""A deadline said with "before" a date: "before the 12th" is due by the 11th.

Only a dated day moves; "before Friday" is read as most people mean it, by Friday.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from flowhub.nlp.types import When

__all__ = ["day_before"]

# "before the 12th", "before the tasting on the 10th": up to three words between.
_BEFORE = re.compile(r"\bbefore(?:\s+[\w'-]+){0,3}?\s*(?:on\s+)?$", re.I)
_BEFORE_START = re.compile(r"^\s*before\b", re.I)
# "before lunch on the 10th" is on the 10th, earlier that day.
_SAME_DAY = re.compile(
    r"\b(?:lunch|noon|midday|dinner|breakfast|morning|afternoon|evening|eod|cob|close|end)\b", re.I
)


def day_before(text: str, due: When | None) -> When | None:
    """`due` a day earlier when `text` says it "before" a whole day; else `due` unchanged.

    `due.span` indexes `text`. A clock time ("before 5pm"), a range or a repeat stays as said.
    """
    if due is None or due.grain != "day" or due.end is not None or due.rrule:
        return due
    start, end = due.span
    said = text[start:end]
    if not any(c.isdigit() for c in said):
        return due
    lead = _BEFORE.search(text[max(0, start - 40) : start])
    if not (_BEFORE_START.match(said) or lead) or _SAME_DAY.search(
        said + (lead[0] if lead else "")
    ):
        return due
    return replace(due, start=due.start - timedelta(days=1))
