"""An amount in a title corrected in plain words."""

from datetime import UTC, datetime

import pytest

from flowhub.skills import edit_amount

_NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("said", "swap"),
    [
        ("its 60kg not 50", ("60kg", "50")),
        ("make that 60kg", ("60kg", "")),
        ("no wait, 80 kg", ("80 kg", "")),
        ("it's €80, not €60", ("€80", "€60")),
        ("should be 12 boxes not 10", ("12 boxes", "10")),
    ],
)
def test_an_amount_said_again_is_a_swap(said: str, swap: tuple[str, str]) -> None:
    change = edit_amount.read(said, now=_NOW, tz="Europe/Berlin")
    assert change is not None and change.swap == swap


def test_an_amount_said_of_a_named_card_aims_at_it() -> None:
    change = edit_amount.read("the invoice one €450 not €400", now=_NOW, tz="Europe/Berlin")
    assert change is not None and change.target == "the invoice one"
    assert change.swap == ("€450", "€400")


@pytest.mark.parametrize("said", ["make it 5pm", "make it 5", "make it 2 days", "order 50kg clay"])
def test_days_times_and_plain_words_are_no_amount(said: str) -> None:
    assert edit_amount.read(said, now=_NOW, tz="Europe/Berlin") is None


@pytest.mark.parametrize(
    ("title", "new", "old", "want"),
    [
        ("Order 50kg clay", "60kg", "50", "Order 60kg clay"),
        ("Order 50kg clay", "60kg", "", "Order 60kg clay"),
        ("Order 50 kg clay", "60kg", "", "Order 60 kg clay"),
        ("Pay the €60 deposit for 10 boxes", "€80", "€60", "Pay the €80 deposit for 10 boxes"),
        ("Pay the €60 deposit for 10 boxes", "12 boxes", "", "Pay the €60 deposit for 12 boxes"),
        ("Order 50kg clay and 20kg glaze", "60kg", "", None),
        ("Order clay", "60kg", "", None),
    ],
)
def test_the_amount_meant_is_replaced(title: str, new: str, old: str, want: str | None) -> None:
    assert edit_amount.swapped(title, new, old) == want
