"""Reading the answer to "which one?" among the tasks it listed."""

from __future__ import annotations

import pytest

from flowhub.skills.which_answer import read

TITLES = ["Call the dentist", "Call the bank", "Call the plumber"]


@pytest.mark.parametrize(
    ("text", "picked"),
    [
        ("2", [1]),
        ("#3", [2]),
        ("the second one", [1]),
        ("ok the first", [0]),
        ("the last one", [2]),
        ("1 and 3", [0, 2]),
        ("the bank one", [1]),
        ("plumber please", [2]),
        ("I meant the dentist", [0]),
        ("the bank and the plumber", [1, 2]),
        ("all of them", [0, 1, 2]),
        ("neither", []),
        ("never mind", []),
    ],
)
def test_an_answer_picks_what_it_names(text: str, picked: list[int]) -> None:
    assert read(text, TITLES) == picked


@pytest.mark.parametrize(
    "text",
    ["4", "call", "call the bank tomorrow at 5", "what's due today?", "yes", "the electrician"],
)
def test_anything_else_is_no_answer(text: str) -> None:
    assert read(text, TITLES) is None
