"""Read Russian typed in Latin letters ("napomni mne v pyatnitsu oplatit schet") as Cyrillic.

A message counts as Russian only when it has a word no other language here spells so
("zavtra", "napomni", "gotovo") and most of its words are Russian ones; names written with a
capital inside the sentence, numbers and links stay as they are.
"""

from __future__ import annotations

import re

from flowhub.nlp.lang.ru_latin import (
    INFINITIVE_ENDS,
    INFINITIVE_MIN,
    LETTERS,
    LOOKS_RUSSIAN,
    STRONG,
    VOWELS,
    WEAK,
    WORDS,
)

__all__ = ["cyrillic_russian"]

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]*)?")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_OTHER_LETTERS = re.compile(r"[^\W\d_A-Za-z']")
# Half the words, counted without names and numbers, must be Russian ones.
_RUSSIAN_SHARE = 0.5
_SENTENCE_END = frozenset(".!?\n")
_LOOKS = re.compile(LOOKS_RUSSIAN)


def cyrillic_russian(text: str) -> str | None:
    """`text` in Cyrillic when it is Russian typed in Latin letters, else None."""
    if _CYRILLIC.search(text) or _OTHER_LETTERS.search(text):
        return None  # already Cyrillic, or letters ("ç", "ü", "é") Russian is never typed with
    spans = [(m, _is_name(text, m.start())) for m in _WORD.finditer(text)]
    words = [m.group().lower() for m, name in spans if not name]
    if not words or not any(w in STRONG for w in words):
        return None
    russian = sum(w in STRONG or w in WEAK or _LOOKS.search(w) is not None for w in words)
    if russian < _RUSSIAN_SHARE * len(words):
        return None
    out, last = [], 0
    for m, name in spans:
        out.append(text[last : m.start()])
        out.append(m.group() if name else _cyrillic(m.group()))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _is_name(text: str, start: int) -> bool:
    """Whether the word at `start` is capitalized inside a sentence ("napomni Sam ...")."""
    if not text[start].isupper():
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_END


def _cyrillic(word: str) -> str:
    """One Latin-typed Russian word in Cyrillic, keeping a leading capital."""
    low = word.lower()
    out = WORDS.get(low) or _letters(low)
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def _letters(word: str) -> str:
    """The word letter by letter through the table, with the soft sign infinitives drop."""
    out = ""
    i = 0
    while i < len(word):
        prev = out[-1:]
        ch = word[i]
        if ch == "y" and not word.startswith(("ya", "yu", "yo"), i):
            # "y" after a consonant is "ы" ("vy", "novyy"); after a vowel or alone it is "й".
            out += "ы" if prev and prev not in VOWELS and prev != "ь" else "й"
            if word.startswith("ye", i):
                out = out[:-1] + ("ье" if prev and prev not in VOWELS else "е")
                i += 1
            i += 1
            continue
        if ch == "e":
            out += "э" if not prev else "е"  # "eto" is "это"
            i += 1
            continue
        for latin, cyr in LETTERS:
            if word.startswith(latin, i):
                out += cyr
                i += len(latin)
                break
        else:
            out += ch
            i += 1
    if len(out) >= INFINITIVE_MIN and out.endswith(INFINITIVE_ENDS):
        out += "ь"
    return out
