"""Sounds people type before a correction ("mmm no, …", "äh nein, …", "эм нет, …", "امم لا، …").

They carry no meaning, so a correction, a reassignment or an undo may start with any number of
them in any language; the command phrases are read on folded text (no accents, lower case).
"""

from __future__ import annotations

from dataclasses import replace

from flowhub.nlp.lang import (
    _asked_about,
    _asked_gave,
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
from flowhub.nlp.lang._asked_by_name import ASKED
from flowhub.nlp.lang._card_casual import CASUAL, ONLY
from flowhub.nlp.lang._card_plain import PLAIN, ahead
from flowhub.nlp.lang._card_words import with_card_words
from flowhub.nlp.lang._schema import ChatWords
from flowhub.nlp.lang._take_on import ENGLISH, TAKE_ON

# "mmm", "hmm", "ehm", "erm", "ah", "oh", "uh", "um", "uff", "ıı", "эм", "ммм", "امم", "अरे", "arre".
HUM = (
    r"(?:(?:m{2,}|h+m+|e+h+m*|e+m{2,}|e+r+m+|a+h+|o+h+|u+h+|u+m+|u+f+|ı{2,}|i{2,}|arr?e{2,}|arr+e+"
    r"|э+м+|э{2,}|м{2,}|хм+|ам+|ا+م+|ا+ه+|ام+م|अरे|उम्?म*|हम्?म*"
    r"|boah|ach|och|bah|ugh|argh|pf+|uy|eita|putz|vish|ixi|uffa|boh|tja|oeps|aduh|duh|wah|ой|ох|блин|يوه)"
    r"[\s,.!…]+)*"
)
# The commands that may follow such a sound.
_AFTER_HUM = (
    "no, {when}",
    "move it to {when}",
    "assign to {rest}",
    "undo",
    "yes",
    "discard",
    "title: {rest}",
)
# The commands that may end in words that change nothing ("ponle revisar presupuesto nomas").
_BEFORE_SOFT = ("title: {rest}", "assign to {rest}")


def hesitant(words: ChatWords) -> ChatWords:
    """`words` with its corrections, reassignments, undos and yeses allowed to open with a sound,
    its edits to end in words that change nothing, its casual answers to a card and its words for
    taking a task on oneself added, a new title said as "only …" read without that word, and a
    person named then asked ("priya, vc consegue …?") as the one who does it."""
    soft = _soft_words(words.code)
    commands = {}
    said = ahead(
        with_card_words(words.commands, CASUAL.get(words.code, {})), PLAIN.get(words.code, {})
    )
    # Taking it on is read first: "yaudah aku aja yg ngerjain" names no one else.
    taken = TAKE_ON.get(words.code, ()) + tuple(said.pop(ENGLISH, ()))
    said = {ENGLISH: taken, **said}
    about = _asked_about.ABOUT.get(words.code, ())
    said[_asked_about.ENGLISH] = tuple(said.get(_asked_about.ENGLISH, ())) + about
    # "what did I give the others?" is read before "what did I give Sam?" takes "others" as a name.
    gave = _asked_gave.GAVE.get(words.code, ()) + tuple(said.pop(_asked_gave.ENGLISH, ()))
    said = {_asked_gave.ENGLISH: gave, **said}
    for english, sources in said.items():
        lead = HUM if english in _AFTER_HUM else ""
        tail = soft if english in _BEFORE_SOFT else ""
        if english == "title: {rest}":
            sources = tuple(s.replace("{rest}", rf"(?:{ONLY}\s+)?{{rest}}") for s in sources)
        commands[english] = tuple(f"{lead}(?:{source}){tail}" for source in sources)
    asked = words.ask_openers + ASKED.get(words.code, ())
    return replace(words, commands=commands, ask_openers=asked)


def _soft_words(code: str) -> str:
    """A regex for any number of a language's words that change nothing, after a command."""
    said = _SOFT.get(code, ())
    if not said:
        return ""
    body = "|".join(w.replace(" ", r"\s+") for w in sorted(said, key=len, reverse=True))
    return rf"(?:[\s,]+(?:{body}))*"


# Each language's data for answers to a card (`CARD_SOFT`, `CARD_NOT`, …), by language code.
COMMANDS = {
    "ar": ar_commands, "de": de_commands, "es": es_commands, "fr": fr_commands,
    "hi": hi_commands, "id": id_commands, "it": it_commands, "nl": nl_commands,
    "pt": pt_commands, "ru": ru_commands, "tr": tr_commands,
}  # fmt: skip
# Each language's words that change nothing around an answer to a card ("nomas", "यार").
_SOFT = {code: module.CARD_SOFT for code, module in COMMANDS.items()}
