"""A command said in another language, as the English command the skills read.

"hecho 2" -> "done 2", "ya terminé la segunda" -> "done 2", "meine aufgaben" -> "my tasks",
"posponer 1 hora" -> "snooze 1 hour". Each language's `ChatWords.commands` holds the phrases; a
phrase must be the whole message (give or take punctuation and emoji), so a task sentence that
only starts like one ("hecho de menos a mi madre") stays a task sentence.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cache, lru_cache

from flowhub.nlp._time_lexicon import alt, fold
from flowhub.nlp._title_spelling import is_english_word
from flowhub.nlp.detect import detect_language
from flowhub.nlp.lang import CHAT, REGISTRY, ChatWords

__all__ = ["command_language", "english_command"]

_UNITS = ("minute", "hour", "day")
# A list of numbers: "1, 3 y 4", "2 und 5", "1 ve 2".
_LIST_JOIN = r"(?:\s*(?:,|&|\+|/)\s*|\s+(?:and|y|e|i|et|und|en|dan|ve|и|و|और|aur|ou|o)\s+)"
# An article may repeat before each number: "la 1 y la 3", "die 2 und die 4".
_AGAIN = r"(?:(?:la|el|las|los|le|les|il|lo|die|der|das|de|het|a|o|as|os)\s+)?"
_DIGITS = rf"#?\d{{1,3}}(?:{_LIST_JOIN}{_AGAIN}#?\d{{1,3}})*"
_SOME_DAY = datetime(2026, 1, 7, 12, tzinfo=UTC)
_WHEN_SLACK = 1  # "giovedì pomeriggio va bene" is still a day; a whole sentence is not
# A word beside the day that says it is the day that does not work: "can't this week".
_NOT_THAT_DAY = re.compile(
    r"(?<![\w'])(?:can'?t|cannot|won'?t|not|don'?t|nicht|kann\s*nicht|pas|non|n[aã]o|nao"
    r"|no\s+puedo|не|нет|नहीं|nahi|nahin|tidak|nggak|gak|değil|olmaz|niet|lukt\s+niet|لا|مش)(?![\w'])",
    re.I,
)
# A time zone is named after words that say so ("cambia mi zona horaria a Lima"): read in any
# language, since the place is checked before it is set.
_NAMED_SETTING = frozenset(["timezone: {rest}"])
_EDGE_OPEN = r"^[\s¡¿\"'«(]*"
# Trailing punctuation and emoji; never a vowel sign ("भेज दे", "رجّعها"), which \w does not cover.
_MARKS = "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u064b-\u065f\u0670"
_EDGE_CLOSE = rf"[\s.!?,;:…\"'»)~]*(?:[^\w\s{_MARKS}]+[\s.!]*)*$"


@cache
def _table(code: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    words = CHAT[code]
    counted = _counted(code, words)
    slots = {
        "n": rf"{_DIGITS}|{alt(counted)}" if counted else _DIGITS,
        "unit": alt(_units(code)),
        "rest": r"\w.*?",
        "what": r"\w.*?",
        "when": r"\w.*?",
    }
    found = []
    for english, sources in words.commands.items():
        for source in sources:
            body = fold(source)
            for slot, group in slots.items():
                # A slot may appear in several alternatives: each gets its own group name.
                parts = body.split("{" + slot + "}")
                body = parts[0] + "".join(
                    f"(?P<{slot}{i}>{group}){part}" for i, part in enumerate(parts[1:])
                )
            found.append((re.compile(rf"{_EDGE_OPEN}(?:{body}){_EDGE_CLOSE}"), english))
    return tuple(found)


def _counted(code: str, words: ChatWords) -> dict[str, int]:
    lang = REGISTRY.get(code)
    table = {**lang.numbers, **lang.ordinals} if lang is not None else {}
    table.update(words.counted)
    return {fold(w): v for w, v in table.items() if 0 < v <= 31}


def _units(code: str) -> dict[str, str]:
    lang = REGISTRY.get(code)
    return {fold(w): u for w, u in (lang.units if lang else {}).items() if u in _UNITS}


def english_command(text: str, *, locale: str | None = None) -> str | None:
    """The English command `text` says in another language ("mis tareas" -> "my tasks"), or None.

    The whole message must be the command; the person's language (`locale`) is tried first, and
    only it reads a command naming a task by its words ("erledigt Zahnarzt").
    """
    said = text.strip()
    found = _command(said, locale)
    return found if found is not None else _after_yes(said, locale)


# What a yes said first may lead to: "ok, salva entrambe", "evet ikisini kaydet", "oui confirme".
_AFTER_YES = frozenset(["confirm all", "confirm both", "confirm"])
_YES = frozenset(["yes", "ok", "confirm"])


def _after_yes(said: str, locale: str | None) -> str | None:
    """The command after a leading yes of one or two words, when a yes goes with it."""
    for cut in (1, 2):
        words = said.split(maxsplit=cut)
        if len(words) <= cut:
            return None
        lead = " ".join(words[:cut]).rstrip(",!.;:")
        if _command(lead, locale) not in _YES:
            continue
        found = _command(words[cut], locale)
        if found in _AFTER_YES:
            return found
    return None


def command_language(text: str, *, locale: str | None = None) -> str | None:
    """The language whose words made `text` a command ("mis tareas": "es"), or None when
    every word is also English ("undo", "hi") and so tells no language."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", text)]
    if not words or all(is_english_word(w) for w in words):
        return None
    found = _matched(text.strip(), locale)
    return found[1] if found is not None else None


def _command(said: str, locale: str | None) -> str | None:
    found = _matched(said, locale)
    return found[0] if found is not None else None


