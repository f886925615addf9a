"""The titles a message gives are taken out before its language is read."""

from __future__ import annotations

import pytest

from flowhub.nlp import detect_language, without_titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("assign to sam, title: réserver le photographe", "réserver le photographe"),
        ("monday, title: visiter le château", "visiter le château"),
        ("rename it to 'confermare il menù con la trattoria'", "confermare il menù"),
        ('call it "Parkplätze mit Gut Liebenberg klären"', "Parkplätze"),
        ("call it «забронировать автобус» pls", "забронировать"),
        ("ok, titre : réserver la salle. et demain aussi", "réserver la salle"),
        ("rinominala in 'inviare certificati Madrid'", "inviare certificati"),
        ("назови: список водителей для оплаты", "список водителей"),
        ("ponele de título: mandar a Lucía la lista", "mandar a Lucía"),
        ("hernoem het naar afspraak met de gastgezinnen", "afspraak met de"),
    ],
)
def test_a_given_title_is_taken_out(text: str, title: str) -> None:
    assert title not in without_titles(text)


@pytest.mark.parametrize(
    "text",
    [
        "it's fine, save it",
        "bon, je dois appeler le traiteur demain matin",
        "what is the name of the file",
        "don't forget sam's invoice",
    ],
)
def test_words_that_give_no_title_stay(text: str) -> None:
    assert without_titles(text) == text


def test_an_english_message_with_a_french_title_reads_english() -> None:
    said = without_titles("assign it to sam and move it to friday, title: réserver le photographe")
    assert detect_language(said, hint="en") == "en"
