"""The side of a contract a caption says the sender is, and what that side owes."""

from __future__ import annotations

import pytest

from flowhub.skills.media_side import owed, parties_of, said_side

DUTIES = [("Client", "pay the deposit"), ("Contractor", "deliver the draft"), ("Client", "sign")]


@pytest.mark.parametrize(
    ("caption", "side"),
    [
        ("we're the client", "Client"),
        ("I am the Contractor on this one", "Contractor"),
        ("je suis le client", "Client"),
        ("contract from the client", None),
        ("", None),
    ],
)
def test_a_caption_may_say_the_side(caption: str, side: str | None) -> None:
    assert said_side(caption, DUTIES) == side


def test_a_side_owes_its_own_duties_in_order() -> None:
    assert parties_of(DUTIES) == ["Client", "Contractor"]
    assert owed(DUTIES, "Client") == "pay the deposit\nsign"
