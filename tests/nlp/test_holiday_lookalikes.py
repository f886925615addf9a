"""A word of one language that spells a holiday in another is not that holiday."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from flowhub.nlp import parse_when

NOW = datetime(2026, 12, 5, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("passa na farmácia amanhã", date(2026, 12, 6)),  # pt "pass by", not German "Passa"
        ("passa no banco sexta", date(2026, 12, 11)),
        ("am passah", date(2027, 4, 21)),
        ("zu pessach", date(2027, 4, 21)),
    ],
)
def test_the_day_said_is_read(text: str, day: date) -> None:
    when = parse_when(text, now=NOW, tz="UTC")
    assert when is not None and when.start.date() == day
