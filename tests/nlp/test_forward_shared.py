"""A forwarded message's requests: a thing said alone takes the verb before it, a deadline for
"both" holds for each, a fault report asks to get it fixed, a state line only informs."""

from __future__ import annotations

import pytest

from flowhub.nlp._forward_fault import fault_asked
from flowhub.nlp._forward_info import only_informs
from flowhub.nlp._forward_shared import shared_asks


@pytest.mark.parametrize(
    ("said", "read"),
    [
        (
            "could you send me the invoice? And the key receipt too, both by friday",
            "could you send me the invoice by friday? could you send me the key receipt by friday.",
        ),
        (
            "pls send me the invoice and the key receipt, both by friday",
            "pls send me the invoice by friday. pls send me the key receipt by friday.",
        ),
        (
            "please send the floor plan. and the photos as well, all by monday",
            "please send the floor plan by monday. please send the photos by monday.",
        ),
        ("send the invoice. the receipts too.", "send the invoice. send the receipts."),
    ],
)
def test_requests_share_a_verb_and_a_deadline(said: str, read: str) -> None:
    assert shared_asks(said) == read


@pytest.mark.parametrize(
    "said",
    [
        "could you check the boiler? and the tenant is angry.",
        "can you send the quote by Friday? Also please let me know when the plumber can come.",
        "send the invoice and the key receipt",
    ],
)
def test_other_messages_stay_as_said(said: str) -> None:
    assert shared_asks(said) == said


@pytest.mark.parametrize(
    ("said", "title"),
    [
        (
            "the heating in 4B is not working again since this morning, it's freezing",
            "Get the heating in 4B fixed",
        ),
        (
            "the dishwasher in flat 2 is leaking, water everywhere",
            "Get the dishwasher in flat 2 fixed",
        ),
    ],
)
def test_a_fault_asks_to_get_it_fixed(said: str, title: str) -> None:
    assert fault_asked(said) == title


def test_a_fault_with_a_request_stays_as_said() -> None:
    said = "the lift is broken, can you call someone?"
    assert fault_asked(said) == said


@pytest.mark.parametrize(
    "title",
    ["Quote valid 30 days", "Invoice attached", "the hall is free on saturday", "Order confirmed"],
)
def test_a_state_only_informs(title: str) -> None:
    assert only_informs(title)


@pytest.mark.parametrize(
    "title",
    [
        "Check the paid invoices",
        "Book the free room",
        "Confirm the booking is ready",
        "Keys ready for pickup",
        "Send the quote",
    ],
)
def test_a_request_is_no_note(title: str) -> None:
    assert not only_informs(title)
