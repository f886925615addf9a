"""A clock written with two-digit minutes in a 24-hour-clock language is a 24-hour time."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp.when import parse_when

NOW = datetime(2026, 12, 4, 17, 20, tzinfo=ZoneInfo("UTC"))  # a Friday


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("id", "jam 10.00", "Sat 10:00"),
        ("id", "pukul 10.00", "Sat 10:00"),
        ("id", "rapat jam 9.30", "Sat 09:30"),
        ("id", "besok jam 16.00", "Sat 16:00"),
        ("nl", "om 10.00", "Sat 10:00"),
        ("nl", "om 9.30", "Sat 09:30"),
        ("de", "um 10.00", "Sat 10:00"),
        ("de", "Freitag um 9.30", "Fri 09:30"),
        ("fr", "à 10:00", "Sat 10:00"),
        ("it", "alle 10.00", "Sat 10:00"),
        ("es", "a las 9:30", "Sat 09:30"),
        ("pt", "às 10:00", "Sat 10:00"),
        ("tr", "saat 10.00", "Sat 10:00"),
        ("ru", "в 9:30", "Sat 09:30"),
        ("ar", "الساعة 10:00", "Sat 10:00"),
        ("en", "at 10.00", "Sat 10:00"),
    ],
)
def test_written_24h_clock(lang: str, text: str, want: str) -> None:
    w = parse_when(text, now=NOW, tz="UTC", locale=lang)
    assert w is not None
    assert w.start.strftime("%a %H:%M") == want
    assert w.grain == "minute"


def test_english_colon_clock_is_next_occurrence_with_minutes() -> None:
    w = parse_when("at 10:00", now=NOW, tz="UTC", locale="en")
    assert w is not None
    assert w.start.strftime("%a %H:%M") == "Fri 22:00"
    assert w.grain == "minute"


def test_hour_without_minutes_keeps_its_rule() -> None:
    w = parse_when("jam 4 sore", now=NOW, tz="UTC", locale="id")
    assert w is not None
    assert w.start.strftime("%a %H:%M") == "Sat 16:00"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("pazartesi 10'a", "Mon 10:00"),
        ("Pazartesi 10'a toplantı", "Mon 10:00"),
        ("cuma 14.30'a randevu", "Fri 14:30"),
        ("salı 2'ye", "Tue 14:00"),
    ],
)
def test_turkish_day_with_dative_hour(text: str, want: str) -> None:
    w = parse_when(text, now=NOW, tz="UTC", locale="tr")
    assert w is not None
    assert w.start.strftime("%a %H:%M") == want
