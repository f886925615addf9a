"""A sign-off at the end of a pasted mail ("Thanks, Karen – Office Manager, Brightline") is who
wrote it, never a task for a person named in it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flowhub.nlp import extract_tasks

NOW = datetime(2026, 12, 7, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Hi Sam, attached the allergy list (as discussed). Could you also send us the final "
            "invoice by Thursday and confirm the delivery entrance? Thanks, Karen – Office "
            "Manager, Brightline",
            ["Send us the final invoice", "Confirm the delivery entrance"],
        ),
        (
            "Could you send the signed contract by Friday? Best, Tom Becker - Head of Operations, "
            "Acme GmbH",
            ["Send the signed contract"],
        ),
        ("please call the bank tomorrow. cheers, Lena", ["Call the bank"]),
    ],
)
def test_a_sign_off_ending_the_message_makes_no_task(text: str, titles: list[str]) -> None:
    drafts = extract_tasks(text, now=NOW, tz="America/New_York", sender="Sam")
    assert [d.title for d in drafts] == titles
    assert all(d.assignee in (None, "Sam") for d in drafts)


def test_thanks_before_a_request_keeps_the_request() -> None:
    drafts = extract_tasks(
        "Thanks, Sam – can you send it by friday", now=NOW, tz="America/New_York", sender="Sam"
    )
    assert [d.title for d in drafts] == ["Send it"]
