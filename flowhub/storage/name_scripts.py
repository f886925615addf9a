"""A first name written in Cyrillic, Arabic or Devanagari letters, matched to its Latin spelling.

"Прия", "прию", "Прие", "بريا", "لسام", "प्रिया" and "सैम" name Priya and Sam: the word is spelled out
in Latin letters, a Russian case ending or an Arabic "to"/"and" prefix may come off, and the two
spellings agree when their consonants agree and every vowel written is one the Latin name has
there (Arabic and Hindi leave short vowels out).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

__all__ = ["names_match"]

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
_ARABIC = {
    "ا": "a", "آ": "a", "أ": "a", "إ": "i", "ٱ": "a", "ب": "b", "پ": "p", "ت": "t", "ث": "th",
    "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh",
    "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ڤ": "v", "ق": "q",
    "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "و": "u", "ي": "i",
    "ى": "a", "ئ": "i", "ؤ": "u", "ء": "",
}  # fmt: skip
_DEVANAGARI_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j",
    "झ": "jh", "ञ": "n", "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t",
    "थ": "th", "द": "d", "ध": "dh", "न": "n", "प": "p", "फ": "f", "ब": "b", "भ": "bh", "म": "m",
    "य": "y", "र": "r", "ल": "l", "व": "v", "श": "sh", "ष": "sh", "स": "s", "ह": "h", "ज़": "z",
    "फ़": "f", "ड़": "r", "ढ़": "rh", "क़": "q", "ख़": "kh", "ग़": "gh",
}  # fmt: skip
_DEVANAGARI_VOWELS = {
    "अ": "a", "आ": "aa", "इ": "i", "ई": "ii", "उ": "u", "ऊ": "uu", "ए": "e", "ऐ": "ai",
    "ओ": "o", "औ": "au", "ऑ": "o", "ा": "aa", "ि": "i", "ी": "ii", "ु": "u", "ू": "uu",
    "े": "e", "ै": "ai", "ो": "o", "ौ": "au", "ॉ": "o", "ं": "n", "ँ": "n",
}  # fmt: skip
_VIRAMA = "्"
# Russian case endings a first name takes ("Прию", "Сэму", "Аной"); longest first.
_RU_ENDINGS = ("ой", "ей", "ою", "ею", "ом", "ем", "а", "я", "ы", "и", "е", "у", "ю")
# Arabic words joined to a name in front ("لسام" to Sam, "وسام" and Sam).
_AR_PREFIXES = ("لل", "ل", "و", "ب", "ف")
# Common words spelled like a name here: "сам" (self), "семь" (seven), "أنا" (I), "برا"
# (outside), "आना" (to come).
_NOT_NAMES = frozenset(
    {
        *("сам", "сама", "саму", "самой", "самом", "сами", "само", "самим", "самого", "самому"),
        *("семь", "при", "انا", "أنا", "اني", "بره", "برا", "بري", "برة", "आना"),
    }
)


def _latin(word: str) -> str:
    """`word` spelled out in Latin letters ("прию" -> "priyu", "سام" -> "sam", "सैम" -> "saim")."""
    out: list[str] = []
    chars = unicodedata.normalize("NFC", word.lower())
    for i, ch in enumerate(chars):
        if ch in _CYRILLIC:
            out.append(_CYRILLIC[ch])
        elif ch in _ARABIC:
            out.append(_ARABIC[ch])
        elif ch in _DEVANAGARI_CONSONANTS:
            out.append(_DEVANAGARI_CONSONANTS[ch])
            nxt = chars[i + 1] if i + 1 < len(chars) else ""
            if nxt and nxt not in _DEVANAGARI_VOWELS and nxt != _VIRAMA and nxt != "़":
                out.append("a")  # the vowel a consonant carries unless another is written
        elif ch in _DEVANAGARI_VOWELS:
            out.append(_DEVANAGARI_VOWELS[ch])
        elif ch.isascii() and ch.isalpha():
            out.append(ch)
    return "".join(out)


def _sounds(latin: str) -> str:
    """Latin letters folded to the sounds two spellings of a name share ("Priya" -> "bria")."""
    text = unicodedata.normalize("NFKD", latin.lower())
    text = "".join(c for c in text if c.isascii() and c.isalpha())
    pairs = (("ph", "f"), ("th", "t"), ("kh", "k"), ("sh", "s"), ("ch", "c"), ("ck", "k"))
    for a, b in (*pairs, ("ai", "a"), ("au", "u")):
        text = text.replace(a, b)
    text = re.sub(r"(?<=[aeiouy])h$", "", text.translate(str.maketrans("pvwyeoqjzx", "bfuiauksss")))
    return re.sub(r"(.)\1+", r"\1", text)


@cache
def _pattern(name: str) -> re.Pattern[str] | None:
    """A name's sounds with every vowel after the first letter optional ("sam" -> "sa?m")."""
    sounds = _sounds(name)
    if len(sounds) < 2:
        return None
    body = sounds[0] + "".join(f"{c}?" if c in "aiu" else c for c in sounds[1:])
    return re.compile(rf"^{body}$")


def _forms(word: str) -> list[str]:
    """The ways `word` may hold a bare name: as written, without a case ending or a prefix."""
    forms = [word]
    forms += [word[: -len(e)] for e in _RU_ENDINGS if word.endswith(e) and len(word) > len(e) + 1]
    forms += [word[len(p) :] for p in _AR_PREFIXES if word.startswith(p) and len(word) > len(p) + 2]
    return forms


def names_match(written: str, name: str) -> bool:
    """Whether `written`, a word in Cyrillic, Arabic or Devanagari letters, is the Latin `name`.

    "прию" and "Прие" are Priya, "لسام" and "सैम" are Sam; Latin words and common words that
    sound like a name ("сам", "أنا") are not.
    """
    word = written.strip().lstrip("@").casefold()
    if len(word) < 3 or word in _NOT_NAMES or not any(ord(c) > 0x3FF for c in word):
        return False
    pattern = _pattern(name.casefold())
    if pattern is None:
        return False
    return any(
        len(sounds := _sounds(_latin(form))) >= 2
        and any(v in sounds for v in "aiu")
        and pattern.match(sounds)
        for form in _forms(word)
    )
