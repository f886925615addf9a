"""A title that opens with a name and an order: the name and the order, else nothing."""

from __future__ import annotations

import pytest

from flowhub.nlp import named_first


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Priya report bhej dena", ("Priya", "Report bhej dena")),
        ("Sam raporu gönder", ("Sam", "Raporu gönder")),
        ("Sam send the deck", ("Sam", "Send the deck")),
        ("Priya to pay the caterer deposit", ("Priya", "Pay the caterer deposit")),
        ("Sam to fix the 2A tap", ("Sam", "Fix the 2A tap")),
        ("Ana needs to book the van", ("Ana", "Book the van")),
        ("Sam to service the boiler", ("Sam", "Service the boiler")),
    ],
)
def test_a_name_then_an_order(title: str, found: tuple[str, str]) -> None:
    assert named_first(title) == found


@pytest.mark.parametrize(
    "title",
    [
        "Sam ko report bhejni",
        "Priya tomorrow",
        "Book the venue",
        "Sam",
        "Mehta ji se baat karni",
        "Ana to the station",
        "Ana to Berlin on friday",
    ],
)
def test_no_name_then_order(title: str) -> None:
    assert named_first(title) is None


def test_respect_after_the_name_is_left_out() -> None:
    assert named_first("Sam bhai report bhej do") == ("Sam", "Report bhej do")
