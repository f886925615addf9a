"""The daily digest: once per person per local day, at their hour, skipped when empty."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from tests.conftest import ChatFactory

ZONES = {
    "ana": "Europe/Berlin",
    "sam": "America/New_York",
    "priya": "Asia/Kolkata",
    "kai": "Pacific/Auckland",
    "leo": "America/Los_Angeles",
}


def test_digest_once_per_local_day_at_the_local_hour(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 3, 4, 0, 30, tzinfo=UTC))
    chats = {}
    for user, zone in ZONES.items():
        chat = chat_as(user, user.title(), tz=zone)
        chats[user] = chat
        chat.say("digest 8am")
        for card in chat.say("pay the electricity bill tomorrow"):
            chat.press("Confirm", card)
        chat.collect()
    sent: dict[str, list[datetime]] = {user: [] for user in ZONES}
    start = clock.now()
    while clock.now() < start + timedelta(hours=48):
        runtime.tick()
        for user, chat in chats.items():
            for message in chat.collect():
                if message.text.startswith("☀️"):
                    sent[user].append(clock.now())
        clock.advance(timedelta(minutes=15))
    for user, zone in ZONES.items():
        # The bill is due on one local morning and overdue on the next: one digest each day.
        local = [at.astimezone(ZoneInfo(zone)) for at in sent[user]]
        assert local, user
        assert all((at.hour, at.minute) == (8, 0) for at in local), (user, local)
        assert len({at.date() for at in local}) == len(local), (user, local)


def test_digest_lists_today_overdue_and_given(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    chat_as("sam", "Sam", tz="Europe/Berlin")
    for text in (
        "renew the car insurance tomorrow",
        "file the tax return today at 11am",
        "ask Sam to order the new chairs by friday",
    ):
        for card in ana.say(text):
            ana.press("Confirm", card)
    ana.collect()
    clock.set(datetime(2026, 3, 5, 7, 0, tzinfo=UTC))  # 08:00 in Berlin
    runtime.tick()
    (digest,) = [m for m in ana.collect() if m.text.startswith("☀️")]
    assert "Due today" in digest.text and "Renew the car insurance" in digest.text
    assert "Overdue" in digest.text and "File the tax return" in digest.text
    assert "Waiting on others" in digest.text and "Order the new chairs" in digest.text
    assert "done:" in digest.buttons[0].id
    ana.say("done 1")
    assert "done: Renew the car insurance" in ana.messages()[-1].text


def test_no_digest_when_nothing_to_say(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    clock.set(datetime(2026, 3, 5, 7, 0, tzinfo=UTC))
    runtime.tick()
    assert ana.collect() == []
