"""Follow-up edits said loosely, rewritten into the plain forms the edit reader knows.

"give the tiles to sam again pls" drops the trailing "again pls"; "the 2x4 thing, make it 7am
not 9" names its task before a colon and keeps only the new time; "redo that, sam should have
it" keeps the edit that follows "redo that"; "the inventory one is mine" gives it to me.
"""

from __future__ import annotations

import re

_TRAILING = re.compile(
    r"(?:[\s,]+(?:again|pls|plz|please|thanks|thx|ty|btw|then|too|as well)\b)+[\s.!]*$", re.I
)
_LEADING_TOPIC = re.compile(
    r"^(?P<t>(?:the|that|this|my|our)\s[^,:;.!?]{1,40}?)\s*,\s*"
    r"(?P<r>(?:make|move|change|set|put|push|shift|bump|give|hand|assign|rename|call)\s+it\b.*)$",
    re.I,
)
_ASIDE = re.compile(r"^\s*(?:btw|though|fyi)\b", re.I)
_VAGUE_NOUN = re.compile(r"\s+(?:thing|stuff|business|task)$", re.I)
_TIME = r"\d{1,2}(?::\d{2})?\s*(?:am|pm|h)?"
_NOT_BEFORE = re.compile(
    rf"\b(?P<new>{_TIME})\s*(?:,\s*)?(?:not|instead of)\s+(?:at\s+)?{_TIME}\b", re.I
)
_REDO = re.compile(
    r"^(?:(?:hmm+|um+|uh+|ah+|oh|no|nah|wait|actually|sorry)[\s,.!]+)*"
    r"(?:redo|re-do|undo the undo|put it back|do it again)"
    r"(?:\s+(?:that|it|this))?[\s,.;!:-]+(?=\S)",
    re.I,
)
_MINE = re.compile(
    r"^(?P<t>(?:the|that|this)\s[^,:;.!?]{1,40}?)\s+(?:is|'s)\s+mine\b(?P<r>.*)$", re.I
)


def loosen(text: str) -> str:
    """`text` with follow-up filler dropped and a leading topic or "is mine" made explicit."""
    said = _REDO.sub("", text, count=1)
    said = _TRAILING.sub("", said)
    said = _NOT_BEFORE.sub(lambda m: m.group("new"), said)
    mine = _MINE.match(said)
    if mine is not None:
        rest = _TRAILING.sub("", _ASIDE.sub("", mine.group("r")))
        said = f"give {mine.group('t')} to me{rest}"
    topic = _LEADING_TOPIC.match(said)
    if topic is not None:
        named = _VAGUE_NOUN.sub("", topic.group("t"))  # "the 2x4 thing" names the 2x4 task
        said = f"{named}: {topic.group('r')}"
    return said.strip() or text
