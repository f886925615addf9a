"""Rewrite the time words of any registered language into the grammar's English, with an offset map.

The grammar reads English. Each language in `flowhub.nlp.lang` declares its words and phrases as
data; this module compiles them once and rewrites a message's time expressions ("vor 3 Tagen"
-> "3 days ago", "na próxima segunda" -> "next monday") so that spans found in the rewritten text
map back to the message as written. Only languages with a word in the message are tried, at
most two: the hinted one first, then the one with most words (on a tie, the language the message
is detected to be in; with no time word but a digit, the detected language alone); a region
rewritten by one language is not rewritten again.
"""

from __future__ import annotations

import re
import re._constants as _C  # the regex parse tree's node kinds
import re._parser as _sre
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from flowhub.nlp._time_lexicon import fold
from flowhub.nlp._typos import Fixed
from flowhub.nlp.detect import detect_language
from flowhub.nlp.lang import REGISTRY, Language
from flowhub.nlp.lang._schema import english_ordinal as _ordinal

__all__ = ["CLOCK_24H", "clock_24h", "translate"]

_LETTER = r"[^\W\d_]|[\u0900-\u097f]"
_TOKEN = re.compile(rf"(?:{_LETTER})+")
B = r"(?<![\w\u0900-\u097f'])"
E = r"(?![\w\u0900-\u097f])"
_SLOT = re.compile(r"\{([a-z]+)(\d?)\}")
# Regex syntax and slots inside a phrase source, dropped to leave its literal words.
_LITERAL = re.compile(r"\\[a-zA-Z]|\(\?P<\w+>|\(\?[:=!]|\(\?<[=!]|\{[^}]*\}")
_FIELD = re.compile(r"\{([a-z]+\d?)([+-]\d+)?(?::0(\d))?\}")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")  # fmt: skip
_MOST_TRIED = 2  # languages tried on one message, best first
_SEEN = 20_000  # words whose literal marks a language remembers
# English words the grammar reads itself: another language's word spelt the same ("ago" for
# agosto, "set" for setembro, "die", "over") is rewritten only inside one of its phrases.
_ENGLISH_WORDS = """
a an the at on in by to from until till til of for and or but is it me my we us you this that
these those next last past ago later before after between within around about since each every
other today tonight tomorrow yesterday now noon midnight morning afternoon evening night day days
week weeks month months year years hour hours minute minutes second seconds quarter half mon tue
wed thu fri sat sun jan feb mar apr may jun jul aug sep sept oct nov dec am pm eod eow due
do so die over son set con per no mi ma di vi mo sa za zo
"""
ENGLISH = frozenset(_ENGLISH_WORDS.split())
# Languages that write the 24-hour clock with a dot or colon: there "9.30" is 09:30, "16.00" 16:00.
CLOCK_24H = frozenset({"id", "nl", "de", "fr", "it", "es", "pt", "tr", "ru", "ar"})
_WRITTEN_CLOCK = re.compile(r"(?<![\d.:/-])(\d{1,2})[.:h](\d\d)(?![\d]|[.:/-]\d)")
_SAID_CLOCK = re.compile(r"(?<![\d.:/-])(\d{1,2}):(\d\d)(?![\d:]|\s*[ap]\.?m)")


def _hhmm(h: int, mi: int) -> str:
    """A 24-hour clock time the English grammar cannot read as 12-hour: '09:30', '10:00am'."""
    if h < 10:
        return f"{h:02d}:{mi:02d}"
    return f"{h}:{mi:02d}" + ("am" if h < 12 else "pm" if h == 12 else "")


def _colon_clocks(low: str) -> Iterator[tuple[int, int, str]]:
    """Each 'H:MM' in `low` and its 24-hour form."""
    for m in _SAID_CLOCK.finditer(low):
        if int(m[1]) <= 24:
            yield m.start(), m.end(), _hhmm(int(m[1]), int(m[2]))


