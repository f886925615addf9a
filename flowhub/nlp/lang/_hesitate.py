"""Sounds people type before a correction ("mmm no, …", "äh nein, …", "эм нет, …", "امم لا، …").

They carry no meaning, so a correction, a reassignment or an undo may start with any number of
them in any language; the command phrases are read on folded text (no accents, lower case).
"""

from __future__ import annotations

from dataclasses import replace

from flowhub.nlp.lang._schema import ChatWords

# "mmm", "hmm", "ehm", "erm", "ah", "oh", "uh", "um", "uff", "ıı", "эм", "ммм", "امم", "अरे", "arre".
HUM = (
    r"(?:(?:m{2,}|h+m+|e+h+m*|e+m{2,}|e+r+m+|a+h+|o+h+|u+h+|u+m+|u+f+|ı{2,}|i{2,}|arr?e{2,}|arr+e+"
    r"|э+м+|э{2,}|м{2,}|хм+|ам+|ا+م+|ا+ه+|ام+م|अरे|उम्?म*|हम्?म*)[\s,.!…]+)*"
)
# The commands that may follow such a sound.
_AFTER_HUM = ("no, {when}", "move it to {when}", "assign to {rest}", "undo", "yes", "discard")


def hesitant(words: ChatWords) -> ChatWords:
    """`words` with its corrections, reassignments, undos and yeses allowed to open with a sound."""
    commands = {
        english: tuple(f"{HUM}(?:{source})" for source in sources)
        if english in _AFTER_HUM
        else sources
        for english, sources in words.commands.items()
    }
    return replace(words, commands=commands)
