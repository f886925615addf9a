"""Sends through a platform outage: backoff on the injected clock, every reply once, and a
reply that fails for good owned up to in the person's next conversation."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from flowhub.bot.clock import FixedClock
from flowhub.bot.retry import retry_delay
from flowhub.bot.runtime import Runtime
from flowhub.connectors import Event, Reply, Target
from flowhub.storage import Outbox, session_scope
from tests.auxil.fake_graph import FakeGraph
from tests.jobs.conftest import NUMBER, whatsapp_runtime

REPLIES = 30
OUTAGE = timedelta(minutes=10)
STEP = timedelta(seconds=10)  # the scheduler's sweep looks for due sends every 10 s


def _rows(runtime: Runtime) -> list[Outbox]:
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(Outbox).order_by(Outbox.id)))  # type: ignore[arg-type]


def test_a_ten_minute_outage_loses_nothing_and_duplicates_nothing(
    tmp_path: Path, engine: Engine, clock: FixedClock, graph: FakeGraph
) -> None:
    runtime = whatsapp_runtime(tmp_path, engine, clock, graph)
    try:
        for _ in range(REPLIES * 40):  # the platform is down: 500s and 429s, alternating
            graph.fail(500)
            graph.fail(429)
        outage_end = clock.now() + OUTAGE
        for i in range(REPLIES):
            runtime.send(Reply(f"reply {i}", to=Target("whatsapp", NUMBER, f"4915100000{i:02d}")))
        while clock.now() < outage_end:
            clock.advance(STEP)
            runtime.tick()
        failed_during_outage = len(graph.requests)
        assert graph.sent == [] and failed_during_outage >= REPLIES * 5
        graph.reset()  # the platform recovers
        recovered = clock.now()
        while len(graph.sent) < REPLIES and clock.now() - recovered < timedelta(minutes=5):
            clock.advance(STEP)
            runtime.tick()
        took = clock.now() - recovered
        for _ in range(30):  # ten more minutes of sweeps: nothing is sent again
            clock.advance(STEP)
            runtime.tick()
    finally:
        runtime.stop()
    bodies = Counter(m["text"]["body"] for m in graph.sent)
    assert sorted(bodies) == sorted(f"reply {i}" for i in range(REPLIES))
    assert set(bodies.values()) == {1}
    assert took <= timedelta(minutes=3)
    rows = _rows(runtime)
    assert [r.status for r in rows] == ["sent"] * REPLIES
    assert len({r.platform_message_id for r in rows}) == REPLIES
    print(
        f"\noutage: {REPLIES} replies queued, {failed_during_outage} failed attempts in "
        f"{OUTAGE}, {len(graph.sent)} delivered, {max(bodies.values())} copy each, last one "
        f"{took.total_seconds():.0f} s after recovery"
    )


def test_a_permanent_refusal_is_final_at_once(
    tmp_path: Path, engine: Engine, clock: FixedClock, graph: FakeGraph
) -> None:
    runtime = whatsapp_runtime(tmp_path, engine, clock, graph)
    try:
        graph.fail(100)  # Invalid parameter: retrying cannot help
        runtime.send(Reply("refused", to=Target("whatsapp", NUMBER, "491510000001")))
        clock.advance(timedelta(minutes=5))
        runtime.tick()
    finally:
        runtime.stop()
    ((row),) = _rows(runtime)
    assert (row.status, row.attempts, len(graph.requests)) == ("failed", 1, 1)


def test_a_reply_past_the_horizon_is_owned_up_to_once(
    tmp_path: Path, engine: Engine, clock: FixedClock, graph: FakeGraph
) -> None:
    runtime = whatsapp_runtime(tmp_path, engine, clock, graph, send_retry_horizon_hours=0.25)
    user = "491510000002"
    try:
        graph.fail(500, times=1000)
        runtime.send(Reply("Call Bob about the invoice", to=Target("whatsapp", NUMBER, user)))
        for _ in range(12):  # 20 minutes: past the 15-minute horizon
            clock.advance(timedelta(minutes=1, seconds=40))
            runtime.tick()
        ((row),) = _rows(runtime)
        assert row.status == "failed" and row.attempts > 5
        graph.reset()
        for n in (1, 2):
            runtime.receive(
                Event(
                    platform="whatsapp",
                    account=NUMBER,
                    chat=user,
                    sender_id=user,
                    time=clock.now(),
                    message_id=f"wamid.in{n}",
                    text="help",
                )
            )
    finally:
        runtime.stop()
    texts = [m["text"]["body"] for m in graph.sent if m.get("type") == "text"]
    owned_up = [t for t in texts if "Call Bob about the invoice" in t]
    assert len(owned_up) == 1 and "couldn't deliver" in owned_up[0]
    assert texts.index(owned_up[0]) == 0  # the next conversation starts with it


@pytest.mark.parametrize("attempt", [1, 2, 5, 8, 30, 700])
def test_backoff_doubles_with_jitter_up_to_the_cap(attempt: int) -> None:
    low = retry_delay(attempt, max_wait=120, rand=lambda: 0.0)
    high = retry_delay(attempt, max_wait=120, rand=lambda: 0.999999)
    ceiling = min(120, 2 ** (attempt - 1))
    assert low == pytest.approx(ceiling / 2) and high == pytest.approx(ceiling, rel=1e-5)
    assert retry_delay(attempt, max_wait=120, asked=300, rand=lambda: 0.5) == 300
