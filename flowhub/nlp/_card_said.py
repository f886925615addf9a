"""What someone says to a waiting card in another language, read clause by clause.

"passa pra Ana e confirma" gives the card to Ana, then saves it; "oke yg listrik bener, simpen"
names the card ("listrik") and saves it; "не, это удали, я не то имела в виду" drops it and says
why. Each clause is a command of the person's language (`english_command`) once the words that
carry nothing around it ("nomas", "यार", "aja") are cut; a clause of such words alone, or an aside
("я не то имела в виду", "aynı saat"), says nothing. A clause that is neither makes the message
something else, so "y q ana revise el presupuesto" stays a task.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from flowhub.nlp._commands import english_command
from flowhub.nlp._time_lexicon import fold
from flowhub.nlp.detect import detect_language
from flowhub.nlp.lang import (
    CHAT,
    ar_commands,
    de_commands,
    es_commands,
    fr_commands,
    hi_commands,
    id_commands,
    it_commands,
    nl_commands,
    pt_commands,
    ru_commands,
    tr_commands,
)
from flowhub.nlp.lang._hesitate import HUM

__all__ = ["CardSaid", "card_clause", "card_said"]

_DATA = (
    ar_commands, de_commands, es_commands, fr_commands, hi_commands, id_commands, it_commands,
    nl_commands, pt_commands, ru_commands, tr_commands,
)  # fmt: skip
# The English commands that answer a card; a `{…}` slot's words follow the prefix.
_ACTS = ("yes", "ok", "confirm", "save", "no", "discard", "delete it", "cancel")
_ACT_LEADS = ("assign to ", "title: ", "move it to ", "no, ")
# Where one clause ends and the next starts: punctuation, or "and" in any of the languages.
_JOIN = re.compile(
    r"\s*(?:[,;!?…،؛]+|\.(?:\s+|$)|\s(?:-|–|—)\s)\s*"
    r"|\s+(?:and|y|e|et|und|en|ed|ve|и|а|dan|terus|trus|lalu|aur|और|و)\s+",
    re.I,
)
# "and" or "but" opening a clause: "y ponle …", "но отдай это Ане".
_LEAD_JOIN = re.compile(
    r"^(?:and|but|y|pero|e|mas|et|mais|und|aber|en|maar|ed|ma|ve|ama|и|а|но|dan|tapi|aur|और|लेकिन"
    r"|par|پر|و|لكن|بس)\s+",
    re.I,
)
# Quotes around words ("yg 'catat' itu"), never an apostrophe inside one ("what's").
_QUOTES = re.compile(r"(?<!\w)[\"'«»“”‘’`„]+|[\"'«»“”‘’`„]+(?!\w)")
_EDGE = " \t\n,.!?;:…-–—،؛"
_MOST_CHARS = 200
_SOME_DAY = datetime(2026, 1, 7, 12, tzinfo=UTC)


@dataclass(frozen=True)
class CardSaid:
    """A message said to a card: its commands in the order said, and the card's words if named."""

    acts: tuple[str, ...]
    about: str = ""


@cache
def _soft() -> re.Pattern[str]:
    words = sorted({fold(w) for m in _DATA for w in m.CARD_SOFT}, key=len, reverse=True)
    body = "|".join(w.replace(" ", r"\s+") for w in words)
    return re.compile(rf"^(?:{body})(?=[\s,.!?]|$)[\s,.!?]*|[\s,.!?]+(?:{body})[\s.!?]*$")


@cache
def _asides() -> re.Pattern[str]:
    return re.compile(rf"^(?:{'|'.join(fold(a) for m in _DATA for a in m.CARD_ASIDES)})$")


@cache
def _refs() -> tuple[re.Pattern[str], ...]:
    found = []
    for module in _DATA:
        for source in module.CARD_REFS:
            body = fold(source).replace("{ref}", r"(?P<ref>[^\s,]+)")
            found.append(re.compile(rf"^{body}(?:\s+|$)"))
    return tuple(found)


def _is_act(english: str) -> bool:
    return english in _ACTS or english.startswith(_ACT_LEADS)