def clock_24h(said: str, english: str) -> str:
    """`english` (a rewrite of `said`) with its clocks written 'H.MM' or 'H:MM' kept 24-hour."""
    written = {int(h): int(mi) for h, mi in _WRITTEN_CLOCK.findall(said) if int(h) <= 24}
    if not written:
        return english

    def fix(m: re.Match[str]) -> str:
        h, mi = int(m[1]), int(m[2])
        return _hhmm(h, mi) if written.get(h) == mi else m[0]

    english = _SAID_CLOCK.sub(fix, english)
    for h, mi in written.items():  # a rewrite that dropped the minutes ("at 10" for "10.00")
        english = re.sub(rf"(?<=\bat ){h}(?![\d:.]|\s*[ap]\.?m)", _hhmm(h, mi), english)
    return english


def _alt(words: object) -> str:
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


@dataclass(frozen=True)
class _Compiled:
    """One language, ready to rewrite text."""

    lang: Language
    vocab: frozenset[str]
    phrases: tuple[tuple[re.Pattern[str], object], ...]
    words: re.Pattern[str] | None
    english: Mapping[str, str]
    # What a phrase's matches must contain (one word of each group; None: anything), and how to
    # find each thing.
    gates: tuple[tuple[frozenset[str], ...] | None, ...]
    rests: tuple[tuple[frozenset[str], ...], ...]  # each gate after its first need (indexed)
    marks: tuple[tuple[str, re.Pattern[str] | str], ...]
    own: re.Pattern[str] | None  # the language's own written forms (`Language.marks`)
    # The phrases each mark opens (by position), and those that need none.
    index: Mapping[str, tuple[int, ...]]
    ungated: tuple[int, ...]
    # Finds, at every position, the longest literal mark there; `shorter` adds its prefixes.
    probe: re.Pattern[str] | None
    shorter: Mapping[str, tuple[str, ...]]
    slots: Mapping[str, re.Pattern[str]]  # how to find each slot kind ("#wd") a phrase needs
    # The literal words inside each word of text seen lately (a mark never spans two words).
    seen: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, hash=False)

    def hits(self, tokens: set[str], low: str) -> int:
        """How many of this language's words `low` holds, every word of an own form counted."""
        if self.own is None:
            return len(tokens & self.vocab)
        found = tokens & self.vocab
        bare = 0  # own forms with no word in them ("17:10h")
        for m in self.own.finditer(low):
            words = _TOKEN.findall(m[0])
            found.update(words)
            bare += not words
        return len(found) + bare

    def phrase_matches(self, low: str, digit: bool) -> Iterator[tuple[re.Match[str], object]]:
        """Every match of this language's phrases in `low`, phrase by phrase."""
        found = self.present(low, digit)
        chosen = set(self.ungated)
        index = self.index
        for mark in found:
            if mark in index:
                chosen.update(index[mark])
        phrases, rests = self.phrases, self.rests
        for i in sorted(chosen):
            for group in rests[i]:
                if found.isdisjoint(group):
                    break  # a word the phrase needs is missing
            else:
                rx, rep = phrases[i]
                for m in rx.finditer(low):
                    yield m, rep

    def present(self, low: str, digit: bool) -> set[str]:
        """The literal words and slot kinds of this language's phrases that `low` holds."""
        found = {"#digit"} if digit else set()
        if self.probe is not None:
            for token in set(_TOKEN.findall(low)):
                got = self.seen.get(token)
                if got is None:
                    hits = self.probe.finditer(token)
                    got = frozenset(w for m in hits for w in self.shorter[m[1]])
                    if len(self.seen) >= _SEEN:
                        self.seen.clear()
                    self.seen[token] = got
                found.update(got)
        for mark, probe in self.slots.items():
            if (digit and mark in ("#n", "#day")) or probe.search(low):
                found.add(mark)
        return found

    def value(self, slot: str, raw: str) -> str:
        """The English (or digits) for what a `{slot}` group matched."""
        raw = " ".join(raw.split())
        kind = slot.rstrip("0123456789")
        if kind in ("n", "day"):
            if raw.replace(",", "").replace(".", "").isdigit():
                return raw.replace(",", ".")
            got = self.lang.numbers.get(raw, self.lang.ordinals.get(raw))
            return str(got) if got is not None else raw
        if kind == "wd":
            return _WEEKDAYS[self.lang.weekdays[raw]]
        if kind == "month":
            return _MONTHS[self.lang.months[raw] - 1]
        if kind == "unit":
            return self.lang.units[raw]
        return self.english.get(raw, raw)


