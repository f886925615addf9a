"""A task handed to a named person in the words of another language ("zeg tegen priya dat ze
...", "und priya soll ...", "пусть Ана ...", "لازم سام ...", "priya ko bol do ...",
"bi de Ana ... kontrol etsin"), and the
writer's own "I must ..." in those languages ("devo ...", "я должен ...").

The name must be a person the caller knows (it may be written in another script: "Ане" is Ana);
what is asked becomes "Name: the rest", the shape every reader of tasks takes as a task for
that person, with the asking words, the name and the leading "and" gone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from types import ModuleType

from flowhub.nlp._task_named import named_lead
from flowhub.nlp.lang import (
    ar_asks,
    de_asks,
    es_asks,
    fr_asks,
    hi_asks,
    id_asks,
    it_asks,
    nl_asks,
    pt_asks,
    ru_asks,
    tr_asks,
)

__all__ = ["asked_of", "own_need"]

_LANGUAGES: tuple[ModuleType, ...] = (
    nl_asks, de_asks, es_asks, pt_asks, it_asks, fr_asks, id_asks, ru_asks, ar_asks, hi_asks,
    tr_asks,
)  # fmt: skip
# A word in any script, Devanagari vowel signs included ("प्रिया").
_NAME = r"@?(?P<name>[^\W\d_](?:[^\W\d_]|[\u0900-\u0903\u093a-\u094f\u0951-\u0957]|-)*)"
_EDGE = r"(?![\w\u0900-\u0903\u093a-\u094f\u0951-\u0957])"


def _lead(words: str) -> str:
    return rf"^\W*(?:(?:{words}){_EDGE}[\s,]*)*"


def _compiled(
    lang: ModuleType,
) -> tuple[list[re.Pattern[str]], list[re.Pattern[str]], re.Pattern[str] | None, re.Pattern[str]]:
    lead = _lead(lang.CONJUNCTIONS)
    asks = [re.compile(lead + p.replace("{name}", _NAME), re.I) for p in lang.ASKS]
    own = [re.compile(lead + p, re.I) for p in lang.SELF]
    drop = re.compile("|".join(lang.DROP), re.I) if lang.DROP else None
    words = "|".join(map(re.escape, lang.SHORT)) or "(?!)"
    short = re.compile(r"(?<!\w)(?:" + words + r")(?!\w)", re.I)
    return asks, own, drop, short


_RULES = [(lang, *_compiled(lang)) for lang in _LANGUAGES]


def _tidy(rest: str, lang: ModuleType, drop: re.Pattern[str] | None, short: re.Pattern[str]) -> str:
    rest = short.sub(lambda m: lang.SHORT[m.group(0).lower()], rest)
    if drop is not None:
        rest = drop.sub("", rest)
    for ending, said in getattr(lang, "ENDINGS", ()):
        rest = re.sub(ending, said, rest, flags=re.I)
    return re.sub(r"\s{2,}", " ", rest).strip()


def asked_of(text: str, person: Callable[[str], str | None]) -> str | None:
    """`text` as "Name: what to do" when it hands a task to a person `person` knows, else None.

    `person` gives the name to write for a word, or None when the word names no one known.
    """
    if "\n" in text.strip():
        return None
    for lang, asks, _own, drop, short in _RULES:
        for rx in asks:
            m = rx.match(text)
            if m is None:
                continue
            name = person(m.group("name"))
            rest = _tidy(text[m.end() :], lang, drop, short)
            if name is None or len(rest) < 3:
                continue
            said = f"{name[:1].upper()}{name[1:]}: {rest}"
            return said if named_lead(said) else None  # "... q me mande ...": read as written
    return None


def own_need(text: str) -> str | None:
    """What to do when `text` opens with its writer's "I must" ("devo pagare ..."), else None."""
    if "\n" in text.strip():
        return None
    for lang, _asks, own, _drop, short in _RULES:
        for rx in own:
            m = rx.match(text)
            if m is None:
                continue
            rest = _tidy(text[m.end() :], lang, None, short)
            if len(rest) >= 3 and not rest.endswith("?"):
                return rest[:1].upper() + rest[1:]
    return None
