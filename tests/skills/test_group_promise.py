"""Promises that name nothing, told apart from promises and tasks that name their thing."""

import pytest

from flowhub.skills.group_promise import vague


@pytest.mark.parametrize(
    "text",
    [
        "I'll draft it",
        "ok Ana I'll do it 👍",
        "on it!",
        "sure, I'll look later",
        "I'll take care of it after lunch",
        "I'll get back to you on that tomorrow",
        "yeah I'll sort it, no worries",
        "I’ll do it tomorrow at 9",
        "leave it with me",
    ],
)
def test_names_nothing(text: str) -> None:
    assert vague(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'll send the invoice to Weber by friday",
        "I'll draft the newsletter tomorrow",
        "I will call mum tomorrow",
        "remind me to draft it tomorrow",
        "can you do it tomorrow?",
        "Sam, I'll need the slides by friday",
    ],
)
def test_names_its_thing(text: str) -> None:
    assert not vague(text)