# A colon right after the words asking for a new name: "назови: Отчёт", "ponele de título: X".
_NAMING_COLON = re.compile(r"(?<=[^\W\d_])\s*:(?=\s)")
_NAMED = ("title: ", "assign to ")


def _without_colon(said: str) -> str | None:
    """`said` with the colon after its first words as a space (the length kept), or None."""
    m = _NAMING_COLON.search(said)
    if m is None or len(said[: m.start()].split()) > 4:
        return None
    return said[: m.end() - 1] + " " + said[m.end() :]


# One message is asked about many times while the skills take their turns.
@lru_cache(maxsize=4096)
def _matched(said: str, locale: str | None) -> tuple[str, str] | None:
    """The English command `said` is and the language it was read in."""
    found = _matched_as_said(said, locale)
    if (found is None or found[0].startswith(_NAMED)) and (plain := _without_colon(said)):
        again = _matched_as_said(plain, locale)
        # the words before the colon were the ask, not part of the name kept as written
        if again is None or not again[0].startswith(_NAMED):
            return found
        if found is None or len(again[0]) < len(found[0]) - 1:
            return again
    return found


def _matched_as_said(said: str, locale: str | None) -> tuple[str, str] | None:
    """`_matched` of the words exactly as written."""
    folded = fold(said)
    if not folded or len(folded) > 80:
        return None
    first = (locale or "").replace("_", "-").split("-")[0].lower()
    if first not in CHAT:  # English or not known yet: the language the message is written in
        first = detect_language(said) or ""
    for code in sorted(CHAT, key=lambda c: c != first):
        for pattern, english in _table(code):
            as_written = "{rest}" in english or "{what}" in english
            if code != first and as_written and english not in _NAMED_SETTING:
                continue  # words kept as written are read only in the person's own language
            m = pattern.match(folded)
            if m is None:
                continue
            kept = {key: _kept(said, m, key) for key in ("rest", "what", "when")}
            if "{when}" in english:
                if "{what}" in english:
                    kept["what"], kept["when"] = _named_then_when(said, m, code)
                    if _only_when(kept["what"], code):
                        continue  # "monday 11 baje ko shift karo": a day names no task
                kept["when"] = _when_words(kept["when"], code)
                if not kept["when"]:
                    continue  # "no, grazie" is no correction: only a day or a time is
            english = _said(english, m.groupdict(), code)
            return english.format(**{k: v or "" for k, v in kept.items()}), code
    return None


def _kept(said: str, m: re.Match[str], slot: str) -> str:
    """The words a `{rest}`, `{what}` or `{when}` slot matched, as the person wrote them."""
    found = [said[m.start(g) : m.end(g)] for g in m.re.groupindex if g.rstrip("0123456789") == slot]
    return next((r for r in found if r), "")


def _named_then_when(said: str, m: re.Match[str], code: str) -> tuple[str, str]:
    """The `{what}` and `{when}` words, the thing named taking any words before the time.

    "annemi arama işini perşembeye al" matches with "annemi" named and "arama işini perşembe" as
    the time; the time is only "perşembe", so the words before it belong to the thing named.
    """
    from flowhub.nlp.when import parse_when  # the time grammar imports this module's package

    what, when = _kept(said, m, "what"), _kept(said, m, "when")
    starts = [m.start(g) for g in m.re.groupindex if g.startswith("what") and m.group(g)]
    at = [g for g in m.re.groupindex if g.startswith("when") and m.group(g)]
    found = parse_when(when, now=_SOME_DAY, tz="UTC", locale=code) if when else None
    if not starts or not at or found is None or found.span[0] == 0:
        return what, when
    if len(when[found.span[1] :].split()) > _WHEN_SLACK:
        return what, when
    cut = m.start(at[0]) + found.span[0]
    return said[starts[0] : cut].strip(), said[cut : m.end(at[0])].strip()


def _when_words(text: str, code: str) -> str:
    """The day or time words of `text` in language `code`, if they are most of it, else ""."""
    from flowhub.nlp.when import parse_when  # the time grammar imports this module's package

    found = parse_when(text, now=_SOME_DAY, tz="UTC", locale=code) if text else None
    if found is None or found.span is None:
        return ""
    start, end = found.span
    if len(text[:start].split()) + len(text[end:].split()) > _WHEN_SLACK:
        return ""
    if _NOT_THAT_DAY.search(f"{text[:start]} {text[end:]}"):
        return ""
    return text[start:end]


def _only_when(text: str, code: str) -> bool:
    """Whether `text` is nothing but a day or time ("monday", "mercredi 15h")."""
    words = text.strip(" ,")
    return bool(words) and _when_words(words, code) == words


def _said(english: str, groups: dict[str, str | None], code: str) -> str:
    """The English command with its number and unit filled in; word slots stay to fill."""
    n = next((v for k, v in groups.items() if k[:1] == "n" and v), None)
    unit = next((v for k, v in groups.items() if k.startswith("unit") and v), None)
    value = _number(n, code) if n else ("1" if unit else "")
    if unit:
        name = _units(code)[unit]
        unit = name if value in ("", "1") else f"{name}s"
    keep = {"rest": "{rest}", "what": "{what}", "when": "{when}"}
    return english.format(n=value, unit=unit or "", **keep).strip()


def _number(said: str, code: str) -> str:
    """ "2" -> "2", "1, 3 y 4" -> "1, 3, 4", "segunda" -> "2"."""
    digits = re.findall(r"\d+", said)
    if digits:
        return ", ".join(digits)
    table = _counted(code, CHAT[code])
    return str(table.get(re.sub(r"[\s-]+", " ", said), table.get(said, "")))
