"""Edits that point back at the card or reminder just shown, read into changes."""

from datetime import UTC, datetime

import pytest

from flowhub.skills.edit_apply import read_all
from flowhub.skills.edit_words import complaint, says_no_date, tidy

_NOW = datetime(2026, 12, 4, 4, 31, tzinfo=UTC)


def _read(text: str) -> list[dict[str, object]]:
    changes, unread = read_all(tidy(text), now=_NOW, tz="Europe/Berlin")
    assert unread is None, unread
    return [{k: v for k, v in vars(c).items() if v not in (None, False, "", 0)} for c in changes]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("it's Priya's job, put her on it", "Priya"),
        ("that's sam's job now, give it to him", "sam"),
        ("should be mine", "me"),
        ("make it mine", "me"),
        ("priya handles that", "priya"),
        ("sam's on it", "sam"),
        ("keep it with priya then", "priya"),
        ("Sam should order that", "Sam"),
    ],
)
def test_owner_said_as_a_fact(text: str, who: str) -> None:
    assert any(c.get("assignee") == who for c in _read(text))


def test_title_stops_at_the_clause_that_says_who() -> None:
    title, owner = _read("call it redo the plan (island 20cm left), and it's me")
    assert title["title"] == "redo the plan (island 20cm left)" and owner["assignee"] == "me"


def test_title_then_save() -> None:
    title, save = _read("call it send Sam the plasterer's number, yes save")
    assert title["title"] == "send Sam the plasterer's number" and save["save"] is True


@pytest.mark.parametrize("text", ["yes save", "confirm", "put her on it", "fix that"])
def test_an_answer_or_a_pointer_alone_is_no_edit(text: str) -> None:
    changes, unread = read_all(tidy(text), now=_NOW, tz="Europe/Berlin")
    assert changes == [] and unread is not None


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("drop the 'add:' bit", "add:"),
        ("remove the word draft", "draft"),
        ("drop the add: bit", "add:"),
    ],
)
def test_words_dropped_from_the_title(text: str, gone: str) -> None:
    assert _read(text)[-1]["drop"] == gone


def test_delete_the_one_is_no_title_edit() -> None:
    changes, _ = read_all("delete the magazine one", now=_NOW, tz="Europe/Berlin")
    assert not any(c.drop for c in changes)


def test_swap_and_date_with_an_owner() -> None:
    owner, swap, due = _read("Sam should order that, black tap instead of chrome, by tuesday")
    assert owner["assignee"] == "Sam" and swap["swap"] == ("black tap", "chrome")
    assert due["when"] == "by tuesday"


def test_a_day_agreed_to() -> None:
    day, owner = _read("monday's fine, keep it with priya then")
    assert day["when"] == "monday" and owner["assignee"] == "priya"


def test_a_reason_sentence_before_the_edit() -> None:
    (change,) = _read("hmm saturday is her day off. make it monday")
    assert change["when"] == "monday"


def test_whose_clock() -> None:
    (change,) = _read("move the krause reminder to monday 9am her time")
    assert change["target"] == "the krause reminder" and change["zone_of"] == "them"


def test_plural_weekday_is_a_date_not_a_person() -> None:
    (change,) = _read("van check should be on tuesdays")
    assert change["when"] == "on tuesdays" and "assignee" not in change


def test_complaint_saying_no_date() -> None:
    said = "the socket one has the wrong person and no date was mentioned, fix that. should be mine"
    assert complaint(said) == ("the socket one", "fix that. should be mine")
    assert says_no_date(said) and not says_no_date("the socket one has the wrong date")
