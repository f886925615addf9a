"""A request to keep what was just said is left out of the task it points back at."""

import pytest

from flowhub.nlp._task_track import without_keep_request


@pytest.mark.parametrize(
    ("said", "task"),
    [
        (
            "every monday morning i have to do the wine stock count, can you keep track of that",
            "every monday morning i have to do the wine stock count",
        ),
        ("call the bank. add it to my list pls", "call the bank"),
        ("renew the passport and can you remind me about it", "renew the passport"),
        (
            "the boiler needs servicing before winter, put that on my list",
            "service the boiler before winter",
        ),
        ("the fridge needs looking at, keep track of that pls", "look at the fridge"),
    ],
)
def test_the_request_is_left_out(said: str, task: str) -> None:
    assert without_keep_request(said) == task


@pytest.mark.parametrize(
    "said",
    [
        "keep track of the wine orders",
        "can you remind me about it",
        "save it",
        "i want to remember it",
    ],
)
def test_a_message_without_a_task_before_stays(said: str) -> None:
    assert without_keep_request(said) == said
