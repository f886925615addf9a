"""Repeats counted from completion ("every! 3 days"): fire, wait for Done, then one interval on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from flowhub.connectors.console import ConsoleChat, Shown
from flowhub.storage import Reminder, Task, session_scope
from tests.conftest import ChatFactory

# FIXED_NOW is Wednesday 4 March 2026, 10:00 in Berlin (CET, UTC+1).


def _reminders(runtime: Runtime) -> list[Reminder]:
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(Reminder).order_by(Reminder.id)))  # type: ignore[arg-type]


def _fired(chat: ConsoleChat) -> list[Shown]:
    """The reminders that reached `chat` since last asked (a digest may come along too)."""
    return [m for m in chat.collect() if m.text.startswith("⏰ Reminder")]


def _task(runtime: Runtime) -> Task:
    with session_scope(runtime.engine) as session:
        return session.exec(select(Task)).one()


def test_every_bang_three_days_waits_for_done_then_counts_from_it(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    (confirm,) = ana.say("remind me every! 3 days at 9am to water the plants")
    assert "I'll remind you Sat 7 Mar, 09:00: Water the plants" in confirm.text
    assert "🔁 every 3 days after done" in confirm.text
    clock.set(datetime(2026, 3, 7, 8, 0, tzinfo=UTC))  # Sat 09:00 in Berlin
    assert runtime.tick() == 1
    (fired,) = _fired(ana)
    assert [b.label for b in fired.buttons][-2:] == ["⏭ Skip", "⏹ Stop"]
    (reminder,) = _reminders(runtime)
    assert (reminder.status, reminder.next_at) == ("waiting", None)
    clock.set(datetime(2026, 3, 10, 8, 0, tzinfo=UTC))  # a calendar series would fire Tue 09:00
    assert runtime.tick() == 0
    listing = ana.say("my reminders")[0].text
    assert "1. Water the plants · waiting for ✔️ Done 🔁 every 3 days after done" in listing
    clock.set(datetime(2026, 3, 10, 16, 30, tzinfo=UTC))  # done on Tuesday at 17:30 Berlin
    done = ana.press("Done", fired)[0].text
    assert done == "✔️ Done: Water the plants. Next one: Fri 13 Mar, 09:00."
    again = ana.press("Done", fired)[0].text  # a second press does not move it again
    assert "Already done" in again and "Fri 13 Mar, 09:00" in again
    (reminder,) = _reminders(runtime)
    assert reminder.status == "active"
    assert reminder.next_at == datetime(2026, 3, 13, 8, 0, tzinfo=UTC)
    clock.set(datetime(2026, 3, 13, 7, 59, tzinfo=UTC))
    assert runtime.tick() == 0
    clock.set(datetime(2026, 3, 13, 8, 0, tzinfo=UTC))
    assert runtime.tick() == 1


def test_weekly_after_done_keeps_nine_oclock_across_the_dst_change(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    ana.say("remind me every! 1 week at 9am to call grandma")
    clock.set(datetime(2026, 3, 11, 8, 0, tzinfo=UTC))  # Wed 11 Mar 09:00 CET
    assert runtime.tick() == 1
    (fired,) = _fired(ana)
    clock.set(datetime(2026, 3, 27, 11, 0, tzinfo=UTC))  # done Fri 27 Mar, before the change
    assert "Fri 3 Apr, 09:00" in ana.press("Done", fired)[0].text
    (reminder,) = _reminders(runtime)
    assert reminder.next_at == datetime(2026, 4, 3, 7, 0, tzinfo=UTC)  # 09:00 CEST, not 10:00
    clock.set(datetime(2026, 4, 3, 7, 0, tzinfo=UTC))
    assert runtime.tick() == 1


def test_an_interval_in_hours_counts_from_the_moment_of_done(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    (confirm,) = ana.say("remind me every! 2 hours to stretch")
    assert "every 2 hours after done" in confirm.text
    (reminder,) = _reminders(runtime)
    assert reminder.next_at is not None
    clock.set(reminder.next_at)
    assert runtime.tick() == 1
    (fired,) = _fired(ana)
    clock.set(datetime(2026, 3, 4, 13, 17, tzinfo=UTC))
    assert "Wed 4 Mar, 16:17" in ana.press("Done", fired)[0].text  # 14:17 Berlin + 2 hours


def test_snooze_moves_only_the_fired_one_and_skip_counts_from_now(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    ana.say("remind me every! 3 days at 9am to water the plants")
    clock.set(datetime(2026, 3, 7, 8, 0, tzinfo=UTC))
    runtime.tick()
    (fired,) = _fired(ana)
    assert "until Sat 7 Mar, 10:00" in ana.press("1 hour", fired)[0].text
    assert len(_reminders(runtime)) == 1  # the series itself carries the snoozed firing
    clock.set(datetime(2026, 3, 7, 8, 59, tzinfo=UTC))
    assert runtime.tick() == 0
    clock.set(datetime(2026, 3, 7, 9, 0, tzinfo=UTC))
    assert runtime.tick() == 1
    (again,) = _fired(ana)
    assert "Water the plants" in again.text
    assert _reminders(runtime)[0].status == "waiting"
    clock.set(datetime(2026, 3, 8, 18, 0, tzinfo=UTC))  # Sunday evening: skip, as if done now
    skipped = ana.press("Skip", again)[0].text
    assert "next one is Wed 11 Mar, 09:00" in skipped
    clock.set(datetime(2026, 3, 11, 8, 0, tzinfo=UTC))
    assert runtime.tick() == 1
    (third,) = _fired(ana)
    ana.press("Stop", third)
    (reminder,) = _reminders(runtime)
    assert (reminder.status, reminder.next_at) == ("cancelled", None)
    assert ana.press("Done", third)[0].text.startswith("That reminder is already cancelled")
    assert ana.say("my reminders")[0].text.startswith("You have no reminders")


def test_a_task_after_done_moves_with_its_reminder(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    (card,) = ana.say("water the plants every! 3 days at 9am")
    assert card.text.startswith("📝 Water the plants\n")
    assert "🔁 every 3 days after done" in card.text and "next:" not in card.text
    ana.press("Confirm", card)
    task = _task(runtime)
    assert (
        task.repeat_from == "completion"
        and task.rrule == "FREQ=DAILY;INTERVAL=3;BYHOUR=9;BYMINUTE=0"
    )
    (reminder,) = _reminders(runtime)
    assert reminder.repeat_from == "completion" and reminder.task_id == task.id
    clock.set(datetime(2026, 3, 7, 8, 0, tzinfo=UTC))
    assert runtime.tick() == 1
    (fired,) = _fired(ana)
    clock.set(datetime(2026, 3, 8, 11, 0, tzinfo=UTC))  # done a day late, Sunday noon
    ana.say("my tasks")
    assert "Next one: Wed 11 Mar, 09:00" in ana.say("done 1")[0].text
    task = _task(runtime)
    assert task.status == "open" and task.due_at == datetime(2026, 3, 11, 8, 0, tzinfo=UTC)
    (reminder,) = _reminders(runtime)
    assert (reminder.status, reminder.next_at) == ("active", task.due_at)
    assert "Already done" in ana.press("Done", fired)[0].text  # the task already moved it
    ana.say("undo")
    assert _task(runtime).due_at == datetime(2026, 3, 7, 8, 0, tzinfo=UTC)
    (reminder,) = _reminders(runtime)
    assert (reminder.status, reminder.next_at) == ("waiting", None)
    # Done on the reminder ticks off this occurrence of the task and moves both on.
    assert "Next one: Wed 11 Mar, 09:00" in ana.press("Done", fired)[0].text
    assert _task(runtime).due_at == datetime(2026, 3, 11, 8, 0, tzinfo=UTC)
    assert _reminders(runtime)[0].next_at == datetime(2026, 3, 11, 8, 0, tzinfo=UTC)
    clock.set(datetime(2026, 3, 11, 8, 0, tzinfo=UTC))
    assert runtime.tick() == 1


def test_a_task_done_early_counts_from_that_moment(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    (card,) = ana.say("clean the fridge 2 weeks after I finish it")
    assert card.text.startswith("📝 Clean the fridge\n") and "every 2 weeks after done" in card.text
    ana.press("Confirm", card)
    clock.advance(timedelta(hours=2))
    ana.say("my tasks")
    assert "Next one: Wed 18 Mar" in ana.say("done 1")[0].text
    assert _task(runtime).due_at == datetime(2026, 3, 17, 23, 0, tzinfo=UTC)  # 18 Mar, all day


def test_an_edit_can_make_a_card_repeat_from_done_and_back(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    (card,) = ana.say("water the plants tomorrow at 9am")
    ana.press("Edit", card)
    edited = ana.say("due every! 3 days at 9am")[-1]
    assert "🔁 every 3 days after done" in edited.text
    ana.press("Edit", edited)
    calendar = ana.say("due every 3 days at 9am")[-1]
    assert "🔁" in calendar.text and "after done" not in calendar.text
    ana.press("Edit", calendar)
    again = ana.say("due every! 3 days at 9am")[-1]
    ana.press("Confirm", again)
    assert _task(runtime).repeat_from == "completion"
