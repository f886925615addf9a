"""Reminders managed in words: stop by fragment, skip one occurrence ahead, follow a zone move."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import select

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from flowhub.storage import Reminder, Task, session_scope
from tests.conftest import ChatFactory


def _live(runtime: Runtime) -> list[Reminder]:
    with session_scope(runtime.engine) as session:
        rows = session.exec(select(Reminder).where(Reminder.status == "active"))
        return sorted(rows, key=lambda r: r.id or 0)


def test_a_skipped_occurrence_ahead_never_fires(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    ana.say("remind me every tuesday and friday at 9am to water the ferns")
    reply = ana.say("skip next tuesday's ferns")[0].text
    assert "Tue 10 Mar, 09:00" in reply and "Fri 6 Mar, 09:00" in reply
    clock.set(datetime(2026, 3, 6, 8, 0, tzinfo=UTC))
    assert runtime.tick() == 1  # Friday's
    clock.set(datetime(2026, 3, 10, 8, 0, tzinfo=UTC))
    assert runtime.tick() == 0  # Tuesday's was skipped
    (series,) = _live(runtime)
    assert series.next_at == datetime(2026, 3, 13, 8, 0, tzinfo=UTC)


def test_stopping_by_fragment_touches_only_the_match_and_makes_no_task(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    ana.say("remind me every day at 7 to go to the gym")
    ana.say("remind me tomorrow at 6pm to buy bread")
    assert "gym" in ana.say("please stop the gym reminders")[0].text.lower()
    assert [r.text for r in _live(runtime)] == ["Buy bread"]
    with session_scope(runtime.engine) as session:
        assert not session.exec(select(Task)).all()


def test_a_move_keeps_the_wall_clock_and_one_offs_keep_their_instant(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    ana.say("remind me every day at 9 to take my vitamins")
    ana.say("remind me tomorrow at 6pm to buy bread")
    replies = ana.say("I moved to Tokyo")
    assert any("vitamins" in r.text and r.buttons for r in replies)
    series, one_off = _live(runtime)
    assert series.tz == "Asia/Tokyo"
    assert series.next_at == datetime(2026, 3, 5, 0, 0, tzinfo=UTC)  # 09:00 in Tokyo
    assert one_off.next_at == datetime(2026, 3, 5, 17, 0, tzinfo=UTC)  # 18:00 Berlin, as said
    ana.press("Berlin", replies[-1])
    (series, _) = _live(runtime)
    assert series.tz == "Europe/Berlin"
    assert series.next_at == datetime(2026, 3, 5, 8, 0, tzinfo=UTC)