def _slot_pattern(lang: Language, kind: str) -> str:
    numbers = _alt(lang.numbers) if lang.numbers else "(?!)"
    table = {
        "n": rf"\d+(?:[.,]\d+)?|{numbers}",
        "day": rf"\d{{1,2}}|{_alt(lang.ordinals) if lang.ordinals else '(?!)'}|{numbers}",
        "unit": _alt(lang.units) if lang.units else "(?!)",
        "wd": _alt(lang.weekdays) if lang.weekdays else "(?!)",
        "month": _alt(lang.months) if lang.months else "(?!)",
    }
    if kind not in table:
        raise ValueError(f"{lang.code}: unknown slot {{{kind}}}; use n, day, unit, wd or month")
    return table[kind]


def _slot_words(lang: Language, kind: str) -> str:
    """A regex finding the words of one slot kind (digits are checked apart), as a trie."""
    table: dict[str, Iterable[str]] = {
        "n": lang.numbers,
        "day": [*lang.ordinals, *lang.numbers],
        "unit": lang.units,
        "wd": lang.weekdays,
        "month": lang.months,
    }
    root: dict[str, Any] = {}
    for w in table[kind]:
        node = root
        for piece in _PIECE.findall(str(w)):
            node = node.setdefault(r"\s+" if piece.isspace() else re.escape(piece), {})
        node[""] = {}
    return _emit(root) or "(?!)"


_PIECE = re.compile(r"\s+|.", re.S)


def _emit(node: dict[str, Any]) -> str:
    alts = [key + _emit(sub) for key, sub in node.items() if key]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + "|".join(alts) + ")"
    return body + "?" if "" in node else body


def _attached(src: str) -> str:
    """A phrase source whose amount may be written onto its unit, as chat does ("daqui 2h")."""
    return src.replace(r"{n}\s+{unit}", r"{n}\s*{unit}")


def _compile(lang: Language) -> _Compiled:
    def slot(m: re.Match[str]) -> str:
        return f"(?P<{m[1]}{m[2]}>{_slot_pattern(lang, m[1])})"

    phrases = tuple(
        (re.compile(B + "(?:" + _SLOT.sub(slot, _attached(src)) + ")" + E), rep)
        for src, rep in lang.phrases
    )
    gates = tuple(_musts(rx) or None for rx, _ in phrases)
    needed = {w for gate in gates for group in gate or () for w in group}
    marks: list[tuple[str, re.Pattern[str] | str]] = [
        (m, m) for m in sorted(needed) if not m.startswith("#")
    ]
    for kind in ("n", "day", "wd", "month", "unit"):
        if f"#{kind}" in needed:
            marks.append((f"#{kind}", re.compile(_slot_words(lang, kind))))
    english: dict[str, str] = {}
    english.update({w: _MONTHS[i - 1] for w, i in lang.months.items()})
    english.update({w: _WEEKDAYS[i] for w, i in lang.weekdays.items()})
    english.update(lang.units)
    english.update({w: str(v) for w, v in lang.numbers.items()})
    english.update({w: _ordinal(v) for w, v in lang.ordinals.items()})
    english.update(lang.words)
    plain = {w: e for w, e in english.items() if w not in lang.ambiguous and w not in ENGLISH}
    words = re.compile(B + _alt(plain) + E) if plain else None
    literal = (_LITERAL.sub(" ", src) for src, _ in lang.phrases)
    tokens = (t for w in (*plain, *literal) for t in _TOKEN.findall(w))
    # One Latin letter is a regex escape (\s, \u0900), not a word; "в" or "ص" is.
    vocab = frozenset(t for t in tokens if len(t) > 1 or not t.isascii()) - ENGLISH
    own = re.compile("|".join(f"(?:{m})" for m in lang.marks)) if lang.marks else None
    index: dict[str, list[int]] = {}
    for i, gate in enumerate(gates):
        for mark in gate[0] if gate else ():
            index.setdefault(mark, []).append(i)
    literals = sorted((m for m, p in marks if isinstance(p, str)), key=len, reverse=True)
    probe = re.compile("(?=(" + "|".join(map(re.escape, literals)) + "))") if literals else None
    return _Compiled(
        lang,
        vocab,
        phrases,
        words,
        english,
        gates,
        tuple(gate[1:] if gate else () for gate in gates),
        tuple(marks),
        own,
        {m: tuple(ix) for m, ix in index.items()},
        tuple(i for i, gate in enumerate(gates) if gate is None),
        probe,
        {m: tuple(s for s in literals if m.startswith(s)) for m in literals},
        {m: p for m, p in marks if not isinstance(p, str)},
    )


