"""A working day's short name that ends a clause is that day; "sat", "sun" and verbs stay words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flowhub.nlp import extract_tasks
from flowhub.nlp.when import search_when

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # Monday


@pytest.mark.parametrize(
    ("text", "title", "day"),
    [
        ("export the docu master wed", "Export the docu master", 9),
        ("trim the intro thu.", "Trim the intro", 10),
        ("send the invoice tue and call bob", "Send the invoice", 8),
        ("pay the caterer fri", "Pay the caterer", 11),
        ("move it to fri", "Move it", 11),
    ],
)
def test_a_short_workday_ending_a_clause_is_its_due(text: str, title: str, day: int) -> None:
    task = extract_tasks(text, now=NOW, tz="Europe/Berlin")[0]
    assert task.title == title
    assert task.due is not None and task.due.start.day == day


@pytest.mark.parametrize(
    "text", ["the couple will wed", "we wed", "everyone sat", "where the sun", "c'mon", "mon ami"]
)
def test_the_same_letters_as_words_are_no_day(text: str) -> None:
    assert search_when(text, now=NOW, tz="Europe/Berlin") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [("did u set a reminder for it tue evening", 8), ("do it fri", 11), ("send it wed.", 9)],
)
def test_a_short_day_after_it_is_that_day(text: str, day: int) -> None:
    found = search_when(text, now=NOW, tz="Europe/Berlin")
    assert found and found[0].start.day == day
