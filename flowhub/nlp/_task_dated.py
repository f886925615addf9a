"""A sentence that lists several things, each with a day of its own, lists several tasks.

"plumber at the flat tue morning, guest check-in wed at 3pm, and the invoices by friday" has no
verb on two of its pieces, so the verb rule keeps it whole; the dates say where it splits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# Commas (with an optional "and") and a bare "and" between the pieces of one sentence, in
# English, Italian, Dutch, Russian and Hindi too ("… и в 9 вечера созвон", "… और 2 घंटे में …").
_SEP = re.compile(r"\s*[,،]\s*(?:and\s+|&\s+)?|\s+(?:and|&|e|en|и|और|aur)\s+", re.I)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# "plumber tuesday morning, the boiler is leaking again": news that says why, not a task.
_NEWS = re.compile(
    r"^\s*(?:(?:the|my|our|his|her|their|this|that|these|those)\s+(?:[\w'-]+\s+){0,3}?"
    r"|it\s+|it'?s\s+|he\s+|she\s+|they\s+|there\s+)"
    r"(?:is|are|was|were|'s|has|have|had|keeps|kept|broke|stopped|won'?t|doesn'?t|isn'?t"
    r"|aren'?t|can'?t|leaks?|leaking|needs)\b",
    re.I,
)
_UNSAID = re.compile(
    r"\b(?:no|not|don'?t|never|cancel|scratch|forget|nvm|never\s*mind|wait)\b", re.I
)

Spans = Callable[[str], Sequence[tuple[int, int]]]


def _pieces(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for cut in _SEP.finditer(text):
        bounds.append((start, cut.start()))
        start = cut.end()
    bounds.append((start, len(text)))
    return bounds


def _own_words(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> int:
    """Words of text[start:end] outside every date span."""
    count = 0
    for word in _WORD.finditer(text, start, end):
        if not any(a <= word.start() < b for a, b in spans):
            count += 1
    return count


def _dated(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= a < end and b <= end + 1 for a, b in spans)


def dated_pieces(text: str, spans_of: Spans) -> list[str]:
    """`text` cut where at least two pieces carry a date and two words of their own; else [text].

    A piece without its own date or words goes with the piece before it.
    """
    if len(text) > 600 or not _SEP.search(text):
        return [text]
    spans = spans_of(text)
    if len(spans) < 2:
        return [text]
    merged: list[list[int]] = []
    standalone = 0
    for start, end in _pieces(text):
        whole = _dated(start, end, spans) and _own_words(text, start, end, spans) >= 2
        if whole or not merged:
            merged.append([start, end])
            standalone += whole
        else:
            merged[-1][1] = end
    if standalone < 2:
        return [text]
    return [text[a:b].strip() for a, b in merged if text[a:b].strip()]


def with_news_left_out(text: str, spans_of: Spans) -> str | None:
    """The one dated piece of a sentence whose other pieces are news ("plumber tue morning, the
    boiler is leaking again"), or None."""
    if len(text) > 600 or not _SEP.search(text) or _UNSAID.search(text):
        return None
    spans = spans_of(text)
    pieces = _pieces(text)
    dated = [
        (a, b) for a, b in pieces if _dated(a, b, spans) and _own_words(text, a, b, spans) >= 2
    ]
    if len(dated) != 1 or len(pieces) < 2:
        return None
    others = [(a, b) for a, b in pieces if (a, b) != dated[0]]
    if not all(_NEWS.match(text[a:b]) for a, b in others):
        return None
    return text[dated[0][0] : dated[0][1]].strip()
