"""A person asked in German with the verb first: "Priya, rufst du morgen den Elektriker an?".

German asks as often with a plain present-tense question as with "kannst du": the task is the
same. Such a question is read as its "kannst du" form ("Priya, kannst du morgen den Elektriker
anrufen?"), the verb back in the infinitive with its separable particle in front.
"""

from __future__ import annotations

import re

__all__ = ["as_can_you"]

# Second-person forms whose infinitive is not the stem plus "en".
_IRREGULAR = {
    "gibst": "geben", "nimmst": "nehmen", "siehst": "sehen", "sprichst": "sprechen",
    "triffst": "treffen", "hilfst": "helfen", "liest": "lesen", "fährst": "fahren",
    "faehrst": "fahren", "läufst": "laufen", "laeufst": "laufen", "trägst": "tragen",
    "traegst": "tragen", "lädst": "laden", "laedst": "laden", "hältst": "halten",
    "haeltst": "halten", "wäschst": "waschen", "waeschst": "waschen", "isst": "essen",
    "vergisst": "vergessen", "wirfst": "werfen", "lässt": "lassen", "laesst": "lassen",
    "schläfst": "schlafen", "empfiehlst": "empfehlen", "besprichst": "besprechen",
    "schlägst": "schlagen", "schlaegst": "schlagen", "tust": "tun", "weißt": "wissen",
}  # fmt: skip
# Questions about the person, not asks: "hast du Zeit?", "kommst du morgen?".
_NOT_ASKS_TEXT = """
    hast bist wirst weißt weisst meinst glaubst findest brauchst kommst gehst bleibst hörst
    hoerst kennst verstehst magst willst musst sollst darfst kannst könntest koenntest würdest
    wuerdest möchtest moechtest hättest haettest wärst waerst denkst fühlst fuehlst wohnst
    arbeitest schläfst schlaefst isst fährst faehrst"""
_NOT_ASKS = frozenset(_NOT_ASKS_TEXT.split())
_PARTICLES_TEXT = (
    "an ab auf aus bei ein fest fertig her hin hoch los mit nach raus rein rüber rueber um vor "
    "vorbei weg weiter zu zurück zurueck zusammen durch klar"
)
_PARTICLES = _PARTICLES_TEXT.split()
_NAME = r"(?P<name>@?[^\W\d_][\w'-]*)"
_ASK = re.compile(
    rf"^(?P<lead>\s*{_NAME}\s*,\s*)(?P<verb>[^\W\d_]+st)\s+du\s+(?P<rest>.+?)"
    rf"(?:\s+(?P<particle>{'|'.join(_PARTICLES)}))?(?P<end>\s*[?!.]*\s*)$",
    re.I | re.S,
)
_NOT_A_NAME = frozenset(["hey", "hallo", "hi", "ok", "okay", "also", "und", "ja", "nein", "sag"])


def as_can_you(text: str) -> str:
    """`text` as a "kannst du" ask when it asks a named person with the verb first; else `text`."""
    m = _ASK.match(text)
    if m is None or m["name"].casefold() in _NOT_A_NAME:
        return text
    verb = m["verb"].casefold()
    if verb in _NOT_ASKS:
        return text
    infinitive = (m["particle"] or "").casefold() + _infinitive(verb)
    return f"{m['lead']}kannst du {m['rest']} {infinitive}{m['end']}"


def _infinitive(verb: str) -> str:
    """The infinitive of a regular second-person present form: "schickst" -> "schicken"."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    stem = verb[:-2]
    if stem.endswith(("el", "er")):  # "änderst" -> "ändern"
        return stem + "n"
    if stem.endswith("e"):  # "arbeitest" -> "arbeiten"
        return stem + "n"
    return stem + "en"
