"""A time said by pointing back: "health inspection is on the 14th. before that: ..." reads
"before the 14th: ..."."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from flowhub.nlp.when import search_when

__all__ = ["THEN_HEAD", "then_dated"]

# "before that", "by then", "until then" opening a sentence, pointing at the time said before.
THEN_HEAD = re.compile(
    r"^\s*(?P<lead>before|by|until|till|no\s+later\s+than)\s+(?P<ref>that|then|this)\b(?!\s+\w+\s+is\b)",
    re.I,
)
_PREPOSITION = re.compile(r"^(?:on|at|is|by|for|from)\s+", re.I)
# Any reading moment does: only where the time words stand is used.
_SOME_MOMENT = datetime(2000, 1, 3, 12, tzinfo=UTC)


def _last_time_words(sentence: str) -> str | None:
    found = search_when(sentence, now=_SOME_MOMENT, tz="UTC")
    if not found or found[-1].rrule:
        return None
    start, end = found[-1].span
    return _PREPOSITION.sub("", sentence[start:end].strip()) or None


def then_dated(sentences: list[str]) -> list[str]:
    """The sentences with a "before that" that follows a dated sentence said with that date."""
    out: list[str] = []
    for i, sentence in enumerate(sentences):
        m = THEN_HEAD.match(sentence)
        when = _last_time_words(sentences[i - 1]) if m and i else None
        if m and when:
            sentence = f"{sentence[: m.start('ref')]}{when}{sentence[m.end('ref') :]}"
        out.append(sentence)
    return out
