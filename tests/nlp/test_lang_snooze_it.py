"""Putting a reminder off, said with "it" or "this", reads as the time said."""

from __future__ import annotations

import pytest

from flowhub.nlp import english_command


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("bunu 2 saat ertele", "snooze 2 hours"),
        ("onu 30 dakika ertele", "snooze 30 minutes"),
        ("verschieb das um 2 Stunden", "snooze 2 hours"),
        ("verschieb es um 30 Minuten", "snooze 30 minutes"),
        ("isko 2 ghante baad yaad dilana", "snooze 2 hours"),
        ("أجله ساعتين", "snooze 2 hours"),
        ("2 saat ertele", "snooze 2 hours"),
    ],
)
def test_snooze_it(text: str, english: str) -> None:
    assert english_command(text) == english
