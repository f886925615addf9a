"""A claim that retitles a card nobody has: the title it gives, and claims that give none."""

from __future__ import annotations

import pytest

from flowhub.skills.card_turns import claimed_title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("that's mine - it's the release blog post", "Release blog post"),
        ("call it write the release blog post, assign to me", "Write the release blog post"),
        ("I'll take it, call it fix the flaky login test", "Fix the flaky login test"),
        ("mine: rename to update the onboarding copy", "Update the onboarding copy"),
        ("that's on me. it should be the q3 budget review", "Q3 budget review"),
    ],
)
def test_a_claim_with_a_title_gives_that_title(text: str, title: str) -> None:
    assert claimed_title(text) == title


@pytest.mark.parametrize(
    "text",
    [
        "that's mine",
        "that's mine, thanks",
        "it's the release blog post",
        "call it the blog post",
        "that's my coffee - it's the big mug",
        "i'll take it - it's fine",
    ],
)
def test_no_title_without_both_a_claim_and_a_new_title(text: str) -> None:
    assert claimed_title(text) is None
