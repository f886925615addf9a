"""A first name written in another script ("Ане", "سام", "प्रिया") matched to the Latin name
of a person ("Ana", "Sam", "Priya").

Both sides are reduced to a consonant skeleton: vowels, "y" and a final "h" drop out, letters
that sound alike fold together ("p" and "b", since Arabic writes "p" as "b"), and the grammatical
endings Russian adds to names ("Ане", "Сэму", "Сэмом") or the Arabic "to" prefix ("لسام") are
tried off as well. A name that starts with a vowel only matches one that does too.
"""

from __future__ import annotations

import re

__all__ = ["latin_name_for"]

_CYRILLIC = dict(
    zip(
        "абвгдежзийклмнопрстуфхцчшщъыьэюяё",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "_",
            "y",
            "_",
            "e",
            "yu",
            "ya",
            "yo",
        ],
        strict=True,
    )
)
_ARABIC = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h",
    "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d",
    "ط": "t", "ظ": "z", "ع": "a", "غ": "gh", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "ة": "a", "و": "u", "ي": "i", "ى": "a", "ء": "",
    "پ": "p", "گ": "g", "چ": "ch", "ڤ": "v",
}  # fmt: skip
_DEVANAGARI_CONSONANTS = dict(
    zip(
        "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह",
        [
            "k",
            "kh",
            "g",
            "gh",
            "n",
            "ch",
            "chh",
            "j",
            "jh",
            "n",
            "t",
            "th",
            "d",
            "dh",
            "n",
            "t",
            "th",
            "d",
            "dh",
            "n",
            "p",
            "f",
            "b",
            "bh",
            "m",
            "y",
            "r",
            "l",
            "v",
            "sh",
            "sh",
            "s",
            "h",
        ],
        strict=True,
    )
)
_DEVANAGARI_VOWELS = dict(
    zip("अआइईउऊऋएऐओऔ", ["a", "aa", "i", "ii", "u", "uu", "ri", "e", "ai", "o", "au"], strict=True)
)
_VOWEL_SIGNS = re.compile(r"[\u093a-\u094f\u0951-\u0957\u0900-\u0903\u064b-\u0652]")
# Words that read like a name: Arabic "أنا" is "I", "أن" is "that".
_NOT_NAMES = frozenset(("انا", "أنا", "ان", "أن", "إن", "انه", "أنه"))
_RUSSIAN_ENDINGS = ("ом", "ем", "ой", "ей", "у", "ю", "е", "ы", "и", "а", "я")
_SOUND_ALIKE = str.maketrans({"p": "b", "v": "f", "w": "f", "c": "k", "q": "k", "x": "k"})
_VOWELS = re.compile(r"[aeiouy_]+")
# A leading vowel, by how scripts swap them ("Ana" is "एना" in Hindi): "a"/"e", "o"/"u", "i".
_LEAD_VOWEL = {"a": "_", "e": "_", "o": "^", "u": "^", "i": "!"}


def _to_latin(word: str) -> str:
    """`word` spelled in Latin letters, as near as a rule can get."""
    out = []
    for ch in word.casefold():
        if ch in _CYRILLIC:
            out.append(_CYRILLIC[ch])
        elif ch in _ARABIC:
            out.append(_ARABIC[ch])
        elif ch in _DEVANAGARI_CONSONANTS:
            out.append(_DEVANAGARI_CONSONANTS[ch])
        elif ch in _DEVANAGARI_VOWELS:
            out.append(_DEVANAGARI_VOWELS[ch])
        elif _VOWEL_SIGNS.match(ch):
            out.append("a" if ch in "\u093e\u0948\u094c" else "")
        else:
            out.append(ch)
    return "".join(out)


def _skeleton(latin: str) -> str:
    """Consonants only, alike sounds folded, a leading vowel kept as a mark of its kind."""
    latin = re.sub(r"[^a-z]", "", latin.translate(_SOUND_ALIKE))
    latin = re.sub(r"h$", "", latin)
    lead = _LEAD_VOWEL.get(latin[:1], "")
    bones = _VOWELS.sub("", latin).replace("h", "")
    return lead + re.sub(r"(.)\1+", r"\1", bones)


def _forms(word: str) -> list[str]:
    """`word` and the word without the endings or prefix grammar adds to a name."""
    forms = [word]
    low = word.casefold()
    forms += [low[: -len(e)] for e in _RUSSIAN_ENDINGS if low.endswith(e) and len(low) > len(e)]
    if low.startswith(("ل", "لـ")) and len(low) > 2:
        forms.append(low.lstrip("لـ"))
    return forms


def latin_name_for(word: str, names: list[str]) -> str | None:
    """The one name in `names` that `word` spells, in any script; None if none or several."""
    low = word.casefold()
    for name in names:
        if name.casefold() == low:
            return name
    if low.isascii() or low in _NOT_NAMES:
        return None  # a Latin word that is not a name as written is not that name
    wanted = {_skeleton(_to_latin(form)) for form in _forms(word)}
    wanted.discard("")
    wanted -= set(_LEAD_VOWEL.values())
    hits = {name for name in names if _skeleton(name.casefold()) in wanted}
    return hits.pop() if len(hits) == 1 else None
