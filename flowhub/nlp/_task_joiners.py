"""The words that join two tasks in one sentence, in every language read ("and", "en", "и").

Arabic writes its "and" (و) joined to the next word ("اتصل بالفندق واحجز التذاكر"), so there
the joiner is the letter before a known verb, and the verb starts the next piece.
"""

from __future__ import annotations

import re

from flowhub.nlp._lexicon import VERBS, VERBS_FINAL

__all__ = ["SOFT_JOINERS", "joins", "verbs_last"]

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


# Turkish puts the verb last: "müşteriyi ara ve teklifi gönder" is two tasks, each closed by one.
_VERB_LAST_AND = re.compile(r"\s+ve\s+", re.I)
# Short Turkish verbs kept out of the shared verb lists as words of other languages too ("al",
# "et", "ver"); after a Turkish "ve" they are the verb.
_SHORT_VERBS = frozenset({"al", "et", "ver", "sor", "tut", "sat", "git", "öde", "ode", "bas"})


def verbs_last(sep: str, prev: str, seg: str) -> bool:
    """Whether `prev` and `seg`, joined by a Turkish "ve", each end with their own verb."""
    if not _VERB_LAST_AND.fullmatch(sep):
        return False
    words = [_FIRST_WORD.findall(piece.lower()) for piece in (prev, seg)]
    return all(len(w) >= 2 and (w[-1] in VERBS_FINAL or w[-1] in _SHORT_VERBS) for w in words)
