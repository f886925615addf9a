"""Hours said after a day are a span that starts at the first: "thursday 10 to 12" is 10:00
to 12:00, not ten to twelve."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import parse_when

BER = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 8, 10, 0, tzinfo=BER)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("thursday 10 to 12", datetime(2026, 12, 10, 10, 0), datetime(2026, 12, 10, 12, 0)),
        ("thu 10-12", datetime(2026, 12, 10, 10, 0), datetime(2026, 12, 10, 12, 0)),
        ("fri 2-4pm", datetime(2026, 12, 11, 14, 0), datetime(2026, 12, 11, 16, 0)),
        ("mon from 9 till 11", datetime(2026, 12, 14, 9, 0), datetime(2026, 12, 14, 11, 0)),
        ("sat from 10 to 12", datetime(2026, 12, 12, 10, 0), datetime(2026, 12, 12, 12, 0)),
        ("tomorrow 9-11", datetime(2026, 12, 9, 9, 0), datetime(2026, 12, 9, 11, 0)),
        ("sat 10 to 2", datetime(2026, 12, 12, 10, 0), datetime(2026, 12, 12, 14, 0)),
    ],
)
def test_hours_after_a_day_are_a_span(text: str, start: datetime, end: datetime) -> None:
    found = parse_when(text, now=NOW, tz="Europe/Berlin")
    assert found is not None
    assert found.start == start.replace(tzinfo=BER)
    assert found.end == end.replace(tzinfo=BER)


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("call at 10 to 12", 11, 50),
        ("at ten to twelve", 11, 50),
        ("20 to 5", 16, 40),
        ("5 to 12", 11, 55),
    ],
)
def test_minutes_to_the_hour_stay(text: str, hour: int, minute: int) -> None:
    found = parse_when(text, now=NOW, tz="Europe/Berlin")
    assert found is not None
    assert (found.start.hour, found.start.minute) == (hour, minute)


@pytest.mark.parametrize("text", ["book 2-3 rooms", "order 4-6 chairs", "thu 3 rooms"])
def test_counts_are_no_times(text: str) -> None:
    found = parse_when(text, now=NOW, tz="Europe/Berlin")
    assert found is None or found.grain not in ("hour", "minute")
