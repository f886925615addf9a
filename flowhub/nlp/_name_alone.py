"""A person's name said alone, maybe with the word each language puts before or after it.

"Sam", "@priya", "to Sam", "a Priya", "pra Priya", "für Sam", "aan Sam", "untuk Priya",
"priya ko", "प्रिया को", "Priya'ya", "Sam'e", "Прие", "для Сэма", "لبريا": the words a person
types to give a card to someone. `names_alone` gives the name's possible spellings, most likely
first; which one is a person in the workspace is for the caller to find out. Russian case
endings and the Arabic "to" prefix stay on: the name lookup takes them off.
"""

from __future__ import annotations

import re

__all__ = ["names_alone"]

# Words before the name that give it to that person, in every language read.
_BEFORE = (
    r"assign(?:ed)?\s+to|give\s+(?:it\s+)?to|to|for|para\s+(?:a|o|el|la)|para|pra|pro|pa|al|a|à"
    r"|per|pour|für|fuer|an|aan|voor|naar|untuk|buat|ke|kepada|для|на|إلى|الى|ل"
)
# Words after it: Hindi "ko", "ke liye", "को", "के लिए"; "ka kaam" is "that person's job".
_AFTER = r"ko|ke\s+liye|ka\s+kaam|को|के\s+लिए|का\s+काम"
_EDGE = r"[\s.!,;:…~)(\"'«»“”]*"
# One or two words of letters, Devanagari vowel signs and Arabic marks included.
_WORD = r"@?[^\W\d_][\w\u0900-\u097f\u064b-\u065f\u0670-]*"
_SAID = re.compile(
    rf"^{_EDGE}(?:(?:{_BEFORE})\s+)?(?P<name>{_WORD}(?:['’]\w+)?(?:\s+{_WORD})??)"
    rf"(?:\s+(?:{_AFTER}))?{_EDGE}$",
    re.I,
)
# The Turkish dative after an apostrophe or stuck on: "Priya'ya", "Sam'e", "Ana'ya".
_TURKISH_DATIVE = re.compile(r"^(?P<stem>\w+?)(?:['’](?:y?[ae]|n[ae])|y[ae])$", re.I)


def names_alone(text: str) -> tuple[str, ...]:
    """The spellings of the one name `text` is, most likely first; empty if it says more."""
    m = _SAID.match(text.strip())
    if m is None:
        return ()
    name = m.group("name").lstrip("@")
    found = [name]
    words = name.split()
    if len(words) == 1:
        dative = _TURKISH_DATIVE.match(name)
        if dative is not None and any(mark in name for mark in "'’"):
            found.insert(0, dative.group("stem"))
        elif dative is not None:
            found.append(dative.group("stem"))
    return tuple(dict.fromkeys(found))
