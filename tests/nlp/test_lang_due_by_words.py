"""'Before' or 'until' a day or part of day in each language is the due date, not title words."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from flowhub.nlp import extract_tasks

NOW = datetime(2026, 3, 4, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "title", "due"),
    [
        ("mandar o relatório antes de sexta", "Mandar o relatório", date(2026, 3, 6)),
        ("entregar o contrato antes de amanhã", "Entregar o contrato", date(2026, 3, 5)),
        ("raporu cumadan önce gönder", "Raporu gönder", date(2026, 3, 6)),
        ("yarından önce raporu gönder", "Raporu gönder", date(2026, 3, 5)),
        ("report friday se pehle bhejna", "Report bhejna", date(2026, 3, 6)),
        ("kal se pehle report bhejna", "Report bhejna", date(2026, 3, 5)),
        ("शुक्रवार से पहले रिपोर्ट भेजना", "रिपोर्ट भेजना", date(2026, 3, 6)),
        ("yarın öğlene kadar otel listesini hazırla", "Otel listesini hazırla", date(2026, 3, 5)),
        ("yarın akşama kadar raporu gönder", "Raporu gönder", date(2026, 3, 5)),
    ],
)
def test_due_by(text: str, title: str, due: date) -> None:
    (draft,) = extract_tasks(text, now=NOW, tz="Europe/Berlin")
    assert draft.title == title
    assert draft.due is not None and draft.due.start.date() == due
