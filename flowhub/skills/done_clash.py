"""A done or delete said in words that names the task's thing with another place, person or
object than its title: "printed the certificates for milan" is not "Print certificates for Rome",
"خلصت موضوع شركة الفان" (the van company) is not a task about the drivers' company.

Such a task is not ticked or dropped: the sender is asked whether it is the one meant, with a
Mark done button for a done. A task named by number, by "it", by a button or a reply, or by words
its title has, goes ahead.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from flowhub.connectors import Button, Reply
from flowhub.i18n import localized
from flowhub.nlp import (
    THING_LINKS,
    VAGUE_THINGS,
    detect_language,
    fold,
    parse_when,
    thing_words,
)
from flowhub.skills import manners, remind_reply_lang, words
from flowhub.skills.capture_gate import ABOUT_CARD
from flowhub.skills.context import Context
from flowhub.skills.done_words import same_word
from flowhub.skills.refer_words import past_forms
from flowhub.storage import Task, id_of

__all__ = ["asked", "names_other"]

# A word in any script, with the vowel signs Devanagari and Arabic words are spelt with.
_WORD = re.compile(r"(?:[^\W\d_]|[\u064b-\u065f\u0670\u0900-\u0963\u0971-\u097f])+(?:['’]\w+)?")
# Where one thing said ends and the next begins: "the rome ones, and the menus too".
_CLAUSE = re.compile(r"[,;.!?\n،؛।]+|\s(?:and|also|but|und|и|а|y|e|et|en|ve|dan|aur|और|و)\s", re.I)
# Languages that say what a thing is for after it ("réservation d'hôtel", "voos de volta").
_AFTER_ONLY = frozenset(["es", "pt", "fr", "it"])
# Languages whose titles end on their verb: "Zertifikate für Rom drucken".
_VERB_LAST = frozenset(["de", "nl", "tr", "hi"])
_STEM = 4
_ARABIC = re.compile(r"[\u0620-\u064a]")
_SOME_DAY = datetime(2026, 1, 7, 12, tzinfo=UTC)
_VAGUE = frozenset(w for word in VAGUE_THINGS for w in thing_words(word))


def asked(ctx: Context, targets: list[Task], verb: str) -> list[Reply]:
    """ "Is that about …?" for the one task a typed done or delete names by other words; else
    nothing, and the change goes ahead."""
    if ctx.event.kind != "text" or len(targets) != 1 or verb not in ("done", "delete"):
        return []
    task = targets[0]
    said = manners.without_bot_name(ctx.event.text or "")
    if not names_other(said, task.title):
        return []
    ctx.thread.note("task", [id_of(task)], now=ctx.now)  # "yes, delete it" means this one
    buttons = (Button(f"done:{id_of(task)}", localized(words.MARK_DONE_LABEL)),)
    return [Reply(ABOUT_CARD.format(title=task.title), buttons=buttons if verb == "done" else ())]


def names_other(said: str, title: str) -> bool:
    """Whether every part of `said` that names the task by a word of its title ties another
    thing to it ("the milan certificates", "certificates for milan"), while the title names one
    `said` lacks."""
    verbs, things = _title_words(title)
    if not things:
        return False
    heard: set[str] = set()
    other = False
    for clause in _CLAUSE.split(_without_time(said)):
        raw = _WORD.findall(clause)
        heard |= _clause_words(clause, verbs)
        anchors = [i for i, w in enumerate(raw) if _fits_any(w, things)]
        if not anchors:
            continue
        before = detect_language(clause) not in _AFTER_ONLY
        tied = {q for i in anchors for q in _tied(raw, i, verbs, before) if not _fits(q, things)}
        if not tied:
            return False  # named by the title's own words only
        other = True
    return other and any(not _fits(t, heard) for t in things)


def _tied(raw: list[str], at: int, verbs: set[str], before: bool) -> set[str]:
    """The thing words tied to the word at `at`: the word before it ("milan certificates") where
    the language puts it there, the one after a link word ("certificates for milan"), and in
    Arabic the one after it."""
    elided = "'" in raw[at] or "’" in raw[at]  # "réservation d'hôtel": the hotel's booking
    near = [at - 1] if at > 0 and before and not elided else []
    if at + 2 < len(raw) and raw[at + 1].casefold() in THING_LINKS:
        near.append(at + 2)
    if at + 1 < len(raw) and _ARABIC.match(raw[at + 1]):
        near.append(at + 1)  # "شركة الفان": a noun and what it belongs to
    found: set[str] = set()
    for i in near:
        word = raw[i]
        if word.isascii() and word.casefold().endswith("ed"):
            continue  # "emailed weber …": a past verb before the thing, not a name
        found |= _clause_words(word, verbs)
    return found


def _fits_any(raw: str, things: set[str]) -> bool:
    return any(_fits(w, things) for w in thing_words(raw))


def _title_words(title: str) -> tuple[set[str], set[str]]:
    """The words of the title's verb, and the rest of its words that name things."""
    said = _WORD.findall(title)
    if not said:
        return set(), set()
    at = len(said) - 1 if detect_language(title) in _VERB_LAST else 0
    verb = said[at]
    verbs = set(thing_words(verb)) | {verb.casefold()} | past_forms(verb)
    things = {w for w in thing_words(title) if w not in _VAGUE and not _fits(w, verbs)}
    # a short name said with a capital is a thing too: "Rom", "Bob", "IKEA"
    names = [w for i, w in enumerate(said) if i not in (0, at) and len(w) == 3 and w[0].isupper()]
    return verbs, things | {fold(w) for w in names}


def _clause_words(clause: str, verbs: set[str]) -> set[str]:
    """The words of a clause that may name a thing: not a done word, a past verb, the title's
    own verb or a word that names nothing."""
    found: set[str] = set()
    for raw in _WORD.findall(clause):
        if remind_reply_lang.says_done(raw):
            continue
        found |= {w for w in thing_words(raw) if w not in _VAGUE and not _fits(w, verbs)}
    return found


def _fits(word: str, others: set[str]) -> bool:
    """Whether `word` is one of `others` with another ending, or shortened ("certs")."""
    latin = word.isascii() and len(word) >= _STEM
    return any(
        same_word(word, o) or (latin and o.isascii() and o[:_STEM] == word[:_STEM]) for o in others
    )


def _without_time(text: str) -> str:
    """`text` without the day or time it says ("yesterday evening")."""
    found = parse_when(text, now=_SOME_DAY, tz="UTC")
    if found is None or found.span is None:
        return text
    return text[: found.span[0]] + " , " + text[found.span[1] :]
