"""Pointing back at the last action: undo said in passing, "isn't done", "put it back"."""

from __future__ import annotations

import pytest

from flowhub.skills.refer_words import (
    asks_undo,
    back_phrase,
    not_done_phrase,
    past_forms,
    without_filler,
)


@pytest.mark.parametrize(
    "text",
    [
        "undo",
        "oops no I didn't, undo",
        "wait undo, the car one isn't done",
        "no! not the bank. undo that",
        "revert that",
        "take that back",
        "can you undo that?",
        "ugh, roll it back please",
    ],
)
def test_undo_said_in_passing(text: str) -> None:
    assert asks_undo(text)


@pytest.mark.parametrize(
    "text",
    ["how do I undo?", "remind me to undo the bolts tomorrow", "undo the knot in the cable"],
)
def test_undo_with_a_thing_after_it_is_not_an_undo(text: str) -> None:
    assert not asks_undo(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("the car one isn't done", "the car one"),
        ("I didn't actually finish the report", "the report"),
        ("haven't done the taxes yet", "the taxes"),
        ("wait undo, the gym one wasn't done after all", "the gym one"),
    ],
)
def test_not_done_names_its_task(text: str, phrase: str) -> None:
    assert not_done_phrase(text) == phrase


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("can you put that back on my list", "that"),
        ("bring back the plumber one", "the plumber one"),
        ("add the gym back to my list please", "the gym"),
        ("untick the laundry", "the laundry"),
    ],
)
def test_back_on_the_list_names_its_task(text: str, phrase: str) -> None:
    assert back_phrase(text) == phrase


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("finished it actually 🙌", "finished it"),
        ("done with that one lol", "done with that one"),
        ("finally finished the report already!", "finished the report"),
        ("done", "done"),
    ],
)
def test_chatter_around_a_command_is_dropped(text: str, bare: str) -> None:
    assert without_filler(text) == bare


@pytest.mark.parametrize(
    ("verb", "past"),
    [("pay", "paid"), ("send", "sent"), ("submit", "submitted"), ("file", "filed"),
     ("tidy", "tidied"), ("call", "called"), ("email", "emailed")],
)  # fmt: skip
def test_past_forms_of_a_task_verb(verb: str, past: str) -> None:
    assert past in past_forms(verb)


def test_mark_as_not_done_names_its_task() -> None:
    assert not_done_phrase("mark that one as not done") == "that one"
