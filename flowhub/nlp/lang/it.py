"""Italian time words and phrases."""

from __future__ import annotations

from flowhub.nlp.lang._schema import Language

LANGUAGE = Language(
    code="it",
    months={
        "gennaio": 1,
        "genn": 1,
        "febbraio": 2,
        "febb": 2,
        "marzo": 3,
        "aprile": 4,
        "apr": 4,
        "maggio": 5,
        "magg": 5,
        "giugno": 6,
        "giu": 6,
        "luglio": 7,
        "lug": 7,
        "agosto": 8,
        "ago": 8,
        "settembre": 9,
        "sett": 9,
        "ottobre": 10,
        "ott": 10,
        "novembre": 11,
        "nov": 11,
        "dicembre": 12,
        "dic": 12,
    },
    weekdays={
        "lunedi": 0,
        "martedi": 1,
        "mercoledi": 2,
        "giovedi": 3,
        "venerdi": 4,
        "sabato": 5,
        "domenica": 6,
    },
)
