"""Greetings that name a part of the day are no times: "good evening 🙏", "bonne soirée à tous".

The time grammar reads English, and a greeting reaches it as "hello", as the English greeting
itself (written so in a Hindi or Arabic message too), or as its own greeting word before an
English part of the day ("buon afternoon"). That part of the day is blanked, keeping the text's
length so spans still point into it.
"""

from __future__ import annotations

import re

from flowhub.nlp.lang._greet_words import GREET_WORDS

__all__ = ["without_greetings"]

_GREETING = re.compile(
    r"\b(?:" + "|".join(GREET_WORDS) + r")\s+(?P<part>morning|afternoon|evening|night|day)\b",
    re.I,
)


def without_greetings(text: str) -> str:
    """`text` with the part of the day of each greeting in it blanked to spaces."""
    return _GREETING.sub(_blank, text)


def _blank(m: re.Match[str]) -> str:
    return m.group(0)[: m.start("part") - m.start()] + " " * len(m["part"])