def _several(english: str) -> bool:
    """Whether the person a command names runs into another clause ("Sam, enregistre")."""
    return english.startswith("assign to ") and bool(_JOIN.search(english[10:]))


def _trimmed(text: str) -> str:
    """`text` without quotes, hums, edge punctuation or soft words at either end."""
    text = text.strip(_EDGE)
    while True:
        before = text
        text = _LEAD_JOIN.sub("", re.sub(rf"^{HUM}", "", text)).strip(_EDGE)
        folded = fold(text)
        m = _soft().search(folded)
        if m is not None:
            text = (text[m.end() :] if m.start() == 0 else text[: m.start()]).strip(_EDGE)
        if text == before:
            return text


def _only_when(text: str, locale: str | None) -> bool:
    """Whether `text` is only a day or a time ("10 बजे", "à 15h")."""
    from flowhub.nlp.when import parse_when  # the time grammar imports this module's package

    found = parse_when(text, now=_SOME_DAY, tz="UTC", locale=locale)
    if found is None or found.span is None or found.rrule:
        return False
    start, end = found.span
    before = text[:start].split()
    return (not before or (len(before) == 1 and len(before[0]) <= 3)) and not text[end:].strip()


def card_clause(text: str, *, locale: str | None = None) -> tuple[str, str] | None:
    """One clause said to a card: its English command ("" when it says nothing) and the words
    naming the card ("listrik" in "yg listrik bener"), or None when it is not about a card."""
    read = _clause(text, locale)
    return read[:2] if read is not None else None


def _clause(text: str, locale: str | None) -> tuple[str, str, bool] | None:
    """`card_clause`, and whether the clause is a bare day or time ("10 बजे")."""
    unquoted = _QUOTES.sub("", text)
    clause = _trimmed(unquoted)
    bare = clause == unquoted.strip(_EDGE)  # a day said alone, with nothing cut around it
    about = ""
    for ref in _refs():
        m = ref.match(fold(clause))
        if m is not None:
            about, clause = clause[m.start("ref") : m.end("ref")], _trimmed(clause[m.end() :])
            break
    if not clause or _asides().match(fold(clause)):
        return "", about, False
    said = english_command(clause, locale=locale)
    if said is not None and _is_act(said) and not _several(said):
        return said, about, False
    if _only_when(clause, locale) and not text.rstrip().endswith("?"):
        return f"move it to {clause}", about, bare
    said = english_command(text.strip(_EDGE), locale=locale)
    if said is not None and _is_act(said) and not _several(said):
        return said, "", False  # a command only as it stands: "itu buat ana ya, kasih ke dia"
    return None


def card_said(text: str, *, locale: str | None = None) -> CardSaid | None:
    """Every clause of `text` read as an answer to a card, or None when one is something else."""
    text = text.strip()
    if not text or len(text) > _MOST_CHARS or text.endswith("?"):
        return None  # "and friday?" asks; it changes nothing
    if (locale or "").replace("_", "-").split("-")[0].lower() not in CHAT:
        locale = detect_language(text) or locale  # the whole message tells better than a clause
    cuts = [(m.start(), m.end()) for m in _JOIN.finditer(text) if m.start() > 0]
    starts = [0, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), len(text)]

    @cache
    def read(i: int) -> tuple[tuple[str, str, bool], ...] | None:
        if i == len(starts):
            return ()
        for j in range(len(ends) - 1, i - 1, -1):  # the longest clause first: titles keep "and"
            clause = _clause(text[starts[i] : ends[j]], locale)
            if clause is None:
                continue
            after = read(j + 1)
            if after is not None:
                return (clause, *after)
        return None

    clauses = read(0)
    if clauses is None:
        return None
    whole = english_command(text, locale=locale) if len(clauses) == 1 else None
    if whole is not None and not _is_act(whole):
        return None  # "подтвердить все" is another command, not "подтвердить" and a word
    acts = tuple(act for act, _, _ in clauses if act)
    about = next((ref for _, ref, _ in clauses if ref), "")
    if not any(act and not bare for act, _, bare in clauses):
        return None  # a day alone ("friday") is read where a reply's times are
    return CardSaid(acts, about)
