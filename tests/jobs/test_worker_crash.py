"""A worker killed with SIGKILL in the middle of a delivery job loses nothing.

The sends a dead worker had claimed but not finished are taken again once their lease runs
out, and the sends its job never reached are re-queued by the scheduler's sweep. What no
platform API allows is knowing whether a request in flight at the moment of the kill arrived,
so those few messages (at most one per chat being sent to, bounded by
FLOWHUB_SEND_CONCURRENCY) may arrive twice; everything else arrives exactly once, and the
outbox agrees with what the platform received.
"""

from __future__ import annotations

import os
import signal
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import select

from flowhub.storage import Outbox, ReminderOccurrence, make_engine, session_scope
from tests.auxil.fake_graph import FakeGraph
from tests.jobs.test_exactly_once import _body, _env, _seed, _spawn, _stop

PEOPLE, PER_PERSON = 10, 100
CONCURRENCY = 4


def test_sigkill_mid_batch_loses_nothing(
    fresh_postgres_url: str, redis_url: str, graph: FakeGraph, tmp_path: Path
) -> None:
    _seed(fresh_postgres_url, datetime.now(UTC) - timedelta(seconds=1), PEOPLE, PER_PERSON)
    graph.hang(0.02)  # slow sends, so the kill lands in the middle of a job
    env = {
        **_env(fresh_postgres_url, redis_url, graph),
        "FLOWHUB_SEND_LEASE_SECONDS": "3",
        "FLOWHUB_SEND_CONCURRENCY": str(CONCURRENCY),
    }
    scheduler = _spawn(["scheduler"], env, tmp_path)
    first = _spawn(["worker"], env, tmp_path)
    total = PEOPLE * PER_PERSON
    processes = [scheduler, first]
    try:
        deadline = time.monotonic() + 120
        while len(graph.requests) < 150 and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
        killed_at = len(graph.requests)
        assert 0 < killed_at < total
        graph.hang(0)
        processes.append(_spawn(["worker"], env, tmp_path))
        deadline = time.monotonic() + 240
        while len({_body(m) for m in graph.sent}) < total and time.monotonic() < deadline:
            time.sleep(0.5)
        time.sleep(5)  # a late duplicate would show up now
    finally:
        _stop(processes)

    received = Counter(_body(m) for m in graph.sent)
    assert len(received) == total  # nothing lost
    duplicates = [text for text, n in received.items() if n > 1]
    assert len(duplicates) <= CONCURRENCY and all(received[t] == 2 for t in duplicates)
    engine = make_engine(fresh_postgres_url)
    with session_scope(engine) as session:
        rows = list(session.exec(select(Outbox)))
        occurrences = len(session.exec(select(ReminderOccurrence)).all())
    engine.dispose()
    assert occurrences == total and len(rows) == total
    assert {row.status for row in rows} == {"sent"}
    issued = {
        r.answer["messages"][0]["id"]
        for r in graph.requests
        if r.status == 200 and isinstance(r.answer, dict) and r.answer.get("messages")
    }
    assert {row.platform_message_id for row in rows} <= issued
    assert Counter(row.body for row in rows) == Counter({text: 1 for text in received})
