"""One person's forecast asked in each language: "when will sam be done?"."""

from __future__ import annotations

import pytest

from flowhub.nlp import InsightAsk, read_insight

ASKED = [
    ("when will sam be done?", "sam"),
    ("when will priya clear her list?", "priya"),
    ("when will Sam finish his tasks?", "sam"),
    ("when's sam going to be done?", "sam"),
    ("when will sam be done this week?", "sam"),
    ("wann ist Sam fertig?", "sam"),
    ("¿cuándo terminará Sam?", "sam"),
    ("quando o Sam vai terminar?", "sam"),
    ("quand est-ce que Sam aura fini ?", "sam"),
    ("quando finirà Sam?", "sam"),
    ("wanneer is Sam klaar?", "sam"),
    ("Sam ne zaman bitirir?", "sam"),
    ("kapan Sam selesai?", "sam"),
    ("когда Сэм закончит?", "сэм"),
    ("Sam ka kaam kab khatam hoga?", "sam"),
    ("متى سينتهي Sam؟", "sam"),
]


@pytest.mark.parametrize(("text", "name"), ASKED)
def test_a_persons_forecast_is_read(text: str, name: str) -> None:
    assert read_insight(text) == InsightAsk("forecast", "person", name)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("when will we clear the backlog?", InsightAsk("forecast", "team")),
        ("when will I be done at this pace?", InsightAsk("forecast", "me")),
        ("when will sam be done with the invoice?", None),
        ("when will it be done?", None),
        ("when is the meeting done?", None),
    ],
)
def test_other_questions_stay_what_they_were(text: str, asked: InsightAsk | None) -> None:
    assert read_insight(text) == asked
