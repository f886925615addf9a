"""Several things done in one message, and news asked to be put in."""

from datetime import UTC, datetime

import pytest

from flowhub.nlp import all_said, both_said, noted, numbered_first, visit_draft

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text", ["both done", "both are done ✅", "did both", "dono ho gaye", "beide erledigt"]
)
def test_both_done(text: str) -> None:
    assert both_said(text)


@pytest.mark.parametrize("text", ["both", "both need doing", "both done?", "book both rooms"])
def test_not_both_done(text: str) -> None:
    assert not both_said(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("all 3 done actually 🙌 julia's refund landed", (3, "julia's refund landed")),
        ("all three sorted, phew", (3, "phew")),
        ("done all 3 👍", (3, "")),
        ("all of them are done!", (0, "")),
        ("allebei gedaan hoor, haven al gebeld", (2, "haven al gebeld")),
        ("done with beide", (2, "")),
        ("alle drie gedaan", (3, "")),
    ],
)
def test_all_said(text: str, said: tuple[int, str]) -> None:
    assert all_said(text) == said


@pytest.mark.parametrize(
    "text", ["all done", "all 3 due tomorrow", "all the best", "all tasks for friday", "both?"]
)
def test_not_all_said(text: str) -> None:
    assert all_said(text) is None


@pytest.mark.parametrize(
    ("text", "command", "rest"),
    [
        (
            "done 1 — schulz is coming the 18th at 7am, put that in",
            "done 1",
            "schulz is coming the 18th at 7am, put that in",
        ),
        ("1 and 3 done. call the bank friday", "done 1 3", "call the bank friday"),
        ("2 done, also buy milk", "done 2", "buy milk"),
    ],
)
def test_numbered_first(text: str, command: str, rest: str) -> None:
    assert numbered_first(text) == (command, rest)


@pytest.mark.parametrize("text", ["done 1", "done 1 and 2", "call the bank friday"])
def test_no_rest_after_numbers(text: str) -> None:
    assert numbered_first(text) is None


def test_noted_takes_off_the_asking() -> None:
    assert noted("the plumber comes thursday 2pm, add it to my list") == (
        "the plumber comes thursday 2pm"
    )
    assert noted("put this in: the plumber comes thursday 2pm") == "the plumber comes thursday 2pm"


@pytest.mark.parametrize(
    "text", ["sure, go ahead and add that", "take the date off and save it", "make it friday"]
)
def test_not_noted(text: str) -> None:
    assert noted(text) is None


def test_visit_draft() -> None:
    draft = visit_draft(
        "schulz is coming the 18th at 7am to do the fridge", now=NOW, tz="Europe/Berlin"
    )
    assert draft is not None and draft.due is not None
    assert draft.title == "Schulz visit to do the fridge"
    assert (draft.due.start.day, draft.due.start.hour) == (18, 7)
