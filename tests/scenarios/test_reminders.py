"""Reminders as a chat: set, fire at the right local time, snooze, skip, stop, list, cancel."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import select

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from flowhub.storage import Reminder, ReminderOccurrence, Task, session_scope
from tests.conftest import ChatFactory


def _occurrences(runtime: Runtime) -> list[ReminderOccurrence]:
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(ReminderOccurrence)))


def test_remind_me_tomorrow_at_nine(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    (confirm,) = ana.say("remind me tomorrow at 9 to call the dentist")
    assert "I'll remind you Thu 5 Mar, 09:00: Call the dentist" in confirm.text
    clock.set(datetime(2026, 3, 5, 7, 59, tzinfo=UTC))  # 08:59 in Berlin
    assert runtime.tick() == 0
    clock.set(datetime(2026, 3, 5, 8, 0, tzinfo=UTC))  # 09:00 in Berlin
    assert runtime.tick() == 1
    (fired,) = ana.collect()
    assert fired.text.startswith("⏰ Reminder: Call the dentist")
    assert [b.label for b in fired.buttons][:2] == ["✔️ Done", "😴 20 min"]
    assert runtime.tick() == 0  # fires once
    ana.press("1 hour", fired)
    clock.advance(timedelta(minutes=59))
    assert runtime.tick() == 0
    clock.advance(timedelta(minutes=1))
    assert runtime.tick() == 1
    (again,) = ana.collect()
    assert "Call the dentist" in again.text
    ana.press("Done", again)
    assert ana.say("my reminders")[0].text.startswith("You have no reminders")


def test_snooze_until_a_time_in_words(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    ana.say("remind me in 20 minutes to check the oven")
    clock.advance(timedelta(minutes=20))
    runtime.tick()
    assert ana.collect()
    snoozed = ana.say("snooze until 4pm")[0].text
    assert "until Wed 4 Mar, 16:00" in snoozed
    clock.set(datetime(2026, 3, 4, 15, 0, tzinfo=UTC))
    assert runtime.tick() == 1


def test_recurring_skip_and_stop_never_move_the_series(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    ana.say("remind me every monday at 9am to send standup notes")
    clock.set(datetime(2026, 3, 9, 8, 0, tzinfo=UTC))  # Mon 9 Mar 09:00 CET
    runtime.tick()
    (fired,) = ana.collect()
    ana.press("20 min", fired)  # snoozing this one leaves the series alone
    # Skip on a fired occurrence lets that one go (issue 14); the next one is named.
    let_go = ana.press("Skip", fired)[0].text
    assert "Skipped Mon 9 Mar, 09:00" in let_go and "Mon 16 Mar, 09:00" in let_go
    skipped = ana.say("skip the next standup notes reminder")[0].text
    assert "Skipped Mon 16 Mar, 09:00" in skipped and "Mon 23 Mar, 09:00" in skipped
    clock.set(datetime(2026, 3, 9, 8, 20, tzinfo=UTC))
    assert runtime.tick() == 1  # the snoozed one
    clock.set(datetime(2026, 3, 16, 8, 0, tzinfo=UTC))
    assert runtime.tick() == 0  # skipped
    clock.set(datetime(2026, 3, 23, 8, 0, tzinfo=UTC))
    assert runtime.tick() == 1
    clock.set(datetime(2026, 3, 30, 7, 0, tzinfo=UTC))  # Mon 30 Mar 09:00 CEST (after DST)
    runtime.tick()
    fired_after_dst = ana.collect()[-1]
    assert "standup" in fired_after_dst.text.lower()
    due = sorted(o.due_at for o in _occurrences(runtime))
    assert datetime(2026, 3, 30, 7, 0, tzinfo=UTC) in due  # 09:00 local, not 10:00
    ana.press("Stop", fired_after_dst)
    clock.set(datetime(2026, 4, 6, 7, 0, tzinfo=UTC))
    assert runtime.tick() == 0


def test_missed_occurrences_fire_once_marked_late(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    ana.say("remind me every day at 8am to take vitamins")
    clock.set(datetime(2026, 3, 10, 12, 0, tzinfo=UTC))  # offline for five days
    assert runtime.tick() == 1
    (fired,) = ana.collect()
    assert "late" in fired.text
    assert len(_occurrences(runtime)) == 1
    with session_scope(runtime.engine) as session:
        (reminder,) = session.exec(select(Reminder)).all()
        assert reminder.next_at == datetime(2026, 3, 11, 7, 0, tzinfo=UTC)


def test_list_cancel_and_move(chat_as: ChatFactory, runtime: Runtime, clock: FixedClock) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    ana.say("remind me tomorrow at 9 to call the bank")
    ana.say("remind me on friday at 4pm to water the plants")
    listing = ana.say("my reminders")[0].text
    assert "1. Call the bank · Thu 5 Mar, 09:00" in listing
    assert "2. Water the plants · Fri 6 Mar, 16:00" in listing
    moved = ana.say("move 2 to saturday")[0].text
    assert "Sat 7 Mar, 16:00" in moved
    ana.say("cancel 1")
    listing = ana.say("my reminders")[0].text
    assert "Call the bank" not in listing and "Water the plants" in listing


def test_remind_someone_else(chat_as: ChatFactory, runtime: Runtime, clock: FixedClock) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    sam = chat_as("sam", "Sam", tz="America/New_York")
    (confirm,) = ana.say("remind Sam on friday at 10am to send the invoice")
    assert "I'll remind Sam" in confirm.text and "10:00 Sam's time" in confirm.text
    # Issue 14: a time for someone else is their wall time, 10:00 in New York.
    clock.set(datetime(2026, 3, 6, 14, 59, tzinfo=UTC))
    runtime.tick()
    assert not sam.collect()
    clock.set(datetime(2026, 3, 6, 15, 0, tzinfo=UTC))
    runtime.tick()
    (fired,) = sam.collect()
    assert "Send the invoice" in fired.text


def test_confirmed_task_with_a_time_gets_a_reminder(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    (card,) = ana.say("submit the report by friday 5pm")
    ana.press("Confirm", card)
    clock.set(datetime(2026, 3, 6, 15, 0, tzinfo=UTC))
    clock.advance(timedelta(minutes=59))
    assert runtime.tick() == 0  # fires at 17:00 Berlin, not a minute early
    clock.advance(timedelta(minutes=1))
    runtime.tick()
    (fired,) = ana.collect()
    assert "Submit the report" in fired.text
    ana.press("Done", fired)  # Done on the reminder ticks off its task
    with session_scope(runtime.engine) as session:
        (task,) = session.exec(select(Task)).all()
        assert task.status == "done"
    assert "nothing" in ana.say("my tasks")[0].text


def test_weekly_nine_oclock_fires_at_nine_all_year_in_two_zones(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 1, 1, 12, 0, tzinfo=UTC))
    sam = chat_as("sam", "Sam", tz="America/New_York")
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    sam.say("remind me every monday at 9am to send the weekly report")
    ana.say("remind me every monday at 9am to send the weekly report")
    sam.collect()
    ana.collect()
    fired: dict[str, list[datetime]] = {"sam": [], "ana": []}
    end = datetime(2027, 1, 1, tzinfo=UTC)
    while True:
        # Jump to the next due instant the database holds, as a punctual scheduler would.
        with session_scope(runtime.engine) as session:
            upcoming = [r.next_at for r in session.exec(select(Reminder)) if r.next_at]
        due = min(upcoming)
        if due >= end:
            break
        clock.set(due - timedelta(minutes=1))
        assert runtime.tick() == 0  # never early
        clock.set(due)
        assert runtime.tick() >= 1
        for name, chat in (("sam", sam), ("ana", ana)):
            for message in chat.collect():
                assert "late" not in message.text
                fired[name].append(clock.now())
    for name, zone in (("sam", "America/New_York"), ("ana", "Europe/Berlin")):
        local = [at.astimezone(ZoneInfo(zone)) for at in fired[name]]
        assert len(local) == 52  # every Monday of 2026, each once
        assert {(at.weekday(), at.hour, at.minute) for at in local} == {(0, 9, 0)}
        assert len({at.utcoffset() for at in local}) == 2  # both sides of both DST changes
