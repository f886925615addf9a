"""Portuguese (Brazil and Portugal) time words and phrases."""

from __future__ import annotations

from flowhub.nlp.lang._schema import Language

LANGUAGE = Language(
    code="pt",
    months={
        "janeiro": 1,
        "jan": 1,
        "fevereiro": 2,
        "fev": 2,
        "marco": 3,
        "abril": 4,
        "abr": 4,
        "maio": 5,
        "junho": 6,
        "julho": 7,
        "agosto": 8,
        "ago": 8,
        "setembro": 9,
        "outubro": 10,
        "novembro": 11,
        "nov": 11,
        "dezembro": 12,
        "dez": 12,
    },
    weekdays={
        "segunda-feira": 0,
        "terca-feira": 1,
        "terca": 1,
        "quarta-feira": 2,
        "quinta-feira": 3,
        "sexta-feira": 4,
        "sabado": 5,
        "domingo": 6,
    },
)
