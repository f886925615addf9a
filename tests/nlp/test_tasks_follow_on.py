"""Requests whose parts come apart: "can you also ...", a date in the next sentence, a claim."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import TaskDraft, extract_tasks

TZ = "Europe/Berlin"
NOW = datetime(2026, 12, 3, 19, 30, tzinfo=ZoneInfo(TZ))  # a Thursday


def tasks(text: str) -> list[TaskDraft]:
    return extract_tasks(text, now=NOW, tz=TZ, sender="Ana")


def due_day(draft: TaskDraft) -> date:
    assert draft.due is not None
    return draft.due.start.astimezone(ZoneInfo(TZ)).date()


@pytest.mark.parametrize(
    ("text", "title", "who", "day"),
    [
        (
            "Sam, can you also get the quote from the venue for the extra hour? "
            "need it before Tuesday",
            "Get the quote from the venue for the extra hour",
            "Sam",
            date(2026, 12, 8),
        ),
        (
            "Priya, could you also print the menus? we need them by friday",
            "Print the menus",
            "Priya",
            date(2026, 12, 4),
        ),
        (
            "Sam could you book the room. Needed by Monday",
            "Book the room",
            "Sam",
            date(2026, 12, 7),
        ),
    ],
)
def test_date_said_after_a_request_is_its_due(text: str, title: str, who: str, day: date) -> None:
    (draft,) = tasks(text)
    assert (draft.title, draft.assignee, due_day(draft)) == (title, who, day)


@pytest.mark.parametrize(
    "text",
    ["can you also get the quote", "pls also book the room", "could you then email Jo the notes"],
)
def test_also_inside_a_request_keeps_one_task(text: str) -> None:
    assert len(tasks(text)) == 1


def test_also_between_tasks_still_splits() -> None:
    assert [d.title for d in tasks("buy milk, also call mom")] == ["Buy milk", "Call mom"]


@pytest.mark.parametrize(
    "text",
    [
        "you missed one: final headcount to Klaus by wednesday, that's mine",
        "one more: book the photographer by friday, I'll take it",
        "book the photographer by friday, i'll do it",
    ],
)
def test_claiming_a_task_makes_it_the_senders(text: str) -> None:
    (draft,) = tasks(text)
    assert draft.assignee == "Ana"
    assert not draft.title.lower().startswith(("you missed", "one more", "take", "do it"))
