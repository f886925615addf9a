"""A yes before the word that saves a card is still that word: "oui confirme" is "confirm"."""

from __future__ import annotations

import pytest

from flowhub.nlp import english_command


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("oui confirme", "fr"),
        ("c bon tu peux valider", "fr"),
        ("oui vas-y valide", "fr"),
        ("evet onayla", "tr"),
        ("ja, bestätigen", "de"),
        ("да, подтверждаю", "ru"),
        ("نعم أكد", "ar"),
        ("haan confirm kar do", "hi_Latn"),
    ],
)
def test_yes_then_confirm(text: str, locale: str) -> None:
    assert english_command(text, locale=locale) == "confirm"


@pytest.mark.parametrize(("text", "locale"), [("oui", "fr"), ("ja", "de"), ("evet", "tr")])
def test_a_yes_alone_stays_a_yes(text: str, locale: str) -> None:
    assert english_command(text, locale=locale) == "yes"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("tamam kaydet", "tr"),
        ("ok guardalo", "es"),
        ("sì, conferma", "it"),
        ("blz, confirma", "pt"),
    ],
)
def test_yes_with_a_save_word_saves(text: str, locale: str) -> None:
    assert english_command(text, locale=locale) in ("yes", "confirm")
