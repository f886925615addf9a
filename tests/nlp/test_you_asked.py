"""A "you" question to someone named is read as the order it asks for."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flowhub.nlp import extract_tasks
from flowhub.nlp._you_asked import you_asked

_NOW = datetime(2026, 12, 5, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "title", "who"),
    [
        (
            "Priya me mandas el certificado de origen el martes antes de las 11? gracias!",
            "Mandame el certificado de origen",
            "Priya",
        ),
        ("Sam me pasas la factura mañana? gracias", "Pasame la factura", "Sam"),
        ("Sam, mi mandi il listino prezzi entro venerdì?", "Mandami il listino prezzi", "Sam"),
        ("Ana mi scrivi la mail domani?", "Scrivimi la mail", "Ana"),
    ],
)
def test_you_question_is_a_task_for_the_one_named(text: str, title: str, who: str) -> None:
    drafts = extract_tasks(text, now=_NOW, tz="Europe/Berlin")
    assert [(d.title, d.assignee) for d in drafts] == [(title, who)]


@pytest.mark.parametrize(
    "text", ["Priya me mandas fotos? jaja", "me mandas el archivo?", "Oye me pasas algo?"]
)
def test_other_questions_stay_as_written(text: str) -> None:
    assert extract_tasks(text, now=_NOW, tz="Europe/Berlin") == [] or you_asked(text) == text
