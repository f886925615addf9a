"""Chat shorthand in another language read as the words it stands for: "tmb apuntame x lo del
inventario" reads "también apuntame por lo del inventario", "45 menit lg" reads "45 menit lagi".

Only a message whose language is known gets its language's shorthand, so "x" and "q" stay as
written in English or in a message whose language is unclear. A language may also rephrase the
whole message into a form the rules read (`ChatWords.rephrase`)."""

from __future__ import annotations

import re
from functools import cache

from flowhub.nlp.detect import detect_language

__all__ = ["expand_abbreviations"]


@cache
def _pattern(code: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    from flowhub.nlp.lang import CHAT  # the language data imports this module's package

    chat = CHAT.get(code)
    if chat is None or not chat.abbreviations:
        return None
    table = {k.casefold(): v for k, v in chat.abbreviations.items()}
    long = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True) if len(k) > 1)
    short = "|".join(re.escape(k) for k in table if len(k) == 1) or "(?!)"
    # A whole word, never part of an address or a contraction; a single letter never beside a
    # number either ("3 x 4").
    edge = r"[\w'’@#/.:-]"
    return (
        re.compile(
            rf"(?<!{edge})(?:{long or '(?!)'}|(?<!\d\s)(?:{short})(?!\s\d))(?!{edge})", re.I
        ),
        table,
    )


def expand_abbreviations(text: str) -> str:
    """`text` with its language's chat shorthand written out and its rephrasing applied;
    unchanged if the language has neither."""
    from flowhub.nlp.lang import CHAT

    code = detect_language(text)
    if code is None:
        return text
    found = _pattern(code)
    if found is not None:
        pattern, table = found
        text = pattern.sub(lambda m: table[m.group(0).casefold()], text)
    chat = CHAT.get(code)
    return chat.rephrase(text) if chat is not None and chat.rephrase is not None else text
