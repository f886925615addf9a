"""Slips in task titles are fixed against the shipped word list; names, jargon and other
languages are left alone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import extract_tasks
from flowhub.nlp._title_spelling import spell_title

TZ = "Europe/Berlin"
NOW = datetime(2026, 12, 3, 19, 0, tzinfo=ZoneInfo(TZ))


def titles(text: str) -> list[str]:
    return [d.title for d in extract_tasks(text, now=NOW, tz=TZ, sender="ana")]


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("remnd me tmrw at 10 to ordr more bakcdrop paper", "Order more backdrop paper"),
        ("email the recipt to the acountant by friday", "Email the receipt to the accountant"),
        ("call the plumbr about the leak tomorrow", "Call the plumber about the leak"),
        ("chase the band for thier rider", "Chase the band for their rider"),
        ("update the webiste before the launch on monday", "Update the website before the launch"),
    ],
)
def test_slips_in_a_title_are_fixed(said: str, title: str) -> None:
    assert titles(said) == [title]


@pytest.mark.parametrize(
    "title",
    [
        "Call sundar about the invoice",  # a name typed in lower case, after "call"
        "Send the deck to meera",
        "Fix the wifi in the studio",  # jargon: no common word is a neighbouring key away
        "Order the centrepieces and organise the colour swatches",  # British spellings
        "Renew rego and pick up meds",  # chat shorthand
        "Book the Schloss Elmau suite",  # capitalised inside: names
        "Ask Kaffeehaus Roth for the PO number",
        "Check the v2 specs on github",
        "Pagar la factura del gas",  # another language
    ],
)
def test_names_jargon_and_other_languages_stay(title: str) -> None:
    assert spell_title(title) == title


def test_a_mostly_unknown_title_is_left_alone() -> None:
    assert spell_title("Grab kombucha from brekky sesh") == "Grab kombucha from brekky sesh"


def test_the_first_letter_is_never_the_slip() -> None:
    assert spell_title("Order the team hoodies tomorrow") == "Order the team hoodies tomorrow"
