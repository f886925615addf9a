"""A person's lead time for task reminders: set in chat, shown in settings, used on confirm."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from flowhub.connectors.console import ConsoleChat, Shown
from flowhub.storage import Person, Reminder, ReminderOccurrence, session_scope
from tests.conftest import ChatFactory

# FIXED_NOW is Wednesday 4 March 2026, 10:00 in Berlin (CET, UTC+1).


def _lead(runtime: Runtime, name: str) -> int:
    with session_scope(runtime.engine) as session:
        person = session.exec(select(Person).where(Person.display_name == name)).one()
        return person.reminder_lead_minutes


def _fired(chat: ConsoleChat) -> list[Shown]:
    return [m for m in chat.collect() if m.text.startswith("⏰ Reminder")]


@pytest.mark.parametrize(
    ("phrase", "minutes", "said"),
    [
        ("remind me 30 minutes before", 30, "30 minutes before"),
        ("reminders 1 hour before tasks are due", 60, "1 hour before"),
        ("Remind me an hour and a half before", None, None),
        ("set reminder lead time to 90 minutes", 90, "1 hour 30 minutes before"),
        ("remind me 2 days before", 2880, "2 days before"),
    ],
)
def test_lead_phrases(
    chat_as: ChatFactory, runtime: Runtime, phrase: str, minutes: int | None, said: str | None
) -> None:
    ana = chat_as("ana", "Ana")
    reply = ana.say(phrase)[0].text
    if minutes is None:  # not a lead setting the skill reads: nothing changes
        assert _lead(runtime, "Ana") == 0
        return
    assert said is not None and said in reply
    assert _lead(runtime, "Ana") == minutes
    assert f"Task reminders: {said} the due time" in ana.say("settings")[0].text
    assert "at the due time" in ana.say("remind me at due time")[0].text
    assert _lead(runtime, "Ana") == 0
    assert "Task reminders: at the due time" in ana.say("settings")[0].text


def test_a_real_reminder_with_before_in_it_is_not_a_setting(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("remind me 30 minutes before the standup to print the agenda")
    assert _lead(runtime, "Ana") == 0
    assert "remind me 30 minutes before" in ana.say("help")[0].text


def test_a_lead_that_is_too_long_is_refused(chat_as: ChatFactory, runtime: Runtime) -> None:
    ana = chat_as("ana", "Ana")
    assert "couldn't read" in ana.say("remind me 9 days before")[0].text
    assert _lead(runtime, "Ana") == 0


def test_confirmed_task_reminds_the_lead_before(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    ana.say("remind me 30 minutes before")
    (card,) = ana.say("submit the report by friday 5pm")
    ana.press("Confirm", card)
    clock.set(datetime(2026, 3, 6, 15, 29, tzinfo=UTC))  # 16:29 Berlin
    assert runtime.tick() == 0
    clock.set(datetime(2026, 3, 6, 15, 30, tzinfo=UTC))  # 16:30 Berlin: 30 minutes before 17:00
    assert runtime.tick() == 1
    (fired,) = _fired(ana)
    assert "Submit the report" in fired.text


def test_a_lead_already_past_falls_back_to_the_due_time(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    ana.say("reminders 1 hour before tasks are due")
    (card,) = ana.say("call the bank today at 10:30am")  # 30 minutes away, lead is an hour
    ana.press("Confirm", card)
    with session_scope(runtime.engine) as session:
        (reminder,) = session.exec(select(Reminder)).all()
    assert reminder.next_at == datetime(2026, 3, 4, 9, 30, tzinfo=UTC)  # 10:30 Berlin
    assert runtime.tick() == 0


def test_a_weekly_task_reminds_the_lead_before_each_one_across_dst(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    ana.say("remind me 15 minutes before")
    (card,) = ana.say("every monday 9am standup notes")
    ana.press("Confirm", card)
    for due in (
        datetime(2026, 3, 9, 7, 45, tzinfo=UTC),  # 08:45 CET
        datetime(2026, 3, 16, 7, 45, tzinfo=UTC),
        datetime(2026, 3, 23, 7, 45, tzinfo=UTC),
        datetime(2026, 3, 30, 6, 45, tzinfo=UTC),  # 08:45 CEST, after the change
    ):
        clock.set(due)
        assert runtime.tick() == 1
        assert _fired(ana)
    with session_scope(runtime.engine) as session:
        fired = [o.due_at for o in session.exec(select(ReminderOccurrence))]
    local = {at.astimezone(ZoneInfo("Europe/Berlin")).strftime("%a %H:%M") for at in fired}
    assert local == {"Mon 08:45"}


def test_a_repeat_after_done_keeps_its_lead(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    ana.say("remind me 30 minutes before")
    (card,) = ana.say("water the plants every! 3 days at 9am")
    ana.press("Confirm", card)
    clock.set(datetime(2026, 3, 7, 7, 30, tzinfo=UTC))  # Sat 08:30 Berlin
    assert runtime.tick() == 1
    (fired,) = _fired(ana)
    clock.set(datetime(2026, 3, 7, 16, 0, tzinfo=UTC))
    assert "Next one: Tue 10 Mar, 08:30" in ana.press("Done", fired)[0].text
    clock.set(datetime(2026, 3, 10, 7, 30, tzinfo=UTC))
    assert runtime.tick() == 1
