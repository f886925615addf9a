"""A name said alone, with each language's little word or case ending, and nothing else."""

from __future__ import annotations

import pytest

from flowhub.nlp import names_alone


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Sam", "Sam"),
        ("@priya", "priya"),
        ("to Sam!", "Sam"),
        ("Прие", "Прие"),
        ("на Прию", "Прию"),
        ("Priya'ya", "Priya"),
        ("Sam’e", "Sam"),
        ("a Priya", "Priya"),
        ("para a Priya", "Priya"),
        ("für Sam", "Sam"),
        ("aan Sam", "Sam"),
        ("untuk Priya", "Priya"),
        ("priya ko", "priya"),
        ("Priya ke liye", "Priya"),
        ("प्रिया को", "प्रिया"),
        ("لبريا", "لبريا"),
        ("ل بريا", "بريا"),
    ],
)
def test_name_alone(text: str, first: str) -> None:
    assert names_alone(text)[0] == first


@pytest.mark.parametrize("text", ["book the venue friday", "Sam?", "call Sam tomorrow at 5", ""])
def test_more_than_a_name(text: str) -> None:
    assert names_alone(text) == ()
