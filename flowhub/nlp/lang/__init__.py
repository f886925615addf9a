"""Time words and phrases of each language FlowHub reads, one module per language.

`REGISTRY` lists them explicitly; a new language is a module here, a line below and its tests.
English is the grammar's own language and needs no module.
"""

from __future__ import annotations

from flowhub.nlp.lang import (
    ar,
    ar_chat,
    de,
    de_chat,
    es,
    es_chat,
    fr,
    fr_chat,
    hi,
    hi_chat,
    id,
    id_chat,
    it,
    it_chat,
    nl,
    nl_chat,
    pt,
    pt_chat,
    ru,
    ru_chat,
    tr,
    tr_chat,
)
from flowhub.nlp.lang._chatter import with_chatter
from flowhub.nlp.lang._hesitate import hesitant
from flowhub.nlp.lang._labels import with_day_labels
from flowhub.nlp.lang._schema import ChatWords, Language, Replacement

__all__ = [
    "CHAT",
    "REGISTRY",
    "ChatWords",
    "Language",
    "Replacement",
    "chat_phrases",
    "chat_words",
    "intent_patterns",
    "priority_words",
]

REGISTRY: dict[str, Language] = {
    m.LANGUAGE.code: with_day_labels(m.LANGUAGE)
    for m in (es, pt, fr, de, it, nl, id, hi, tr, ru, ar)
}
# Words for tasks and intents (`<code>_chat` modules), for the languages that have them.
CHAT: dict[str, ChatWords] = {
    m.WORDS.code: hesitant(with_chatter(m.WORDS))
    for m in (
        es_chat, pt_chat, fr_chat, de_chat, it_chat, nl_chat, id_chat, hi_chat, tr_chat, ru_chat,
        ar_chat,
    )
}  # fmt: skip


def chat_words(field: str) -> frozenset[str]:
    """One word list (`verbs`, `final_verbs`, `greetings`) of every language, merged."""
    return frozenset(w for words in CHAT.values() for w in getattr(words, field))


def chat_phrases(field: str) -> tuple[str, ...]:
    """One phrase list (`lead_fillers`, `name_modals`, ...) of every language, in order."""
    return tuple(p for words in CHAT.values() for p in getattr(words, field))


def priority_words(level: str) -> tuple[str, ...]:
    """The words and phrases every language uses for one priority `level`."""
    said = (w for words in CHAT.values() for w, lv in words.priority.items() if lv == level)
    return tuple(said)


def intent_patterns(intent: str) -> tuple[str, ...]:
    """The regex sources every language gives `intent`."""
    return tuple(p for words in CHAT.values() for p in words.intents.get(intent, ()))
