"""Tolerant reading of command, weekday, month and time words: "remnid me tmrw" is "remind me
tomorrow".

One pass per text, before intents and dates are read. A word is rewritten only when

- it is a common chat abbreviation (`ABBREVIATIONS`: tmrw, nxt, wk, pls, b4, ...), or
- it is not a real word (not in `_typo_guard.txt`, real words of en/es/fr/de/pt/it/nl close to a
  target, nor in the nlp word lists) and is within Damerau distance 1 of exactly one target
  word (`TARGETS`), or 2 when it has 7 letters or more ("wensday"). Words of 4 letters get 1,
  shorter ones none. Ties go to the target that shares the first letter ("munday": Monday).

Fixes are English: a text that reads as another language even with them keeps its words ("wat"
is Dutch, "hrs" Indonesian "harus").

A capitalised word inside a sentence is taken for a name and left alone, unless it is a
misspelt weekday or month ("Wendesday"). Targets are real words, so a real word never becomes
another one ("monday" never turns into "sunday").

Lookup is SymSpell style: every target's deletions up to distance 2 are indexed once, a word's
own deletions find its candidates, and the real distance is checked on those few only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from flowhub.nlp._abbrev import expand_abbreviations
from flowhub.nlp._lexicon import ACK_FILLERS, GREETINGS, VERBS
from flowhub.nlp._time_lexicon import MONTHS, UNIT_WORDS, WEEKDAYS
from flowhub.nlp.detect import detect_language

__all__ = ["ABBREVIATIONS", "TARGETS", "Fixed", "fix_typos", "fix_typos_mapped", "is_guarded"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WEEKDAY_NAMES = _words("monday tuesday wednesday thursday friday saturday sunday")
_MONTH_NAMES = _words("january february march april june july august september october november")
# Capitalised in English, so a capitalised typo of one is not a name.
_PROPER = _WEEKDAY_NAMES | _MONTH_NAMES | {"december", *(f"{d}s" for d in _WEEKDAY_NAMES)}

TARGETS: frozenset[str] = _PROPER | _words(
    """
    remind reminds reminder reminders reminding tomorrow today tonight cancel cancelled
    canceled delete deleted done finished finish confirm confirmed discard meeting meetings
    schedule appointment deadline every please before what overdue tasks task week weeks
    weekday weekdays weekend weekends month months minute minutes hours morning afternoon
    evening midnight next later daily weekly monthly yearly until fortnight
    """
)

ABBREVIATIONS: dict[str, str] = {
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrow": "tomorrow",
    "tmrrw": "tomorrow",
    "tmoro": "tomorrow",
    "tomoro": "tomorrow",
    "tomorro": "tomorrow",
    "2moro": "tomorrow",
    "2morro": "tomorrow",
    "2morrow": "tomorrow",
    "2mrw": "tomorrow",
    "2day": "today",
    "tonite": "tonight",
    "2nite": "tonight",
    "tnite": "tonight",
    "nite": "night",
    "midnite": "midnight",
    "fortnite": "fortnight",
    "wat": "what",
    "wht": "what",
    "wut": "what",
    "wats": "whats",
    "wots": "whats",
    "wuts": "whats",
    "whts": "whats",
    "shw": "show",
    "nxt": "next",
    "wk": "week",
    "wks": "weeks",
    "wknd": "weekend",
    "mins": "minutes",
    "hrs": "hours",
    "pls": "please",
    "plz": "please",
    "plss": "please",
    "b4": "before",
    "mtg": "meeting",
    "appt": "appointment",
}

_TOKEN = re.compile(r"(?<![\w@#/.:'-])[A-Za-z0-9]+(?![\w@/]|[.:]\w)")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_FIRST_WORD = re.compile(r"\W*(\w+)")
# Words before and after a weekday or month that seldom stand beside a name.
_DATE_BEFORE = _words(
    "on every next this by until till from before after last each due of since through the"
)
_DATE_AFTER = _words("at morning afternoon evening night noon am pm")
# A day of its own beside a word makes that word a name, not a second day ("call sundar tomorrow").
_DAY_WORDS = _words("today tomorrow tonight yesterday") | _WEEKDAY_NAMES
_PERSON_VERBS = frozenset(v.lower() for v in VERBS) | _words("with to for cc")
_OPENERS = frozenset(".!?:;\n\"'(*-•>")


def _max_distance(word: str) -> int:
    n = len(word)
    return 0 if n < 4 else 1 if n < 7 else 2


def _deletes(word: str, depth: int) -> set[str]:
    """`word` and every string made from it by deleting up to `depth` letters."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def damerau(a: str, b: str) -> int:
    """Edit distance where a swap of two neighbouring letters counts as one edit."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def _index() -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for target in TARGETS:
        for piece in _deletes(target, 2):
            index.setdefault(piece, set()).add(target)
    return {k: frozenset(v) for k, v in index.items()}


def _guard() -> frozenset[str]:
    shipped = resources.files("flowhub.nlp").joinpath("_typo_guard.txt").read_text("utf-8")
    lines = (line for line in shipped.splitlines() if not line.startswith("#"))
    words = {w for line in lines for w in line.split()}
    lexicon = {*VERBS, *GREETINGS, *ACK_FILLERS, *MONTHS, *WEEKDAYS, *UNIT_WORDS}
    return frozenset(words | {w.lower() for w in lexicon})


_INDEX = _index()
_GUARD = _guard()


def is_guarded(word: str) -> bool:
    """Whether `word` (lower case) is a known real word the typo matcher leaves alone."""
    return word in _GUARD


@lru_cache(maxsize=4096)
def correction(word: str, *, proper_only: bool = False) -> str | None:
    """The word `word` (lower case) stands for, or None when it stands for itself."""
    if word in ABBREVIATIONS and not proper_only:
        return ABBREVIATIONS[word]
    if word in _GUARD:
        return None
    return nearest(word, proper_only=proper_only)


def nearest(word: str, *, proper_only: bool = False) -> str | None:
    """The one target within reach of `word` (lower case), real word or not; else None."""
    limit = _max_distance(word)
    if len(word) < 4 or word in TARGETS or not word.isalpha():
        return None
    candidates: set[str] = set()
    for piece in _deletes(word, limit):
        candidates |= _INDEX.get(piece, frozenset())
    best: list[str] = []
    best_distance = limit + 1
    for target in candidates:
        if proper_only and target not in _PROPER:
            continue
        # Words of 4 letters reach only targets of 4 or 5 letters ("waht", "tday").
        if len(word) == 4 and len(target) > 5:
            continue
        d = damerau(word, target)
        if d > limit:
            continue
        if d < best_distance:
            best, best_distance = [target], d
        elif d == best_distance:
            best.append(target)
    if len(best) > 1:
        # A typo rarely hits the first letter: "munday" is Monday, not Sunday.
        best = [t for t in best if t[0] == word[0]]
    if len(best) > 1:
        # Nor brings in new letters: "wensday" is Wednesday, not weekday.
        foreign = {t: len(set(word) - set(t)) for t in best}
        fewest = min(foreign.values())
        best = [t for t in best if foreign[t] == fewest]
    return best[0] if len(best) == 1 else None


@dataclass(frozen=True, slots=True)
class Fixed:
    """A text with its typos fixed, and how to map its offsets back to the original."""

    text: str
    # (start in the fixed text, end in the fixed text, start in the original, end there)
    edits: tuple[tuple[int, int, int, int], ...] = ()

    def original(self, pos: int, *, end: bool = False) -> int:
        """The offset in the original text of offset `pos` in the fixed one."""
        shift = 0
        for new_start, new_end, old_start, old_end in self.edits:
            if pos < new_start or (end and pos == new_start):
                break
            if pos < new_end or (end and pos == new_end):
                return old_end if end else old_start
            shift = old_end - new_end
        return pos + shift


def _opens_sentence(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _OPENERS


def _dated(text: str, start: int, end: int) -> bool:
    """Whether the words around a capitalised word make it a date ("on Wendesday 3pm")."""
    before = _LAST_WORD.search(text, max(0, start - 24), start)
    after = _FIRST_WORD.match(text, end, min(len(text), end + 24))
    prev = before.group(1).lower() if before else ""
    nxt = after.group(1).lower() if after else ""
    return prev in _DATE_BEFORE or nxt in _DATE_AFTER or prev[:1].isdigit() or nxt[:1].isdigit()


def _named(text: str, start: int, end: int) -> bool:
    """Whether a lower-case near-weekday reads as a person: after a verb or beside another day."""
    before = _LAST_WORD.search(text, max(0, start - 24), start)
    after = _FIRST_WORD.match(text, end, min(len(text), end + 24))
    prev = before.group(1).lower() if before else ""
    nxt = after.group(1).lower() if after else ""
    return prev in _PERSON_VERBS or nxt in _DAY_WORDS or prev in _DAY_WORDS


def _replacement(text: str, m: re.Match[str]) -> str | None:
    raw = m.group()
    low = raw.lower()
    if len(low) < 2 or (raw.isupper() and len(raw) <= 4 and low not in ABBREVIATIONS):
        return None
    inner_capital = raw[0].isupper() and not _opens_sentence(text, m.start())
    fixed = correction(low, proper_only=inner_capital)
    if fixed is None:
        return None
    if raw[0].isupper() and fixed in _PROPER and not _dated(text, m.start(), m.end()):
        return None  # "call Sundar", "Fridah said": a name, unless a date reads around it
    if (
        fixed in _PROPER
        and low != fixed
        and not _dated(text, m.start(), m.end())
        and _named(text, m.start(), m.end())
    ):
        return None  # "call sundar tomorrow", "email fridah the doc": a name typed in lower case
    if raw[0].isupper():
        return fixed[0].upper() + fixed[1:]
    return fixed


def fix_typos_mapped(text: str) -> Fixed:
    """`text` with misspelt command, date and time words fixed, with an offset map."""
    # One message is read by several rules in turn; short texts are remembered, long ones not.
    return _fix_short(text) if len(text) <= 1000 else _fix(text)


@lru_cache(maxsize=512)
def _fix_short(text: str) -> Fixed:
    return _fix(text)


def _fix(text: str) -> Fixed:
    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    last = 0
    length = 0
    for m in _TOKEN.finditer(text):
        new = _replacement(text, m)
        if new is None or new == m.group():
            continue
        pieces.append(text[last : m.start()])
        length += m.start() - last
        edits.append((length, length + len(new), m.start(), m.end()))
        pieces.append(new)
        length += len(new)
        last = m.end()
    if not edits:
        return Fixed(text)
    pieces.append(text[last:])
    fixed = "".join(pieces)
    if _foreign(fixed):
        return Fixed(text)  # Dutch "wat", Indonesian "hrs": real words there, not English slips
    return Fixed(fixed, tuple(edits))


def _foreign(text: str) -> bool:
    """Whether `text`, read with its fixes, is in a language other than English."""
    return detect_language(text) not in (None, "en")


def fix_typos(text: str) -> str:
    """`text` with misspelt command, weekday, month and time words fixed ("tmrw" -> "tomorrow"),
    and chat shorthand in another language written out ("45 menit lg" -> "45 menit lagi")."""
    return expand_abbreviations(fix_typos_mapped(text).text)
