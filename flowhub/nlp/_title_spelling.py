"""Spelling fixes for task titles: "ordr more bakcdrop paper" is "order more backdrop paper".

A title word is rewritten only when all of these hold:

- it has 4 letters or more, only letters, and is not a word: not in the shipped English list
  (`_english_words.txt`, most frequent first), not a British spelling of a listed word
  ("centre", "organise"), not a real word of another language close to a command word
  (`_typo_guard.txt`) or to a common word (`_title_guard.txt`: "stollen") and not a chat
  abbreviation;
- it is not inside quotes in the message: quoted words are the person's own;
- it is not a name or jargon: no capital inside the title, not all capitals, no digits, no
  "@", "#", "/" or "." glued to it;
- one letter deleted, swapped, changed or added makes a common word (among the
  `_COMMON` most frequent); the most frequent such word wins, preferring one with the same first
  letter;
- the message reads as English (a Spanish "pagar" is not a misspelt "pager").

Lookup generates the word's distance-1 edits (a few hundred strings for a long word) and looks
them up in a dict, so a clean title costs one set lookup per word.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from string import ascii_lowercase

from flowhub.nlp._lexicon import VERBS
from flowhub.nlp._typos import ABBREVIATIONS, TARGETS, is_guarded
from flowhub.nlp.detect import detect_language

__all__ = ["english_rank", "is_english_word", "spell_title"]

_COMMON = 30_000  # candidate corrections come from the 30,000 most frequent words
_MIN_LETTERS = 4
# A short word has many neighbours, so it may only be a slip of a very common one.
_COMMON_BY_LENGTH = {4: 5_000, 5: 15_000}
_EVERYDAY = 500  # the most frequent words, too common to be a person's name
_VOWEL = re.compile(r"[aeiouy]")
# Chat shorthand one slip away from a common word ("sched" is not "shed").
_SHORTHAND = frozenset(
    """
    sched deets convo comms bday vids pics msgs docs specs reqs prefs admin rego arvo brekky
    sesh vacay insta meds appt acct dept mgmt govt fave reno uni
    """.split()  # noqa: SIM905
)
# Words after which a lower-case unknown word is most likely a person ("call sundar").
_BEFORE_NAME = frozenset(
    """
    call email ask tell text ping message msg meet phone ring thank invite remind cc with to for
    from and by
    """.split()  # noqa: SIM905
)
_PREVIOUS = re.compile(r"([A-Za-z]+)\W*$")
_WORD = re.compile(r"(?<![\w'’@#/.\-])[A-Za-z]+(?![\w'’@/\-]|\.\w)")
# A quoted stretch of the message: the words in it are meant as written.
_QUOTED = re.compile(r"(?<![\w'’])['\"“‘«]([^'\"“”‘’«»\n]+)['\"”’»](?!\w)")
# Endings that make a word of a listed one ("tyre" + "s", "rebook" + "ed").
_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "'s")
# British spellings of listed American words: centre/center, colour/color, organise/organize.
_BRITISH = (
    (re.compile(r"tre(s|d)?$"), r"ter\1"),
    (re.compile(r"tres?(?=[a-z])"), "ter"),
    (re.compile(r"our"), "or"),
    (re.compile(r"is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"ogue$"), "og"),
    (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"ence$"), "ense"),
    (re.compile(r"mme$"), "m"),
)


@cache
def _foreign() -> frozenset[str]:
    """Words of other languages one slip from a common English word ("stollen", "regalo")."""
    shipped = resources.files("flowhub.nlp").joinpath("_title_guard.txt").read_text("utf-8")
    return frozenset(w for w in shipped.splitlines() if w and not w.startswith("#"))


@cache
def _ranks() -> dict[str, int]:
    """Each listed English word and its frequency rank (0 is the most frequent)."""
    shipped = resources.files("flowhub.nlp").joinpath("_english_words.txt").read_text("utf-8")
    words = (w for w in shipped.splitlines() if w and not w.startswith("#"))
    return {w: rank for rank, w in enumerate(words)}


def english_rank(low: str) -> int | None:
    """The frequency rank of the lower-case English word `low` (0 is the most frequent), or None."""
    return _ranks().get(low)


def is_english_word(low: str) -> bool:
    """Whether the lower-case `low` is a listed English word."""
    return low in _ranks()


# Neighbouring keys on a QWERTY keyboard: a changed letter is a slip only onto a neighbour.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours() -> dict[str, frozenset[str]]:
    near: dict[str, frozenset[str]] = {}
    for r, row in enumerate(_ROWS):
        for i, key in enumerate(row):
            keys = {row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)}
            for other in (_ROWS[o] for o in (r - 1, r + 1) if 0 <= o < len(_ROWS)):
                keys |= {other[j] for j in (i - 1, i, i + 1) if 0 <= j < len(other)}
            near[key] = frozenset(keys)
    return near


_NEAR = _neighbours()


def _edits(word: str) -> dict[str, int]:
    """Strings one slip away from `word`, each with its cost: 0 for a left-out, doubled or
    swapped letter, 1 for a letter typed on a neighbouring key.

    Short words are abbreviations as often as slips ("convo", "msgs"), so a word of 5 letters
    or fewer is never read as cut short at its end, nor as having a letter typed wrong.
    """
    long = len(word) >= 6
    found: dict[str, int] = {}
    for i in range(len(word) + 1):
        a, b = word[:i], word[i:]
        if len(b) > 1:
            found.setdefault(a + b[1] + b[0] + b[2:], 0)
        if b or long:
            for c in ascii_lowercase:
                found.setdefault(a + c + b, 0)
        if b:
            found.setdefault(a + b[1:], 0)
            if long:
                for c in _NEAR.get(b[0], ()):
                    found.setdefault(a + c + b[1:], 1)
    found.pop(word, None)
    return found


def _is_word(low: str, ranks: dict[str, int]) -> bool:
    if (
        low in ranks
        or low in _SHORTHAND
        or low in TARGETS
        or low in ABBREVIATIONS
        or low in VERBS
        or is_guarded(low)
        or low in _foreign()
    ):
        return True
    if any(low.endswith(end) and low[: -len(end)] in ranks for end in _ENDINGS):
        return True  # "tyres", "rebooked": a listed word with an ending
    return any(rule.sub(to, low) in ranks for rule, to in _BRITISH if rule.search(low))


@lru_cache(maxsize=2048)
def _fix(low: str) -> str | None:
    """The common word `low` (lower case, not a word) is a slip of, or None."""
    ranks = _ranks()
    if not _VOWEL.search(low):
        return None  # "msgs", "mgmt": an abbreviation
    common = _COMMON_BY_LENGTH.get(len(low), _COMMON)
    # A slip seldom hits the first letter ("hoodies" is not "goodies"), bar a swap of the first two.
    swapped = low[1] + low[0] + low[2:]
    found = [
        (cost, ranks[e], e)
        for e, cost in _edits(low).items()
        if ranks.get(e, common) < common
        and len(e) >= _MIN_LETTERS
        and (e[0] == low[0] or e == swapped)
    ]
    return min(found)[2] if found else None


def _fixes(title: str) -> list[tuple[int, int, str]]:
    ranks = _ranks()
    unknown: list[re.Match[str]] = []
    known = 0
    for m in _WORD.finditer(title):
        raw = m.group()
        if len(raw) < _MIN_LETTERS or raw.isupper():
            known += raw.lower() in ranks
            continue
        if raw[0].isupper() and (m.start() > 0 or not raw[1:].islower()):
            continue  # a name or a brand inside the title ("call Meera", "GitHub")
        if _is_word(raw.lower(), ranks):
            known += 1
        else:
            unknown.append(m)
    if not unknown or len(unknown) > known:
        return []  # all words, or mostly not English ones: another language, or names
    out: list[tuple[int, int, str]] = []
    for m in unknown:
        raw = m.group()
        fixed = _fix(raw.lower())
        if fixed is None:
            continue
        before = _PREVIOUS.search(title, max(0, m.start() - 16), m.start())
        if before and before.group(1).lower() in _BEFORE_NAME and ranks[fixed] >= _EVERYDAY:
            continue  # "call sundar": a name, unless it slips from a word like "their"
        out.append((m.start(), m.end(), fixed.capitalize() if raw[0].isupper() else fixed))
    return out


def spell_title(title: str, *, said: str | None = None) -> str:
    """`title` with misspelt everyday words fixed; `said` is the whole message, to check its
    language (titles of messages in another language are left as they are)."""
    fixes = _fixes(title)
    if not fixes:
        return title
    if detect_language(said or title) != "en":
        return title
    quoted = {w.lower() for q in _QUOTED.findall(said or "") for w in _WORD.findall(q)}
    fixes = [f for f in fixes if title[f[0] : f[1]].lower() not in quoted]
    pieces: list[str] = []
    last = 0
    for start, end, new in fixes:
        pieces += [title[last:start], new]
        last = end
    return "".join(pieces) + title[last:]
