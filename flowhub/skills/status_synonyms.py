"""The words a topic word stands for in a status question: its topic's words when it names a
topic ("money" → "invoice", "Rechnung", "pago"), else its close synonyms ("invoice" → "bill")."""

from __future__ import annotations

from functools import cache

from flowhub.nlp import fold
from flowhub.skills.status_topic_words import NEAR, TOPICS


def synonyms(word: str) -> tuple[str, ...]:
    """`word` (folded) and the words a task about it may use instead, folded."""
    word = fold(word)
    found = [word]
    for names, members in _topics():
        if any(_same(word, name) for name in names):
            found += [*names, *members]
    for group in _near():
        if any(_same(word, w) for w in group):
            found += group
    return tuple(dict.fromkeys(found))


def _same(word: str, term: str) -> bool:
    """Whether `word` is a form of `term`: "finances" of "finance", "bills" of "bill"."""
    if len(term) <= 4 or len(word) <= 4:
        return word in (term, term + "s", term + "es")
    return word[:5] == term[:5]


@cache
def _topics() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Each topic's names and words, every language together."""
    out = []
    for by_language in TOPICS.values():
        names: list[str] = []
        members: list[str] = []
        for line in by_language.values():
            named, _, said = line.partition("|")
            names += fold(named).split()
            members += fold(said).split()
        out.append((tuple(names), tuple(members)))
    return tuple(out)


@cache
def _near() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(group).split()) for group in NEAR)
