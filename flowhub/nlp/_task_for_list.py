"""A list handed to one person on one line: "for priya, docu v3 by thu: trim the intro, more
hopeful music in act 3, fix the spelling in the lower third" is one task per item, each the named
person's and each due on the day said before the colon. The items are written out as the
header-and-bullets list the extractor reads ("docu v3 by thu:" then "- trim the intro" …).
"""

from __future__ import annotations

import re

from flowhub.nlp._lexicon import NOT_NAMES, NOT_SPEAKERS, VERBS
from flowhub.nlp._title_spelling import is_english_word

__all__ = ["listed_for"]

_FOR = re.compile(
    r"^\s*(?:for|to)\s+(?P<name>@?[^\W\d_][\w'-]{1,30})\s*[,:–—-]\s*"
    r"(?:(?P<head>[^:\n]{1,80}?)\s*:\s*)?(?P<items>[^\n:]+?)\s*[.!]*\s*$",
    re.I,
)
_ITEM_BREAK = re.compile(r"\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+(?=[^,]*$))\s*", re.I)
_MIN_ITEMS = 2
# "for example, …", "for now: …": no person.
_NOT_FOR = frozenset(
    [
        "example",
        "instance",
        "now",
        "starters",
        "reference",
        "context",
        "once",
        "sure",
        "real",
        "later",
        "sale",
        "free",
        "rent",
    ]
)


def listed_for(text: str) -> tuple[str, str] | None:
    """(the person, the items as a header and bullet lines) for "for NAME, header: a, b, c";
    None for any other text."""
    m = _FOR.match(text)
    if m is None:
        return None
    name = m["name"]
    low = name.casefold().lstrip("@")
    if low in NOT_NAMES or low in NOT_SPEAKERS or low in VERBS or low in _NOT_FOR:
        return None  # "for example, …", "to everyone: …"
    if not (name.startswith("@") or name[:1].isupper() or m["head"] or not is_english_word(low)):
        return None  # "for lunch: pasta, salad": no header names what the person is given
    items = [i.strip(" .") for i in _ITEM_BREAK.split(m["items"]) if i.strip(" .")]
    if len(items) < _MIN_ITEMS:
        return None
    head = [f"{m['head']}:"] if m["head"] else []
    lines = [*head, *(f"- {item}" for item in items)]
    return name, "\n".join(lines)
