"""A time said only to be ruled out: "not midnight, 9 in the morning", "gece yarısı değil, sabah 9",
"dienstag statt mittwoch", "shaam ke 8, subah ke nahi". `parse_when` passes over such a time when
the message names another one."""

from __future__ import annotations

import re
from functools import cache

from flowhub.nlp.lang import REGISTRY

__all__ = ["negated", "ruled_out_after", "ruled_out_before", "ruled_out_span"]

_ENGLISH_BEFORE = (r"not", r"instead\s+of", r"rather\s+than", r"in\s+place\s+of")
# Short words that may stand between the negation and the time: "not on friday", "pas à 7h".
_BETWEEN = r"(?:\s+[^\W\d]{1,3})?"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = list(_ENGLISH_BEFORE)
    after: list[str] = []
    for language in REGISTRY.values():
        before += language.not_before
        after += language.not_after
    return (
        re.compile(rf"(?<![\w'])(?:{'|'.join(before)}){_BETWEEN}\s*$", re.I),
        re.compile(rf"^\s*(?:{'|'.join(after)})(?!\w)", re.I),
    )


def negated(text: str, span: tuple[int, int]) -> bool:
    """Whether the time at `span` of `text` is named only to be ruled out."""
    return ruled_out_span(text, span) is not None


def ruled_out_before(head: str) -> bool:
    """Whether `head`, the text before a time, ends with words ruling that time out."""
    return _patterns()[0].search(head[-40:]) is not None


def ruled_out_after(tail: str) -> bool:
    """Whether `tail`, the text after a time, opens with words ruling that time out."""
    return _patterns()[1].match(tail) is not None


def ruled_out_span(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The time at `span` with the words ruling it out ("not midnight"), or None if it stands."""
    before, after = _patterns()
    head = text[max(0, span[0] - 40) : span[0]]
    if m := before.search(head):
        return span[0] - len(head) + m.start(), span[1]
    if m := after.match(text[span[1] :]):
        return span[0], span[1] + m.end()
    return None
