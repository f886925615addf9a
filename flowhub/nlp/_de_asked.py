"""A German question to someone as a task: "schickst du bitte X an Sam?" -> "X an Sam schicken"."""

from __future__ import annotations

import re

__all__ = ["PARTICLES", "german_asked", "infinitive"]

# Second-person forms whose infinitive is not the stem plus "en".
_IRREGULAR = {
    "gibst": "geben", "nimmst": "nehmen", "liest": "lesen", "siehst": "sehen",
    "fährst": "fahren", "faehrst": "fahren", "sprichst": "sprechen", "hältst": "halten",
    "haeltst": "halten", "lässt": "lassen", "laesst": "lassen", "triffst": "treffen",
    "wirfst": "werfen", "hilfst": "helfen", "läufst": "laufen", "laeufst": "laufen",
    "trägst": "tragen", "traegst": "tragen", "lädst": "laden", "laedst": "laden",
    "wäschst": "waschen", "waeschst": "waschen", "isst": "essen", "vergisst": "vergessen",
    "schläfst": "schlafen", "empfiehlst": "empfehlen", "besprichst": "besprechen",
    "schlägst": "schlagen", "schlaegst": "schlagen", "tust": "tun", "weißt": "wissen",
}  # fmt: skip
# Separable particles that close a clause ("rufst du ihn an?" -> "anrufen").
PARTICLES = (
    "an", "ab", "auf", "aus", "bei", "ein", "mit", "vor", "zu", "nach", "zurück", "zurueck",
    "weg", "durch", "fest", "fertig", "her", "hin", "hoch", "los", "raus", "rein", "rüber",
    "rueber", "um", "vorbei", "weiter", "zusammen", "klar",
)  # fmt: skip
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
    verb = infinitive(m.group("verb").lower())
    if verb is None:
        return None
    words = m.group("rest").split()
    if len(words) > 1 and words[-1].lower() in PARTICLES:
        verb = words.pop().lower() + verb
    rest = " ".join(words)
    return f"{rest[:1].upper()}{rest[1:]} {verb}"


def infinitive(said: str) -> str | None:
    """The infinitive of a second-person verb ("schickst" -> "schicken"), or None."""
    if said in _IRREGULAR:
        return _IRREGULAR[said]
    if said.endswith(("erst", "elst")):
        return said[:-2] + "n"
    stem = said[:-3] if said.endswith(("test", "dest")) else said[:-2]
    if len(stem) < 2 or not stem.isalpha():
        return None
    return stem + "en"
