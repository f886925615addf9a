"""Which short lookups the lookup skill reads, and which it leaves to others."""

import pytest

from flowhub.skills.status_lookup import _BEHIND, _GENERAL, _URGENT, _WHEN


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("when's the becker visit again?", "the becker visit"),
        ("what time is the tile supplier call", "the tile supplier call"),
        ("when do I have to send the hoffmann invoice?", "send the hoffmann invoice"),
    ],
)
def test_when_names_the_thing(text: str, named: str) -> None:
    m = _WHEN.match(text)
    assert m is not None and m["t"] == named and not _GENERAL.search(m["t"])


def test_when_about_my_next_task_is_left_alone() -> None:
    m = _WHEN.match("when is my next task?")
    assert m is not None and _GENERAL.search(m["t"])


@pytest.mark.parametrize(
    "text", ["whats urgent rn", "anything high priority?", "what needs doing urgently?"]
)
def test_urgent(text: str) -> None:
    assert _URGENT.match(text)


@pytest.mark.parametrize("text", ["is anyone behind on stuff?", "who's behind?", "are we behind?"])
def test_behind(text: str) -> None:
    assert _BEHIND.match(text)


@pytest.mark.parametrize(
    "text", ["what's overdue?", "i'm behind on emails", "urgent: call the bank"]
)
def test_not_these(text: str) -> None:
    assert not _BEHIND.match(text) and not _URGENT.match(text)
