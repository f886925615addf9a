"""A correction that rules one value out beside the new one: "mercredi pas mardi", "7 nahi 8".

The value ruled out goes, the one kept stays: "montag nicht dienstag" says "montag", "quinta não,
sexta" says "sexta", "salı değil çarşamba" says "çarşamba", "не в среду, а в четверг" says
"в четверг". A word like "pas" or "не" rules out what follows it; "değil", "nahi" or a "não" that
ends its clause rule out what comes before. Only a day, a time or a number is ever ruled out, so
"n'enregistre pas" and "pas moi" are left as they are.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cache

from flowhub.nlp._time_lexicon import fold
from flowhub.nlp.lang._hesitate import COMMANDS

__all__ = ["ruled_out"]

_DATA = tuple(COMMANDS.values())
# English: "not tuesday, wednesday", "make it 8 not 7", "wednesday instead of tuesday".
_EN_BEFORE = (r"not", r"instead\s+of", r"rather\s+than", r"and\s+not")
# Where the words ruled out stop: punctuation, or "and"/"but" in any of the languages.
_STOP = re.compile(
    r"[,;.!?…،؛]|(?<!\w)(?:and|but|y|pero|e|mas|et|mais|und|aber|sondern|en|maar|ed|ma|ve|ama"
    r"|и|а|но|dan|tapi|aur|और|लेकिन|بس|لكن)(?!\w)|(?<=\s)و(?=[\u0621-\u064a])"
)
_MOST_WORDS = 3
_SOME_DAY = datetime(2026, 1, 7, 12, tzinfo=UTC)
_DIGIT = re.compile(r"\d")


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = [*_EN_BEFORE, *(w for m in _DATA for w in m.CARD_NOT)]
    after = [w for m in _DATA for w in m.CARD_NOT_AFTER]

    def either(words: list[str]) -> re.Pattern[str]:
        body = "|".join(sorted({fold(w) for w in words}, key=len, reverse=True))
        return re.compile(rf"(?<![\w\u0900-\u097f])(?:{body})(?![\w\u0900-\u097f])")

    return either(before), either(after)


def _is_value(words: str, locale: str | None) -> bool:
    """Whether `words` name a day, a time, a part of the day or a number ("el jueves", "7")."""
    from flowhub.nlp.when import parse_when  # the time grammar imports this module's package

    if not words.strip() or len(words.split()) > _MOST_WORDS:
        return False
    if _DIGIT.search(words):
        return True
    return parse_when(words, now=_SOME_DAY, tz="UTC", locale=locale) is not None


def _cut_once(text: str, locale: str | None) -> tuple[str, str] | None:
    """`text` without its first value ruled out, and that value; None when nothing is."""
    folded = fold(text)
    before, after = _words()
    found = sorted(
        [(m.start(), m.end(), False) for m in before.finditer(folded)]
        + [(m.start(), m.end(), True) for m in after.finditer(folded)]
    )
    for start, end, backward in found:
        rest = folded[end:]
        if not backward and re.match(r"\s*(?:[,;.!?…،؛]|$)", rest):
            backward = True  # "quinta não, sexta": the "no" closes its clause
        if backward:
            stops = [m.end() for m in _STOP.finditer(folded[:start])]
            lo = max(stops, default=0)
            value = text[lo:start]
            if _is_value(value, locale):
                return f"{text[:lo]} {text[end:]}".strip(), value.strip()
        else:
            stop = _STOP.search(folded, end)
            hi = stop.start() if stop else len(text)
            value = text[end:hi]
            if _is_value(value, locale):
                return f"{text[:start]} {text[hi:]}".strip(), value.strip()
    return None


def ruled_out(text: str, *, locale: str | None = None) -> tuple[str, str] | None:
    """`text` without the values it rules out ("mercredi pas mardi" -> "mercredi"), and the
    first value ruled out ("mardi"); None when it rules none out."""
    first = ""
    for _ in range(3):
        cut = _cut_once(text, locale)
        if cut is None:
            break
        text, value = cut
        first = first or value
    return (text, first) if first else None
