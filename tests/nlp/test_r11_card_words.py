"""Answers to a waiting card or a reminder in German, Portuguese, French, Turkish and Hinglish."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flowhub.nlp import parse_when
from flowhub.nlp._card_said import card_said
from flowhub.nlp._commands import english_command

_NOW = datetime(2026, 3, 4, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [("am 15", 15), ("auf den 15", 15), ("bis zum 15", 15), ("auf 15.12", 15), ("auf 15.12.", 15)],
)
def test_german_day_numbers_without_their_period_are_dates(text: str, day: int) -> None:
    found = parse_when(text, now=_NOW, tz="Europe/Berlin", locale="de")
    assert found is not None and found.start.day == day and found.grain == "day"


def test_german_clock_with_a_dot_stays_a_time() -> None:
    found = parse_when("um 15.30", now=_NOW, tz="Europe/Berlin", locale="de")
    assert found is not None and (found.start.hour, found.start.minute) == (15, 30)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("auf den 15. bitte", "move it to den 15"),
        ("verschieb auf 15.12.", "move it to auf 15.12"),
        ("ne, lieber schon bis zum 15., sonst vergess ichs", "move it to bis zum 15"),
        ("die auch weg", "discard"),
        ("das bitte weg", "discard"),
    ],
)
def test_german_answers_to_a_card(text: str, act: str) -> None:
    said = card_said(text, locale="de")
    assert said is not None and said.acts == (act,)


@pytest.mark.parametrize("text", ["hab ich gemacht ✔️", "hab's schon erledigt", "hab das gemacht"])
def test_german_done_after_a_reminder(text: str) -> None:
    assert english_command(text, locale="de") == "done"
