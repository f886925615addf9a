"""French time words and phrases."""

from __future__ import annotations

from flowhub.nlp.lang._schema import Language

LANGUAGE = Language(
    code="fr",
    phrases=((r"mardi\s+gras", "mardi gras"),),  # the holiday, which the grammar knows
    months={
        "janvier": 1,
        "janv": 1,
        "fevrier": 2,
        "fevr": 2,
        "mars": 3,
        "avril": 4,
        "avr": 4,
        "mai": 5,
        "juin": 6,
        "juillet": 7,
        "juil": 7,
        "aout": 8,
        "septembre": 9,
        "sept": 9,
        "octobre": 10,
        "oct": 10,
        "novembre": 11,
        "nov": 11,
        "decembre": 12,
        "dec": 12,
    },
    weekdays={
        "lundi": 0,
        "mardi": 1,
        "mercredi": 2,
        "jeudi": 3,
        "vendredi": 4,
        "samedi": 5,
        "dimanche": 6,
    },
)
