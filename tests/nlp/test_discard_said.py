"""A waiting card thrown away in words, alone or beside a correction."""

import pytest

from flowhub.nlp import discard_said


def test_discard_after_correction() -> None:
    said = discard_said("no no i meant move the napkins one to thursday, scrap that last card")
    assert said is not None
    assert (said.title, said.rest, said.first) == (None, "move the napkins one to thursday", False)


@pytest.mark.parametrize(
    "text", ["scrap that last card", "bin the last one", "drop the card you just made"]
)
def test_newest_card(text: str) -> None:
    said = discard_said(text)
    assert said is not None and said.title is None and not said.rest


def test_named_card() -> None:
    said = discard_said("scrap the 'napkins can wait' one")
    assert said is not None and said.title == "napkins can wait"


def test_discard_said_first() -> None:
    said = discard_said("wrong, delete the new card. move napkins to monday instead")
    assert said is not None and said.first


@pytest.mark.parametrize(
    "text", ["drop the kids at school", "delete the dentist", "bin the first one", "drop it"]
)
def test_no_discard(text: str) -> None:
    assert discard_said(text) is None
