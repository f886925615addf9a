"""Every ask of a client's forwarded chat is read as a request."""

from __future__ import annotations

from flowhub.nlp._forward_todos import plain_asks

CHAT = """Marta: Hi Ana! Could we do the walkthrough next Tuesday at 4pm?
Marta: Also I'd like a quote for the extra shelving in the hallway before then
Marta: and pls send me the invoice for the deposit, thx"""


def test_each_line_is_a_request() -> None:
    lines = plain_asks(CHAT, forwarder="Ana", source="Client Marta", known=lambda _: None)
    assert lines.splitlines() == [
        "Marta: walkthrough with Marta next Tuesday at 4pm",
        "Marta: send Marta a quote for the extra shelving in the hallway before then",
        "Marta: pls send Marta the invoice for the deposit, thx",
    ]


def test_liking_is_not_asking() -> None:
    said = "Marta: I like the new tiles a lot"
    assert plain_asks(said, forwarder="Ana", source="Client Marta", known=lambda _: None) == said
