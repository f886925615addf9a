"""Which Tesseract packs to read an image with, and which language the text it found is in."""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Frequent short words that tell the Latin-script languages apart.
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words("the and to of is you for with this that will by are on"),
    "de": _words("der die das und ist nicht mit für ich zu bis den ein eine auf"),
    "es": _words("el la los las y que de para con por una es del se hay"),
    "fr": _words("le la les et est pour avec une des du que il je pas sur"),
    "pt": _words("o a os as e que de para com uma não do da em por"),
    "it": _words("il lo la gli le e che di per con una non è del della"),
    "nl": _words("de het een en is van voor met niet ik te op dat zijn"),
    "tr": _words("ve bir bu için ile da de ne ama çok mı gibi"),
    "id": _words("dan yang di ke untuk dengan ini itu tidak akan dari saya"),
}
_SCRIPT_LANGUAGE = {"Cyrillic": "ru", "Devanagari": "hi", "Arabic": "ar"}
_WORD = re.compile(r"[^\W\d_]+")


def packs(language: str | None, table: dict[str, str]) -> str:
    """The Tesseract packs for a language: its own first, then English ("deu+eng")."""
    own = table.get(language or "en", "eng")
    return own if own == "eng" else f"{own}+eng"


def language_of_script(script: str | None) -> str | None:
    """The language to read a non-Latin script in (Cyrillic: ru, Devanagari: hi, Arabic: ar)."""
    return _SCRIPT_LANGUAGE.get(script or "")


def guess(text: str) -> str | None:
    """The language a text is most likely in, by script, then by its frequent words."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    for lang, low, high in (("ru", 0x0400, 0x04FF), ("hi", 0x0900, 0x097F), ("ar", 0x0600, 0x06FF)):
        if sum(low <= ord(c) <= high for c in letters) > 0.3 * len(letters):
            return lang
    words = [w.casefold() for w in _WORD.findall(text)]
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 2 else None
