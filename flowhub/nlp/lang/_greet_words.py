"""The word before a part of the day that makes it a greeting, per language, as the time
grammar sees it once the part of the day is in English ("bonne soirée" is "bonne evening")."""

from __future__ import annotations

__all__ = ["GREET_WORDS"]

_WORDS: dict[str, str] = {
    "en": "good",
    "fr": "bon bonne",
    "it": "buon buona",
    "es": "buen buena buenas buenos",
    "pt": "bom boa",
}

GREET_WORDS: tuple[str, ...] = tuple(dict.fromkeys(w for ws in _WORDS.values() for w in ws.split()))