_SLOT_KINDS = frozenset(("n", "day", "wd", "month", "unit"))


def _gate(rx: re.Pattern[str]) -> frozenset[str] | None:
    """What every match of `rx` contains: one of these literal words, slot kinds ("#wd") or a
    digit ("#digit"); None when a match may hold none of them. Read off the regex's parse tree,
    so an optional or alternative part never counts as required."""
    names = {i: n.rstrip("0123456789") for n, i in rx.groupindex.items()}
    return _need(list(_sre.parse(rx.pattern)), names)


def _need(items: list[tuple[Any, Any]], names: dict[int, str]) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    for got, word in _needs(items, names):
        if word or best is None or len(got) < len(best):
            best = got  # a word written out always beats other needs
    return best


def _musts(rx: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """`_gate`'s group first, then every other need of `rx` (a match holds one of each)."""
    first = _gate(rx)
    if first is None:
        return ()
    names = {i: n.rstrip("0123456789") for n, i in rx.groupindex.items()}
    rest = {got for got, _ in _needs(list(_sre.parse(rx.pattern)), names, every=True)}
    return (first, *sorted(rest - {first}, key=sorted))


def _needs(
    items: list[tuple[Any, Any]], names: dict[int, str], every: bool = False
) -> Iterator[tuple[frozenset[str], bool]]:
    """The needs of a sequence in order, each marked True when it is a word written out; with
    `every`, those of its groups and repeats too, not only each one's best."""
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _C.LITERAL and (chr(av).isalpha() or "\u0900" <= chr(av) <= "\u097f"):
            run.append(chr(av))
            continue
        if len(run) > 1 or (run and not run[0].isascii()):
            yield frozenset({"".join(run)}), True
        run = []
        if every and op is _C.SUBPATTERN and names.get(av[0], "") not in _SLOT_KINDS:
            yield from _needs(list(av[3]), names, every)
        elif every and op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0]:
            yield from _needs(list(av[2]), names, every)
        else:
            got = _node(op, av, names)
            if got is not None:
                yield got, False


def _node(op: Any, av: Any, names: dict[int, str]) -> frozenset[str] | None:
    if op is _C.SUBPATTERN:
        kind = names.get(av[0], "")
        return frozenset({f"#{kind}"}) if kind in _SLOT_KINDS else _need(list(av[3]), names)
    if op is _C.BRANCH:
        got = [_need(list(b), names) for b in av[1]]
        return None if None in got else frozenset(w for g in got if g for w in g)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        return _need(list(av[2]), names) if av[0] else None
    if op is _C.IN and av == [(_C.CATEGORY, _C.CATEGORY_DIGIT)]:
        return frozenset({"#digit"})
    return None


@lru_cache(maxsize=1)
def _languages() -> tuple[_Compiled, ...]:
    return tuple(_compile(lang) for lang in REGISTRY.values())


