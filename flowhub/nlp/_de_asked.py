"""A German question to someone as a task: "schickst du bitte X an Sam?" -> "X an Sam schicken"."""

from __future__ import annotations

import re

_IRREGULAR = {
    "gibst": "geben",
    "nimmst": "nehmen",
    "liest": "lesen",
    "siehst": "sehen",
    "fährst": "fahren",
    "sprichst": "sprechen",
    "hältst": "halten",
    "lässt": "lassen",
    "triffst": "treffen",
    "wirfst": "werfen",
    "hilfst": "helfen",
}
_PARTICLES = ("an", "ab", "auf", "aus", "ein", "mit", "vor", "zu", "nach", "zurück", "weg", "durch")
_ASKED = re.compile(
    r"^(?P<verb>[a-zäöüß]{2,}st)\s+du\s+(?:(?:bitte|mal|noch|kurz|schnell|heute)\s+)*"
    r"(?:(?:der|die|das|den|dem)\s+)?(?P<rest>\S.*?)[\s?!.]*$",
    re.I,
)


def german_asked(title: str) -> str | None:
    """`title` as an infinitive task when it asks "du" to do something, else None."""
    m = _ASKED.match(title)
    if m is None:
        return None
    verb = _infinitive(m.group("verb").lower())
    if verb is None:
        return None
    words = m.group("rest").split()
    if len(words) > 1 and words[-1].lower() in _PARTICLES:
        verb = words.pop().lower() + verb
    rest = " ".join(words)
    return f"{rest[:1].upper()}{rest[1:]} {verb}"


def _infinitive(said: str) -> str | None:
    """The infinitive of a second-person verb ("schickst" -> "schicken"), or None."""
    if said in _IRREGULAR:
        return _IRREGULAR[said]
    if said.endswith(("erst", "elst")):
        return said[:-2] + "n"
    stem = said[:-3] if said.endswith(("test", "dest")) else said[:-2]
    if len(stem) < 2 or not stem.isalpha():
        return None
    return stem + "en"
