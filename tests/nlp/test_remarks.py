"""Remarks about the weather, how things are here or the hour where one is are chat."""

from __future__ import annotations

import pytest

from flowhub.nlp import classify_intent
from flowhub.nlp._remarks import remarks_cut


@pytest.mark.parametrize(
    "text",
    [
        "هاي يا جماعة 👋 كله تمام هنا، بس الساعة ٢ الفجر عندي 😅",
        "सुप्रभात सब को ☀️ आज बहुत गर्मी है यहाँ",
        "ahah qui invece nevica ❄️ buona domenica a tutti",
        "sono le 2 di notte qui, buona notte a tutti",
        "jaja aquí está lloviendo, buen finde a todos",
        "bonjour à tous ! ici il neige",
        "morning all! so hot here today 🥵",
    ],
)
def test_greetings_and_remarks_are_chat(text: str) -> None:
    assert classify_intent(text) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "buy ice, so hot here",
        "it is hot here, turn on the AC tomorrow",
        "so cold here, bring the heater tomorrow",
    ],
)
def test_a_task_beside_a_remark_is_still_a_task(text: str) -> None:
    assert classify_intent(text) == "capture"


def test_remark_cut_from_its_greeting() -> None:
    assert remarks_cut("सुप्रभात सब को आज बहुत गर्मी है यहाँ") == ["सुप्रभात सब को"]
    assert remarks_cut("call the bank tomorrow") is None
