"""A send whose claim outlived its lease (it waited behind a long batch) is not sent twice."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import select

from flowhub.bot.clock import FixedClock
from flowhub.bot.queue import Runner
from flowhub.connectors import Reply, Target
from flowhub.storage import Outbox, session_scope
from tests.auxil.fake_graph import FakeGraph
from tests.jobs.conftest import NUMBER, whatsapp_runtime

LEASE = 30.0


class HeldQueue:
    """A job queue that only records: the test decides which worker delivers what, and when."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, tuple[int, ...]]] = []

    def start(self, run: Runner) -> None:
        """Nothing runs on its own."""

    def stop(self) -> None:
        """Nothing to stop."""

    def enqueue(self, job: str, *args: int, queue: str | None = None) -> None:
        """Record the job."""
        self.jobs.append((job, args))

    def enqueue_in(self, seconds: float, job: str, *args: int, queue: str | None = None) -> None:
        """Record the job."""
        self.jobs.append((job, args))


def _statuses(engine: Engine) -> list[str]:
    with session_scope(engine) as session:
        return [row.status for row in session.exec(select(Outbox).order_by(Outbox.id))]  # type: ignore[arg-type]


def test_a_claim_that_outlived_its_lease_leaves_the_send_to_the_worker_that_took_it(
    tmp_path: Path, engine: Engine, clock: FixedClock, graph: FakeGraph
) -> None:
    runtime = whatsapp_runtime(
        tmp_path, engine, clock, graph, queue=HeldQueue(), send_lease_seconds=LEASE
    )
    chat = Target("whatsapp", NUMBER, "491510000001")
    first = runtime.send(Reply("first", to=chat))
    second = runtime.send(Reply("second", to=chat))
    graph.hang(2.0)  # the first send is slow: the second waits its turn behind it
    slow = threading.Thread(target=runtime.deliver_many, args=(first, second))
    slow.start()
    deadline = time.monotonic() + 10
    while _statuses(engine) != ["sending", "sending"] and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _statuses(engine) == ["sending", "sending"]
    clock.advance(timedelta(seconds=LEASE + 1))  # the second's claim runs out
    graph.hang(0)
    runtime.deliver(second)  # the sweep's worker takes it and sends it
    slow.join(timeout=15)
    runtime.stop()

    # Each once, whichever finished first: without the lease check "second" goes out twice.
    assert sorted(body["text"]["body"] for body in graph.sent) == ["first", "second"]
    assert _statuses(engine) == ["sent", "sent"]