def _render(c: _Compiled, rep: object, m: re.Match[str]) -> str | None:
    groups = {k: c.value(k, v) for k, v in m.groupdict().items() if v is not None}
    if callable(rep):
        return rep(groups)

    def field(f: re.Match[str]) -> str:
        got = groups.get(f[1], "")
        if got.isdigit() and (f[2] or f[3]):
            return str(int(got) + int(f[2] or 0)).zfill(int(f[3] or 0))
        return got

    return " ".join(_FIELD.sub(field, str(rep)).split())


def _rendered(c: _Compiled, rep: object, m: re.Match[str], text: str) -> str | None:
    """A phrase's English, its written clocks kept 24-hour where the language writes them so."""
    new = _render(c, rep, m)
    if new is not None and c.lang.code in CLOCK_24H:
        return clock_24h(text[m.start() : m.end()], new)
    return new


def translate(text: str, hint: str | None = None) -> Fixed:
    """`text` with every registered language's time words rewritten into English."""
    return _translate_short(text, hint) if len(text) <= 1000 else _translate(text, hint)


@lru_cache(maxsize=512)
def _translate_short(text: str, hint: str | None) -> Fixed:
    return _translate(text, hint)


def _translate(text: str, hint: str | None) -> Fixed:
    low = fold(text)
    tried = _tried(text, low, hint)
    if not tried:
        return Fixed(text)
    digit = any(map(str.isdigit, low))
    found: list[tuple[int, int, str]] = []
    taken = bytearray(len(low))

    def claim(start: int, end: int, new: str | None) -> None:
        if new is None or start == end or any(taken[start:end]):
            return
        taken[start:end] = b"\x01" * (end - start)
        if new != low[start:end]:
            found.append((start, end, new))

    # Every language's phrases come before any language's single words, so that one language's
    # word never breaks up another's phrase ("min" inside Hindi "10 min baad").
    for c in tried:
        for m, rep in c.phrase_matches(low, digit):
            claim(m.start(), m.end(), _rendered(c, rep, m, text))
    for c in tried:
        if c.words is not None:
            for m in c.words.finditer(low):
                claim(m.start(), m.end(), c.english[" ".join(m.group().split())])
    if tried[0].lang.code in CLOCK_24H:  # "à 10:00" said in French is 10:00, not 22:00
        for start, end, new in _colon_clocks(low):
            claim(start, end, new)
    return _assembled(text, found)


def _tried(text: str, low: str, hint: str | None) -> list[_Compiled]:
    """The languages whose phrases to try on `low` (folded `text`), best first; [] for none."""
    tokens = set(_TOKEN.findall(low))
    digit = any(map(str.isdigit, low))
    if not tokens and not digit:
        return []  # only digits may still be one language's own form ("17 02")
    scored = [(c.hits(tokens, low), c) for c in _languages()]
    also = None  # the language the message is written in, beside the writer's usual one
    if not any(hits for hits, _ in scored):
        if hint is None and (not digit or tokens <= ENGLISH):
            return []  # "at 7 in 3 years": nothing another language could rewrite
        if hint is None:
            hint = detect_language(text)  # "steuererklärung abgeben am 15.01.": dates, no time word
        elif digit and not tokens <= ENGLISH:
            also = detect_language(text)
    scored = [(hits, c) for hits, c in scored if hits or c.lang.code in (hint, also)]
    if not scored:
        return []
    if hint is None and sum(hits == max(h for h, _ in scored) for hits, _ in scored) > 1:
        hint = detect_language(text)  # a tie on words: the message's language goes first
    scored.sort(key=lambda s: (s[1].lang.code != hint, -s[0]))
    return [c for _, c in scored][:_MOST_TRIED]


def _assembled(text: str, found: list[tuple[int, int, str]]) -> Fixed:
    """`text` with each (start, end, english) rewrite made, and the offset map."""
    if not found:
        return Fixed(text)
    found.sort()
    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    last = length = 0
    for start, end, new in found:
        pieces.append(text[last:start])
        length += start - last
        edits.append((length, length + len(new), start, end))
        pieces.append(new)
        length += len(new)
        last = end
    pieces.append(text[last:])
    return Fixed("".join(pieces), tuple(edits))
