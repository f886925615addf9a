"""Dutch time words and phrases."""

from __future__ import annotations

from flowhub.nlp.lang._schema import Language

LANGUAGE = Language(
    code="nl",
    months={
        "januari": 1,
        "jan": 1,
        "februari": 2,
        "feb": 2,
        "maart": 3,
        "mrt": 3,
        "april": 4,
        "apr": 4,
        "mei": 5,
        "juni": 6,
        "jun": 6,
        "juli": 7,
        "jul": 7,
        "augustus": 8,
        "aug": 8,
        "september": 9,
        "sep": 9,
        "sept": 9,
        "oktober": 10,
        "okt": 10,
        "november": 11,
        "nov": 11,
        "december": 12,
        "dec": 12,
    },
    weekdays={
        "maandag": 0,
        "ma": 0,
        "dinsdag": 1,
        "di": 1,
        "woensdag": 2,
        "wo": 2,
        "donderdag": 3,
        "do": 3,
        "vrijdag": 4,
        "vr": 4,
        "zaterdag": 5,
        "za": 5,
        "zondag": 6,
        "zo": 6,
    },
)
