"""The words of a text that name what it is about, each said the English way where a language
file knows it: "die reiseversicherungspapiere für wien" -> {"insurance", "vienna"}, "gramado
otelini" -> {"gramado", "hotel"}; names and numbers stay as written (folded)."""

from __future__ import annotations

import re

from flowhub.nlp._time_lexicon import fold
from flowhub.nlp.lang import (
    de_things,
    es_things,
    fr_things,
    hi_things,
    id_things,
    pt_things,
    tr_things,
)

__all__ = ["thing_words"]

_MODULES = (de_things, fr_things, pt_things, tr_things, id_things, hi_things, es_things)
_SAME: dict[str, str] = {k: v for m in _MODULES for k, v in m.SAME.items()}
_ENGLISH_FILLER = [
    "from",
    "them",
    "with",
    "that",
    "this",
    "have",
    "been",
    "just",
    "already",
    "done",
    "sent",
    "last",
    "night",
    "also",
    "into",
    "about",
    "your",
    "their",
    "there",
    "here",
    "they",
    "were",
    "will",
    "would",
    "could",
    "should",
    "what",
    "when",
    "finally",
    "still",
    "very",
    "really",
    "thanks",
    "sorted",
    "finished",
]
_FILLER = frozenset(_ENGLISH_FILLER).union(*(m.FILLER for m in _MODULES))
_WORD = re.compile(r"[^\W_]+")  # "l'hôtel" is "l" and "hôtel"
_SHORTEST = 4
# An ending a word may carry after a known word ("otel|ini", "grub|unun"); a head this long is
# a compound's first part ("reiseversicherung|spapiere").
_ENDING = 4
_HEAD = 8


def thing_words(text: str) -> frozenset[str]:
    """The folded words of `text` that may name a thing, with known ones in English."""
    found: set[str] = set()
    for raw in _WORD.findall(text):
        word = fold(raw)
        if word.isdigit():
            found.add(word)  # "room 12", "flight 447"
            continue
        if len(word) < _SHORTEST or word in _FILLER:
            continue
        found.add(_english(word))
    return frozenset(found)


def _english(word: str) -> str:
    """`word` in English when a language file knows it or its head, else as it is."""
    if word in _SAME:
        return _SAME[word]
    for size in range(len(word) - 1, _SHORTEST - 1, -1):
        head = word[:size]
        if head in _SAME and (len(word) - size <= _ENDING or size >= _HEAD):
            return _SAME[head]
    return word
