"""The inbox sweep and failing events, on SQLite and PostgreSQL with a real runtime.

Events are stored the way a webhook stores them but never queued, which is what a crash
between the 200 and the job leaves behind.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from sqlmodel import select

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import MAX_PROCESS_ATTEMPTS, Runtime
from flowhub.bot.sweep import BATCH, InboxSweep
from flowhub.connectors import Event
from flowhub.connectors.codec import event_to_dict
from flowhub.connectors.console import ConsoleConnector
from flowhub.storage import InboxEvent, inbox, session_scope

LEASE = timedelta(seconds=60)


def _store(runtime: Runtime, clock: FixedClock, count: int, *, broken: bool = False) -> list[int]:
    rows = []
    for i in range(count):
        event = Event(
            platform="console", account="local", chat=f"dm-u{i}", sender_id=f"u{i}",
            time=clock.now(), message_id=f"m{i}", text="help",
        )  # fmt: skip
        rows.append(
            {
                "platform": "console", "account": "local", "message_id": f"m{i}",
                "chat": f"dm-u{i}", "sender_id": f"u{i}", "kind": "text", "text": "help",
                "event": {"platform": "console"} if broken else event_to_dict(event),
                "raw": {}, "received_at": clock.now(),
            }
        )  # fmt: skip
    with session_scope(runtime.engine) as session:
        ids = inbox.create_inbox_events(session=session, rows=rows)
    return [event_id for event_id in ids if event_id is not None]


def _rows(runtime: Runtime) -> list[InboxEvent]:
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(InboxEvent).order_by(InboxEvent.id)))  # type: ignore[arg-type]


def test_the_scheduler_processes_events_left_unqueued_once_the_lease_ran_out(
    runtime: Runtime, clock: FixedClock, console: ConsoleConnector
) -> None:
    _store(runtime, clock, 3)
    runtime.tick()
    assert {row.status for row in _rows(runtime)} == {"received"}  # within the lease
    clock.advance(LEASE + timedelta(seconds=1))
    runtime.tick()
    assert {row.status for row in _rows(runtime)} == {"processed"}
    assert {shown.chat for shown in console.shown} == {"dm-u0", "dm-u1", "dm-u2"}


def test_the_sweep_has_no_limit_and_leaves_a_backlog_alone_within_the_lease(
    runtime: Runtime, clock: FixedClock
) -> None:
    stored = _store(runtime, clock, BATCH * 2 + 17)
    batches: list[list[int]] = []
    sweep = InboxSweep(
        engine=runtime.engine, clock=clock, process=batches.append, lease=LEASE, interval=5
    )
    assert sweep.run() == 0
    clock.advance(LEASE + timedelta(seconds=1))
    assert sweep.run() == len(stored)
    assert [len(batch) for batch in batches] == [BATCH, BATCH, 17]
    assert sorted(i for batch in batches for i in batch) == sorted(stored)
    # Still queued (a backlog), not yet processed: not queued again within the lease.
    clock.advance(LEASE - timedelta(seconds=1))
    assert sweep.run() == 0
    clock.advance(timedelta(seconds=2))
    assert sweep.run() == len(stored)
    assert sweep.maybe_run() == 0  # the interval has not passed


def test_an_event_that_keeps_failing_is_marked_failed_listed_and_retried(
    runtime: Runtime,
    clock: FixedClock,
    console: ConsoleConnector,
    database_url: str,
    tmp_path: Path,
) -> None:
    [event_id] = _store(runtime, clock, 1, broken=True)
    runtime.queue.enqueue("process_event", event_id)
    [row] = _rows(runtime)
    assert (row.status, row.attempts) == ("failed", MAX_PROCESS_ATTEMPTS)
    assert row.error is not None and row.error.startswith(("KeyError", "TypeError"))

    listed = _flowhub(["jobs", "failed"], database_url, tmp_path)
    assert f"event:{event_id}" in listed and row.error.split(":")[0] in listed

    with session_scope(runtime.engine) as session:
        fixed = inbox.get_inbox_event(session=session, event_id=event_id)
        assert fixed is not None
        event = Event(
            platform="console", account="local", chat="dm-u0", sender_id="u0",
            time=clock.now(), message_id="m0", text="help",
        )  # fmt: skip
        fixed.event = event_to_dict(event)
        session.add(fixed)
    assert "Re-queued 1 job(s)" in _flowhub(
        ["jobs", "retry", f"event:{event_id}"], database_url, tmp_path
    )
    clock.advance(LEASE + timedelta(seconds=1))
    runtime.tick()  # the running runtime's sweep picks the reset event up
    [row] = _rows(runtime)
    assert (row.status, row.attempts, row.error) == ("processed", 0, None)
    assert {shown.chat for shown in console.shown} == {"dm-u0"}


def _flowhub(args: list[str], database_url: str, folder: Path) -> str:
    """Run `flowhub ARGS` as its own process on the test database; its output."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLOWHUB_")}
    done = subprocess.run(
        [sys.executable, "-m", "flowhub", *args],
        env={**env, "FLOWHUB_DATABASE_URL": database_url},
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout
