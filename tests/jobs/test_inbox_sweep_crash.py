"""SIGKILL in the middle of a webhook burst, one restart: every acknowledged message is answered.

Real processes: `flowhub run` with jobs in process, or `flowhub run`, `flowhub worker` and
`flowhub scheduler` on Redis (rq), on SQLite and on PostgreSQL. A client plays WhatsApp: it
POSTs signed deliveries, one new sender each, from several connections; once part of them are
acknowledged every FlowHub process is killed with SIGKILL and started again once. Like Meta, the
client then delivers again what was not acknowledged. Every sender must be answered, each
event processed once, and the platform may see at most the sends that were in flight at the
kill twice (no platform API can tell whether those arrived; see test_worker_crash.py).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine
from sqlmodel import select

from flowhub.connectors.whatsapp import sign
from flowhub.storage import InboxEvent, Outbox, make_engine, migrate, session_scope
from tests.auxil.fake_graph import FakeGraph
from tests.auxil.servers import free_port
from tests.connectors.whatsapp import payloads
from tests.jobs.conftest import NUMBER
from tests.jobs.test_exactly_once import _env, _logs, _spawn, _stop

MESSAGES = 200
KILL_AFTER = 140  # acknowledged before the kill: more than the old start-up re-queue (100)
CONCURRENCY = 4  # FLOWHUB_SEND_CONCURRENCY: sends that may be in flight at the kill
SECRET = "app-secret"


@pytest.mark.parametrize("queue", ["in_process", "rq"])
def test_sigkill_mid_burst_every_acknowledged_message_is_answered_once(
    queue: str, database_url: str, graph: FakeGraph, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    redis_url = request.getfixturevalue("redis_url") if queue == "rq" else ""
    port = free_port()
    env = {
        **_env(database_url, redis_url, graph),
        "FLOWHUB_PORT": str(port),
        "FLOWHUB_DATA_DIR": str(tmp_path / "data"),
        "FLOWHUB_INBOX_LEASE_SECONDS": "2",
        "FLOWHUB_INBOX_SWEEP_INTERVAL": "0.5",
        "FLOWHUB_SEND_LEASE_SECONDS": "3",
        "FLOWHUB_SEND_CONCURRENCY": str(CONCURRENCY),
    }
    if not redis_url:
        del env["FLOWHUB_REDIS_URL"]
    engine = make_engine(database_url)
    migrate(engine)  # once, up front, so the processes never race to
    url = f"http://127.0.0.1:{port}/webhooks/whatsapp"
    senders = [f"4917{i:08d}" for i in range(MESSAGES)]
    bodies = {sender: _delivery(sender, i) for i, sender in enumerate(senders)}

    processes = _start(queue, env, tmp_path, port)
    try:
        acknowledged = _burst(url, bodies, processes)
        first = len(acknowledged)
        assert KILL_AFTER <= first < MESSAGES, f"the kill came too late ({first} acknowledged)"
        processes = _start(queue, env, tmp_path, port)
        # Meta delivers again what got no 200.
        again = _burst(url, {s: b for s, b in bodies.items() if s not in acknowledged}, [])
        assert len(again) == MESSAGES - first, _logs(tmp_path)
        _wait_until_settled(engine, graph, set(senders), tmp_path)
    finally:
        _stop(processes)

    answered = {message["to"] for message in graph.sent}
    sends = Counter((message["to"], json.dumps(message, sort_keys=True)) for message in graph.sent)
    twice = sum(n - 1 for n in sends.values())
    print(
        f"\n{queue}/{engine.dialect.name}: {first} of {MESSAGES} acknowledged before the kill,"
        f" {len(acknowledged & answered)} of them answered; all {len(answered)} of"
        f" {MESSAGES} answered after one restart; {twice} sends repeated"
    )
    assert answered == set(senders)
    assert twice <= CONCURRENCY and max(sends.values()) <= 2
    with session_scope(engine) as session:
        events = list(session.exec(select(InboxEvent)))
        replies = list(session.exec(select(Outbox)))
    engine.dispose()
    assert len(events) == MESSAGES and {e.status for e in events} == {"processed"}
    # Processed once: one run's replies per event, never a second set.
    per_event = Counter((row.source_event_id, row.body) for row in replies)
    assert max(per_event.values()) == 1
    assert {row.status for row in replies} == {"sent"}


def _start(
    queue: str, env: dict[str, str], folder: Path, port: int
) -> list[subprocess.Popen[bytes]]:
    processes = [_spawn(["run"], env, folder)]
    if queue == "rq":
        processes += [_spawn(["worker"], env, folder), _spawn(["scheduler"], env, folder)]
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            assert all(p.poll() is None for p in processes), _logs(folder)
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    return processes
            except httpx.TransportError:
                time.sleep(0.1)
        raise AssertionError(f"flowhub run did not answer /healthz within 120 s\n{_logs(folder)}")
    except BaseException:
        _stop(processes)  # a start that fails leaves nothing running
        raise


def _burst(url: str, bodies: dict[str, bytes], kill: list[subprocess.Popen[bytes]]) -> set[str]:
    """POST every body from 8 connections; SIGKILL `kill` after KILL_AFTER 200s. The 200s."""
    acknowledged: set[str] = set()
    lock = threading.Lock()
    local = threading.local()

    def post(sender: str) -> None:
        client = getattr(local, "client", None) or httpx.Client(timeout=30)
        local.client = client
        body = bodies[sender]
        headers = {"Content-Type": "application/json", "X-Hub-Signature-256": sign(body, SECRET)}
        try:
            answer = client.post(url, content=body, headers=headers)
        except httpx.TransportError:
            return
        if answer.status_code == 200:
            with lock:
                acknowledged.add(sender)

    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(post, sender) for sender in bodies]
        if kill:
            while len(acknowledged) < KILL_AFTER and not all(f.done() for f in futures):
                time.sleep(0.002)
            for process in kill:
                os.kill(process.pid, signal.SIGKILL)
            for process in kill:
                process.wait(timeout=10)
    return acknowledged


def _wait_until_settled(engine: Engine, graph: FakeGraph, senders: set[str], logs: Path) -> None:
    """Until every sender is answered and nothing is left to process or send, plus a moment."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if {m["to"] for m in graph.sent} >= senders:
            with session_scope(engine) as session:
                open_events = session.exec(
                    select(InboxEvent.id).where(InboxEvent.status == "received")
                ).first()
                open_sends = session.exec(select(Outbox.id).where(Outbox.status != "sent")).first()
            if open_events is None and open_sends is None:
                time.sleep(1)  # a late repeat would show up now
                return
        time.sleep(0.2)
    missing = len(senders - {m["to"] for m in graph.sent})
    raise AssertionError(f"{missing} senders not answered within 90 s\n{_logs(logs)}")


def _delivery(sender: str, index: int) -> bytes:
    message = payloads.text(
        "help", sender=sender, id=f"wamid.CRASH{index:06d}", timestamp=str(int(time.time()))
    )
    return payloads.encode(payloads.messages_delivery(message, number=NUMBER))
