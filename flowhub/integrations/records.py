"""The CRM record a task names: "Follow up with ACME Corp" names "ACME Corp".

CRM tools (HubSpot, Pipedrive) link a pushed task to the company, deal or organisation its
title names. `record_names` gives the names worth looking up, best first: runs of capitalised
words (a first word only in capitals, "IBM renewal", as every title starts with a capital),
else what follows a last "with", "for", "at" ("follow up with acme corp" gives "acme corp").
`best_match` picks the search hit whose name is the one asked for, or contains it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_NAMES = 2
_EDGE = ",.;:!?()[]\"'“”‘’«»"
_AFTER = re.compile(r"\b(?:with|for|at|from|to)\s+(?P<name>[^,;:!?]+?)\s*$", re.I)
# Words that start a title with a capital or lead a clause, never a record's name.
_NOT_NAMES = frozenset({"i", "a", "an", "the", "re", "fw", "fwd", "asap", "eod", "eow"})


def record_names(title: str) -> list[str]:
    """The record names `title` may mention, best first (at most `MAX_NAMES`)."""
    words = [w.strip(_EDGE) for w in title.split()]
    names: list[str] = []
    run: list[str] = []
    for index, word in enumerate([*words, ""]):
        # A title starts with a capital anyway: its first word counts only in capitals ("IBM").
        named = word.isupper() and len(word) > 1 if index == 0 else word[:1].isupper()
        if named and word.casefold() not in _NOT_NAMES:
            run.append(word)
            continue
        if run:
            names.append(" ".join(run))
            run = []
    if not names and (found := _AFTER.search(title)):
        tail = found.group("name").strip(_EDGE).split()
        if 0 < len(tail) <= 4:
            names.append(" ".join(tail))
    names.sort(key=lambda name: -len(name))
    return [n for n in names if len(n) >= 2][:MAX_NAMES]


def best_match(name: str, hits: Iterable[tuple[str, str]]) -> str | None:
    """The id of the hit (id, name) named `name`, else of the first whose name holds it."""
    wanted = name.casefold()
    holding: str | None = None
    for hit_id, hit_name in hits:
        found = hit_name.casefold().strip()
        if found == wanted:
            return hit_id
        if holding is None and found and (wanted in found or found in wanted):
            holding = hit_id
    return holding


__all__ = ["MAX_NAMES", "best_match", "record_names"]
