"""The words that join two tasks in one sentence, in every language read ("and", "en", "и").

Arabic writes its "and" (و) joined to the next word ("اتصل بالفندق واحجز التذاكر"), so there
the joiner is the letter before a known verb, and the verb starts the next piece.
"""

from __future__ import annotations

import re

from flowhub.nlp._lexicon import VERBS

__all__ = ["SOFT_JOINERS", "joins"]

_ARABIC_LETTER = "\u0600-\u06ff"
_ARABIC_VERBS = sorted(
    (v for v in VERBS if re.fullmatch(f"[{_ARABIC_LETTER}]+", v) and len(v) > 1),
    key=len,
    reverse=True,
)
# "and" on its own between the pieces: en (nl), и (ru), ve (tr), aur / और (hi), dan (id), و.
_WORDS = r"and|&|\+|y|e|et|und|en|и|ve|aur|और|dan|و"
SOFT_JOINERS = re.compile(
    rf"\s*[,،]\s*(?:and\s+)?|\s+(?:{_WORDS})\s+"
    rf"|\s+و(?=(?:{'|'.join(_ARABIC_VERBS)})(?![{_ARABIC_LETTER}]))",
    re.I,
)
# Dutch "en" is "in" in Spanish and French ("recuérdame en 10 min llamar a mamá"): it joins
# two tasks only before a verb or a Dutch article ("… en stuur de offerte", "… en de offerte
# sturen").
_DUTCH_AND = re.compile(r"\s+en\s+", re.I)
_DUTCH_OPENERS = frozenset({"de", "het", "een", "ook", "nog", "dan", "daarna"})
_FIRST_WORD = re.compile(r"[^\W\d_][\w'-]*")


def joins(sep: str, seg: str) -> bool:
    """Whether `sep` may join two tasks when `seg` follows it."""
    if not _DUTCH_AND.fullmatch(sep):
        return True
    first = _FIRST_WORD.match(seg.lstrip())
    word = first.group(0).lower() if first else ""
    return word in VERBS or word in _DUTCH_OPENERS
