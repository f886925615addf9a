"""The answer to the bot's own "Several tasks match … Which one?": "2", "the second one", "the
everyone one", "the one for everyone", "the team one" pick one of the tasks it listed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from flowhub.skills.refer import T, match_titles, ordinal

# "the everyone one", "that team task", "the one for everyone", "the one with birgit", "everyone".
_NAMED = re.compile(
    r"^(?:(?:oh|ok(?:ay)?|um+|uh+|hmm+|sorry|yeah|yes|no)[\s,]+)*(?:(?:the|that|this)\s+)?"
    r"(?:(?:one|task|card)\s+(?:for|with|about|re|to|on)\s+(?:the\s+)?(?P<a>.+?)"
    r"|(?P<b>.+?)(?:\s+(?:one|task|card))?)\s*(?:(?:pls|please|thx|thanks)\s*)?[.!?]*$",
    re.I,
)
_MOST_WORDS = 6


def chosen(text: str, items: Sequence[T]) -> T | None:
    """The one of `items` (in the order they were listed) that the answer `text` picks."""
    said = " ".join(text.split())
    index = ordinal(said.strip(" .!?"))
    if index is not None:
        return items[index] if -len(items) <= index < len(items) else None
    m = _NAMED.match(said)
    if m is None:
        return None
    words = (m["a"] or m["b"] or "").strip()
    if not words or len(words.split()) > _MOST_WORDS:
        return None
    found = match_titles(words, items)
    return found[0] if len(found) == 1 else None
