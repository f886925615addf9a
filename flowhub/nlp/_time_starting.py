"""A repeat's first time said apart from it: "every 15 days check the stock, starting monday at 10".

The grammar reads the repeat and the start as two expressions; a task takes the repeat, starting
at the start, and the start's words leave the title.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from flowhub.nlp._time_translate import translate
from flowhub.nlp.types import When

__all__ = ["with_start"]

_STARTING = re.compile(r"^\W*(?:starting|beginning|commencing|effective)\b", re.I)


def with_start(text: str, found: list[When]) -> tuple[str, list[When]]:
    """`found` with a lone repeat started at a "starting …" time said apart from it, and `text`
    with that time's words blanked (spans keep their places)."""
    repeats = [w for w in found if w.rrule]
    if len(repeats) != 1:
        return text, found
    repeat = repeats[0]
    for w in found:
        if w.rrule or w.span is None or w is repeat:
            continue
        start, end = w.span
        if not _STARTING.match(translate(text[start:end]).text):
            continue
        merged = replace(repeat, start=w.start, grain=w.grain)
        if w.grain == "day" and repeat.grain in (
            "hour",
            "minute",
        ):  # "every day at 9 … from monday"
            at = datetime.combine(w.start.date(), repeat.start.timetz())
            merged = replace(repeat, start=at)
        blank = text[:start] + " " * (end - start) + text[end:]
        return blank, [merged if x is repeat else x for x in found if x is not w]
    return text, found
