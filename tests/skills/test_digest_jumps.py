"""Digests when the clock jumps past the digest hour: each day's still goes out, read as of it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from tests.conftest import ChatFactory


def _digests(texts: list[str]) -> list[str]:
    return [t for t in texts if t.startswith("☀️")]


def test_a_day_jumped_over_still_gets_its_digest(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 3, 4, 18, 0, tzinfo=UTC))  # 19:00 in Berlin
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    priya = chat_as("priya", "Priya", tz="Asia/Kolkata")
    for chat in (ana, priya):
        chat.say("digest 8am")
        for card in chat.say("pay the electricity bill tomorrow"):
            chat.press("Confirm", card)
        chat.collect()
    runtime.tick()
    for day in (5, 6):
        clock.advance(timedelta(days=1))
        runtime.tick()
        for chat in (ana, priya):
            (digest,) = _digests([m.text for m in chat.collect()])
            assert "electricity bill" in digest.lower()
            assert ("Overdue" in digest) == (day == 6), digest
    runtime.tick()
    assert _digests([m.text for m in ana.collect()]) == []


def test_a_digest_after_a_jump_comes_first_and_as_of_its_hour(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 3, 4, 18, 0, tzinfo=UTC))
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    ana.say("digest 8am")
    for card in ana.say("go to the Weber site visit tomorrow at 9am"):
        ana.press("Confirm", card)
    ana.say("remind me tomorrow at 9am to bring the tape measure")
    ana.collect()
    runtime.tick()
    clock.set(datetime(2026, 3, 5, 8, 5, tzinfo=UTC))  # 09:05 in Berlin
    runtime.tick()
    texts = [m.text for m in ana.collect()]
    (digest,) = _digests(texts)
    assert texts.index(digest) == 0, texts
    assert "site visit" in digest and "Overdue" not in digest, digest
    assert any("tape measure" in t for t in texts[1:]), texts
