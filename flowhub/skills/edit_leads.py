"""The words a correction opens with in each language ("eigenlijk om 15u", "en fait à 15h30"):
they say a change is coming and change nothing themselves, like English "actually" or "sorry".
"""

from __future__ import annotations

import re

__all__ = ["without_lead"]

# fmt: off
_LEADS: dict[str, tuple[str, ...]] = {
    "nl": ("eigenlijk", "toch", "sorry", "oeps", "oh", "wacht", "ehm", "liever", "beter"),
    "de": ("eigentlich", "doch", "sorry", "ups", "hoppla", "oh", "warte", "ähm", "lieber",
           "besser"),
    "fr": ("en fait", "finalement", "plutôt", "plutot", "pardon", "oups", "oh", "attends", "euh"),
    "es": ("en realidad", "de hecho", "mejor dicho", "mejor", "perdón", "perdon", "ups", "oh",
           "espera"),
    "pt": ("na verdade", "aliás", "alias", "melhor", "desculpa", "ops", "oh", "espera"),
    "it": ("in realtà", "in realta", "anzi", "meglio", "scusa", "ops", "oh", "aspetta"),
    "id": ("sebenarnya", "maaf", "ups", "oh", "tunggu"),
    "tr": ("aslında", "aslinda", "pardon", "bekle"),
    "hi": ("asal mein", "arre", "ruko"),
    "ru": ("вообще-то", "на самом деле", "лучше", "ой", "извини"),
    "ar": ("في الواقع", "بالأحرى", "عفوا", "آسف"),
}
# fmt: on
_WORDS = sorted({w for words in _LEADS.values() for w in words}, key=len, reverse=True)
_LEAD = re.compile(
    r"^(?:(?:" + "|".join(re.escape(w) for w in _WORDS) + r")(?![\w\u0600-\u06ff])[\s,:!.-]*)+",
    re.I,
)


def without_lead(text: str) -> str:
    """`text` without the correction words it opens with; all of it when nothing else is left."""
    rest = _LEAD.sub("", text, count=1)
    return rest if rest.strip() else text
