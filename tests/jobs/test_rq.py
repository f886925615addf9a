"""The rq backend against a real Redis: workers in other processes, retries, the failed list."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from rq.registry import FailedJobRegistry
from sqlmodel import select

from flowhub.bot.app import build_runtime
from flowhub.bot.rq_queue import RQQueue
from flowhub.connectors import Event
from flowhub.settings import Settings
from flowhub.storage import InboxEvent, Outbox, session_scope


def _flowhub(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FLOWHUB_")}
    return subprocess.run(
        [sys.executable, "-m", "flowhub", *args],
        env={**clean, **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def _env(database_url: str, redis_url: str) -> dict[str, str]:
    return {
        "FLOWHUB_DATABASE_URL": database_url,
        "FLOWHUB_REDIS_URL": redis_url,
        "FLOWHUB_JOB_RETRY_DELAYS": "[0, 0]",
        "FLOWHUB_DEFAULT_TIMEZONE": "Europe/Berlin",
    }


def test_worker_processes_events_and_sends_replies(
    database_url: str, redis_url: str, tmp_path: Path
) -> None:
    settings = Settings(
        _env_file=None,
        database_url=database_url,
        redis_url=redis_url,
        default_timezone="Europe/Berlin",
    )
    runtime = build_runtime(settings)
    assert isinstance(runtime.queue, RQQueue)
    event = Event(
        platform="playground",
        account="local",
        chat="dm-ana",
        sender_id="ana",
        sender_name="Ana",
        time=datetime.now(UTC),
        message_id="rq-1",
        text="pay the rent tomorrow at 10am",
    )
    assert runtime.receive(event) is not None
    assert runtime.receive(event) is None  # a platform retry is a no-op
    assert runtime.queue.queue.count == 1

    result = _flowhub("worker", "--burst", env=_env(database_url, redis_url), cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    with session_scope(runtime.engine) as session:
        (row,) = session.exec(select(InboxEvent)).all()
        assert row.status == "processed"
        (card,) = session.exec(select(Outbox)).all()
        assert card.status == "sent" and "Pay the rent" in card.body
    assert runtime.queue.queue.count == 0


def test_failed_jobs_are_listed_and_retried(
    database_url: str, redis_url: str, tmp_path: Path
) -> None:
    queue = RQQueue(redis_url, retry_delays=(0,))
    queue.enqueue("no_such_job", 1)
    env = _env(database_url, redis_url)
    assert _flowhub("migrate", env=env, cwd=tmp_path).returncode == 0
    result = _flowhub("worker", "--burst", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    registry = FailedJobRegistry(queue=queue.queue)
    assert len(registry.get_job_ids()) == 1

    listed = _flowhub("jobs", "failed", env=env, cwd=tmp_path)
    assert listed.returncode == 0 and "no_such_job" in listed.stdout
    assert "unknown job" in listed.stdout

    retried = _flowhub("jobs", "retry", "--all", env=env, cwd=tmp_path)
    assert retried.returncode == 0 and "Re-queued 1" in retried.stdout
    assert registry.get_job_ids() == [] and queue.queue.count == 1


def test_a_worker_process_knows_every_job(
    database_url: str, redis_url: str, tmp_path: Path
) -> None:
    from flowhub.bot.jobs import JOBS

    queue = RQQueue(redis_url, retry_delays=(0,))
    missing = 10**9  # an id no row has: every job is a no-op on it
    for name in JOBS:
        queue.enqueue(name, missing)
    queue.enqueue("no_such_job", missing)
    env = _env(database_url, redis_url)
    assert _flowhub("migrate", env=env, cwd=tmp_path).returncode == 0
    result = _flowhub("worker", "--burst", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    registry = FailedJobRegistry(queue=queue.queue)
    failed = [queue.queue.fetch_job(job_id) for job_id in registry.get_job_ids()]
    assert [job.args[0] for job in failed if job is not None] == ["no_such_job"]
    last = failed[0].latest_result() if failed[0] is not None else None
    assert last is not None
    assert "LookupError: unknown job 'no_such_job'" in (last.exc_string or "")
    assert queue.queue.count == 0
