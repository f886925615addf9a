"""A list asked for in chat words: one's list, a period, the next period, a person's tasks."""

from __future__ import annotations

import pytest

from flowhub.nlp import ListAsk, list_asked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a ver, dame mi lista", ListAsk("mine")),
        ("покажи мой список", ListAsk("mine")),
        ("وريني قايمتي", ListAsk("mine")),
        ("मेरी लिस्ट दिखाओ", ListAsk("mine")),
        ("give me my list", ListAsk("mine")),
        ("oye q tengo pa esta semana?", ListAsk("period", "para esta semana")),
        ("che c'ho sta settimana?", ListAsk("period", "questa settimana")),
        ("इस हफ्ते मेरे क्या काम हैं?", ListAsk("period", "इस हफ्ते")),
        ("y la q viene?", ListAsk("next")),
        ("e la prossima?", ListAsk("next")),
        ("والاسبوع الجاي؟", ListAsk("next", "week")),
        ("kalo minggu depan?", ListAsk("next", "week")),
        ("en wat ligt er nog bij Priya?", ListAsk("person", "Priya")),
        ("ايش باقي عند بريا؟", ListAsk("person", "بريا")),
        ("Priya'da ne kaldı?", ListAsk("person", "Priya")),
    ],
)
def test_list_asked(text: str, expected: ListAsk) -> None:
    assert list_asked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mandar la lista de precios a Sam la semana que viene",
        "buy milk next week",
        "y la reunión que viene?",
        "die volgende offerte morgen naar Ana sturen",
        "qu'est-ce que j'ai fini depuis lundi ?",
        "what have i got done today",
    ],
)
def test_tasks_are_no_list_question(text: str) -> None:
    assert list_asked(text) is None
