"""Time is exact: a task due at 09:00 local stays at 09:00 local across a DST change."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlmodel import select

from flowhub.bot.clock import FixedClock
from flowhub.nlp import next_occurrences
from flowhub.storage import Task, session_scope
from tests.conftest import ChatFactory


def _only_task(runtime: object) -> Task:
    with session_scope(runtime.engine) as session:  # type: ignore[attr-defined]
        return session.exec(select(Task)).one()


def test_one_off_task_after_the_change_keeps_its_wall_time(
    chat_as: ChatFactory, runtime: object, clock: FixedClock
) -> None:
    # Asked on 4 March (CET, UTC+1) for a day after the 29 March change (CEST, UTC+2).
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    (card,) = ana.say("dentist on 2 april at 9am")
    assert "Thu 2 Apr, 09:00" in card.text
    ana.press("Confirm", card)
    task = _only_task(runtime)
    assert task.due_at == datetime(2026, 4, 2, 7, 0, tzinfo=UTC)  # stored in UTC
    clock.set(datetime(2026, 4, 1, 12, tzinfo=UTC))  # now after the change
    listing = ana.say("my tasks")[0].text
    assert "Thu 2 Apr, 09:00" in listing


def test_weekly_nine_oclock_stays_nine_oclock(chat_as: ChatFactory, runtime: object) -> None:
    sam = chat_as("sam", "Sam", tz="America/New_York")
    (card,) = sam.say("every monday 9am standup notes")
    sam.press("Confirm", card)
    task = _only_task(runtime)
    assert task.rrule and task.due_at and task.due_tz == "America/New_York"
    # US clocks spring forward on 8 March 2026 and fall back on 1 November 2026.
    year = next_occurrences(
        task.rrule, start=task.due_at, tz=task.due_tz, after=task.due_at, count=52
    )
    zone = ZoneInfo("America/New_York")
    assert {at.astimezone(zone).strftime("%a %H:%M") for at in year} == {"Mon 09:00"}
    assert {at.utcoffset() for at in year} == {
        datetime(2026, 1, 5, tzinfo=zone).utcoffset(),
        datetime(2026, 7, 6, tzinfo=zone).utcoffset(),
    }


def test_marking_a_recurring_task_done_moves_to_the_next_occurrence(
    chat_as: ChatFactory, runtime: object
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    (card,) = ana.say("every friday 4pm timesheet")
    ana.press("Confirm", card)
    ana.say("my tasks")
    for _ in range(4):  # Fri 6, 13, 20, 27 March; the next is Fri 3 April, after the change
        ana.say("done 1")
    task = _only_task(runtime)
    assert task.status == "open" and task.due_at is not None
    local = task.due_at.astimezone(ZoneInfo("Europe/Berlin"))
    assert (local.month, local.day, local.hour) == (4, 3, 16)
