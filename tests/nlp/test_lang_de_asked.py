"""German asks with the verb first read as their "kannst du" form."""

from __future__ import annotations

import pytest

from flowhub.nlp import fix_typos
from flowhub.nlp.lang.de_asked import as_can_you


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        (
            "Priya, rufst du morgen den Elektriker an?",
            "Priya, kannst du morgen den Elektriker anrufen?",
        ),
        (
            "Sam, schickst du mir bis Freitag die Rechnung?",
            "Sam, kannst du mir bis Freitag die Rechnung schicken?",
        ),
        ("Tom, bestellst du das Papier?", "Tom, kannst du das Papier bestellen?"),
        ("Tom, änderst du die Folien?", "Tom, kannst du die Folien ändern?"),
        ("Tom, holst du die Kinder ab?", "Tom, kannst du die Kinder abholen?"),
        ("Lena, gibst du Sam die Schlüssel?", "Lena, kannst du Sam die Schlüssel geben?"),
    ],
)
def test_a_verb_first_ask_reads_as_can_you(text: str, reads: str) -> None:
    assert as_can_you(text) == reads
    assert fix_typos(text) == reads


@pytest.mark.parametrize(
    "text",
    [
        "Lena, kommst du morgen?",
        "Lena, hast du Zeit?",
        "Lena, kommst du morgen mit?",
        "hey, rufst du an?",
        "Rufst du morgen an?",
        "Priya, weißt du, wann das Meeting ist?",
    ],
)
def test_questions_about_the_person_stay_as_written(text: str) -> None:
    assert as_can_you(text) == text
