"""One job registry: every name code queues is in `JOBS`, and every process kind runs them all."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

import pytest

from flowhub.bot.app import build_runtime, create_app
from flowhub.bot.dispatcher import Outcome
from flowhub.bot.jobs import JOBS
from flowhub.bot.queue import InlineQueue
from flowhub.bot.runtime import Runtime
from flowhub.connectors import Event
from flowhub.connectors.console import ConsoleConnector
from flowhub.integrations import INTEGRATIONS
from flowhub.integrations.connecting import FEED
from flowhub.settings import Settings

PACKAGE = Path(__file__).resolve().parents[2] / "flowhub"
MISSING = 10**9  # an id no row has: every job is a no-op on it


def _queued_names() -> tuple[set[str], set[str]]:
    """Job names in the code: literal names, and the literal starts of f-string names.

    Skills name follow-up work as `ctx.jobs.append((name, id))`; everything else queues with
    `.enqueue(name, ...)` or `.enqueue_in(seconds, name, ...)`.
    """
    names: set[str] = set()
    prefixes: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            name: ast.expr | None = None
            attr, args = node.func.attr, node.args
            if attr == "append" and isinstance(node.func.value, ast.Attribute):
                if node.func.value.attr == "jobs" and args and isinstance(args[0], ast.Tuple):
                    name = args[0].elts[0]
            elif attr == "enqueue" and args:
                name = args[0]
            elif attr == "enqueue_in" and len(args) > 1:
                name = args[1]
            if isinstance(name, ast.Constant) and isinstance(name.value, str):
                names.add(name.value)
            elif isinstance(name, ast.JoinedStr) and isinstance(name.values[0], ast.Constant):
                prefixes.add(str(name.values[0].value))
    return names, prefixes


def test_every_job_name_the_code_queues_is_in_jobs() -> None:
    names, prefixes = _queued_names()
    assert {"process_event", "deliver", "deliver_many", "push_task", "sync_task"} <= names
    assert names - set(JOBS) == set()
    assert prefixes == {"connect:", "oauth:"}
    # The connect skill names "connect:<tool>" for every tool and the feed, "oauth:<tool>" for
    # the tools that sign in with OAuth.
    assert {f"connect:{kind}" for kind in (*INTEGRATIONS, FEED)} <= set(JOBS)
    assert {f"oauth:{kind}" for kind, cls in INTEGRATIONS.items() if cls.oauth} <= set(JOBS)
    assert all(not name.startswith("oauth:") or INTEGRATIONS[name[6:]].oauth for name in JOBS)


def _settings(tmp_path: Path) -> Settings:
    return Settings(
        _env_file=None,
        database_url=f"sqlite:///{tmp_path / 'flowhub.db'}",
        default_timezone="Europe/Berlin",
    )


def _web(settings: Settings) -> Runtime:
    runtime = create_app(settings).state.runtime
    assert isinstance(runtime, Runtime)
    return runtime


def _worker(settings: Settings) -> Runtime:
    # As `flowhub.bot.jobs.runtime_for_worker` builds it (rq itself: tests/jobs/test_rq.py).
    return build_runtime(settings, background_scheduler=False)


def _scheduler(settings: Settings) -> Runtime:
    # As `flowhub scheduler` builds it.
    return build_runtime(settings, background_scheduler=False)


def _console(settings: Settings) -> Runtime:
    # As `flowhub chat` builds it.
    return build_runtime(
        settings,
        queue=InlineQueue(),
        connectors={"console": ConsoleConnector()},
        background_scheduler=False,
    )


@pytest.mark.parametrize("build", [_web, _worker, _scheduler, _console])
def test_every_process_kind_runs_every_job(build: object, tmp_path: Path) -> None:
    assert callable(build)
    runtime = build(_settings(tmp_path))
    assert isinstance(runtime, Runtime)
    for name in JOBS:
        runtime.run_job(name, (MISSING,))  # a name it did not know would raise LookupError
    with pytest.raises(LookupError, match=r"unknown job 'no_such_job'; known jobs: .*push_task"):
        runtime.run_job("no_such_job", (MISSING,))


def test_slack_timezone_is_known_without_any_slack_request(tmp_path: Path) -> None:
    runtime = _worker(_settings(tmp_path))
    runtime.run_job("slack_timezone", (MISSING,))


class _Recorded:
    """A queue that only remembers what was queued."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, tuple[int, ...]]] = []

    def enqueue(self, job: str, *args: int, queue: str | None = None) -> None:
        self.jobs.append((job, args))

    def enqueue_in(self, seconds: float, job: str, *args: int, queue: str | None = None) -> None:
        self.jobs.append((job, args))

    def start(self, run: object) -> None:
        pass

    def stop(self) -> None:
        pass


def test_a_follow_up_job_no_one_knows_fails_loudly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    queue = _Recorded()
    runtime = build_runtime(
        _settings(tmp_path),
        queue=queue,
        connectors={"console": ConsoleConnector()},
        background_scheduler=False,
    )
    event = Event(
        platform="console",
        account="local",
        chat="ana",
        sender_id="ana",
        sender_name="Ana",
        time=datetime.now(UTC),
        message_id="m-1",
        text="help",
    )
    event_id = runtime.receive(event)
    assert event_id is not None and queue.jobs == [("process_event", (event_id,))]
    monkeypatch.setattr(
        runtime.dispatcher,
        "dispatch",
        lambda **_: Outcome([], jobs=(("push_task", 7), ("no_such_job", 8))),
    )
    with pytest.raises(LookupError, match=r"unknown job 'no_such_job'; known jobs: "):
        runtime.process(event_id)
    assert queue.jobs[-1] == ("push_task", (7,))
