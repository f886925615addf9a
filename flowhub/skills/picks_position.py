"""Which waiting cards a phrase names: by position ("the first two", "2-3") or by title words."""

from __future__ import annotations

import re

from flowhub.skills import picks_words as pw
from flowhub.skills.due_day import due_day_words
from flowhub.skills.refer import match_titles, tokens
from flowhub.storage import Proposal


class Unclear(Exception):
    """A part of the message names no card; nothing may change."""

    def __init__(self, part: str, sure: bool, said: str | None = None) -> None:
        super().__init__(part)
        self.part, self.sure, self.said = part, sure, said


def positions(part: str, size: int) -> list[int] | None:
    """0-based positions "the 2nd", "the first two", "those last two", "1-3" name, or None."""
    key = position_key(part)
    if key is None:
        return None
    kind, a, b = key
    if kind == "middle" and size % 2 == 0:
        raise Unclear(part, False)  # "the middle one" of two or four cards is no one card
    if kind == "middle":
        indices = [size // 2]
    elif kind == "one":
        indices = [a if a >= 0 else size + a]
    elif kind == "first":
        indices = list(range(a))
    elif kind == "last":
        indices = list(range(size - a, size))
    else:
        indices = list(range(a, b + 1))
    if not indices or any(not 0 <= i < size for i in indices):
        said = pw.NO_SUCH.format(number=max(a, b) + 1, count=size)
        raise Unclear(part, True, said)
    return indices


def position_key(part: str) -> tuple[str, int, int] | None:
    """("one", index) / ("first" | "last", count) / ("span", from, to) for a position phrase."""
    key = pw.SUFFIXES.sub("", pw.DETERMINERS.sub("", part.strip().casefold())).strip()
    if key in pw.ORDINAL_WORDS:
        return "one", pw.ORDINAL_WORDS[key], 0
    if key in pw.MIDDLE:
        return "middle", 0, 0
    if re.fullmatch(r"#?\d{1,2}", key):
        return "one", int(key.lstrip("#")) - 1, 0
    if m := pw.RANGE_N.match(key):
        n = int(m.group("n")) if m.group("n").isdigit() else pw.COUNTS.get(m.group("n"))
        if n is None:
            return None
        return ("first" if m.group("end") in ("first", "top") else "last"), n, 0
    if (m := pw.SPAN.match(key)) and int(m.group("a")) <= int(m.group("b")):
        return "span", int(m.group("a")) - 1, int(m.group("b")) - 1
    return None


def title_match(part: str, pending: list[Proposal]) -> Proposal | None:
    """The one card whose title holds every word of `part` (its first four letters will do)."""
    wanted = tokens(part)
    if not wanted:
        return None
    found = []
    for card in pending:
        have = tokens(card.title) | due_day_words(card)
        missing = [w for w in wanted if w not in have and not _prefixed(w, have)]
        if not missing:
            found.append(card)
    if len(found) > 1:  # "the dentist" with "book the dentist" and "pay the dentist": ask
        best = match_titles(part, found)
        return best[0] if len(best) == 1 else None
    return found[0] if found else None


def titles_match(part: str, pending: list[Proposal]) -> list[Proposal]:
    """Every card "the harrisons ones" names: a plural, and two or more titles hold its words."""
    if not re.search(r"\b(?:ones|cards|tasks)$", part.strip(), re.I):
        return []
    wanted = tokens(pw.SUFFIXES.sub("", part))
    found = [
        card
        for card in pending
        if wanted
        and all(
            w in (have := tokens(card.title) | due_day_words(card)) or _prefixed(w, have)
            for w in wanted
        )
    ]
    return found if len(found) > 1 else []


def _prefixed(word: str, have: set[str]) -> bool:
    return len(word) >= 4 and any(h.startswith(word[:4]) for h in have)


def more_named(piece: str, pending: list[Proposal]) -> str:
    """`piece` cut to the cards it names by title ("rota and fridge ones"), or "" if it names
    anything else."""
    what = pw.TAIL.sub("", pw.LEAD.sub("", piece)).strip()
    parts = [pw.SUFFIXES.sub("", p) for p in pw.PARTS.split(what) if p.strip()]
    if not parts or any(title_match(p, pending) is None for p in parts):
        return ""
    return what
