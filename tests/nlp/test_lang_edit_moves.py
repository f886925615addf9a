"""Edits that move a thing to a day and a time, said in other languages."""

from __future__ import annotations

import pytest

from flowhub.nlp._commands import english_command


@pytest.mark.parametrize(
    ("code", "text", "english"),
    [
        ("tr", "pazartesi 10'a al", "move it to pazartesi at 10"),
        ("tr", "pazartesi saat 10'a al", "move it to pazartesi at 10"),
        ("tr", "cumaya al", "move it to cuma"),
        ("tr", "raporu pazartesi 10'a taşı", "move rapor to pazartesi at 10"),
        ("tr", "annemi arama işini perşembeye al", "move annemi arama işini to perşembe"),
        ("it", "sposta la riunione a lunedì alle 10", "move riunione to lunedì alle 10"),
        ("id", "pindahin laporan bu rina ke hari kamis", "move laporan bu rina to kamis"),
    ],
)  # fmt: skip
def test_moves_read_as_english(code: str, text: str, english: str) -> None:
    assert english_command(text, locale=code) == english


@pytest.mark.parametrize(
    ("code", "text"),
    [("tr", "yarın ekmek al"), ("tr", "markete al"), ("tr", "yarın 10'a kadar raporu bitir")],
)
def test_tasks_with_a_day_stay_tasks(code: str, text: str) -> None:
    assert english_command(text, locale=code) is None
