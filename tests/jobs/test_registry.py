"""One job registry: every name code queues is in `JOBS`, and every process kind runs them all."""

from __future__ import annotations

import ast
import importlib
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
from flowhub.skills.jobs import SKILL_JOBS, connect_job, name_of

PACKAGE = Path(__file__).resolve().parents[2] / "flowhub"
MISSING = 10**9  # an id no row has: every job is a no-op on it


def _calls(attr: str) -> list[tuple[Path, ast.Call]]:
    """Every call of a method named `attr` in the package."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            is_method = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            if is_method and node.func.attr == attr:  # type: ignore[union-attr]
                found.append((path, node))  # type: ignore[arg-type]
    return found


def _queued_names() -> set[str]:
    """Job names queued by name: `.enqueue(name, ...)` and `.enqueue_in(seconds, name, ...)`."""
    names: set[str] = set()
    for attr, position in (("enqueue", 0), ("enqueue_in", 1)):
        for _, call in _calls(attr):
            if len(call.args) > position:
                name = call.args[position]
                if isinstance(name, ast.Constant) and isinstance(name.value, str):
                    names.add(name.value)
    return names


def test_every_job_name_the_code_queues_is_in_jobs() -> None:
    names = _queued_names()
    assert {"process_event", "deliver", "deliver_many"} <= names
    assert names - set(JOBS) == set()
    assert {f"connect:{kind}" for kind in (*INTEGRATIONS, FEED)} <= set(JOBS)
    assert {f"oauth:{kind}" for kind, cls in INTEGRATIONS.items() if cls.oauth} <= set(JOBS)
    assert all(not name.startswith("oauth:") or INTEGRATIONS[name[6:]].oauth for name in JOBS)
    assert set(SKILL_JOBS) <= set(JOBS)


def test_skills_queue_work_by_function_and_every_one_is_a_job() -> None:
    """`ctx.later(module.fn, id)` names a listed job; connect jobs come from their lookups."""
    later = _calls("later")
    assert len(later) >= 8
    for path, call in later:
        target = call.args[0]
        if isinstance(target, ast.Call):
            assert isinstance(target.func, ast.Name), path
            assert target.func.id in ("connect_job", "sign_in_job"), path
            continue
        assert isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name), path
        module = importlib.import_module(f"flowhub.skills.{target.value.id}")
        assert name_of(getattr(module, target.attr)) in JOBS, (path, target.attr)
    for name, fn in SKILL_JOBS.items():
        assert name_of(fn) == name
    assert name_of(connect_job("todoist")) == "connect:todoist"
    with pytest.raises(LookupError, match="SKILL_JOBS"):
        name_of(_settings)


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
