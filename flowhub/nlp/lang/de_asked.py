"""A person asked in German with the verb first: "Priya, rufst du morgen den Elektriker an?".

German asks as often with a plain present-tense question as with "kannst du": the task is the
same. Such a question is read as its "kannst du" form ("Priya, kannst du morgen den Elektriker
anrufen?"), the verb back in the infinitive with its separable particle in front.
"""

from __future__ import annotations

import re

from flowhub.nlp._de_asked import PARTICLES, infinitive

__all__ = ["as_can_you"]

# Questions about the person, not asks: "hast du Zeit?", "kommst du morgen?".
_NOT_ASKS_TEXT = """
    hast bist wirst weißt weisst meinst glaubst findest brauchst kommst gehst bleibst hörst
    hoerst kennst verstehst magst willst musst sollst darfst kannst könntest koenntest würdest
    wuerdest möchtest moechtest hättest haettest wärst waerst denkst fühlst fuehlst wohnst
    arbeitest schläfst schlaefst isst fährst faehrst"""
_NOT_ASKS = frozenset(_NOT_ASKS_TEXT.split())
_NAME = r"(?P<name>@?[^\W\d_][\w'-]*)"
_ASK = re.compile(
    rf"^(?P<lead>\s*{_NAME}\s*,\s*)(?P<verb>[^\W\d_]+st)\s+du\s+(?P<rest>.+?)"
    rf"(?:\s+(?P<particle>{'|'.join(PARTICLES)}))?(?P<end>\s*[?!.]*\s*)$",
    re.I | re.S,
)
_NOT_A_NAME = frozenset(["hey", "hallo", "hi", "ok", "okay", "also", "und", "ja", "nein", "sag"])


def as_can_you(text: str) -> str:
    """`text` as a "kannst du" ask when it asks a named person with the verb first; else `text`."""
    m = _ASK.match(text)
    if m is None or m["name"].casefold() in _NOT_A_NAME:
        return text
    verb = m["verb"].casefold()
    said = None if verb in _NOT_ASKS else infinitive(verb)
    if said is None:
        return text
    return f"{m['lead']}kannst du {m['rest']} {(m['particle'] or '').casefold()}{said}{m['end']}"
