"""Every job, in one registry, and what an rq worker runs: `run(name, ids)`.

`JOBS` maps a job's name (as queued, in memory or in Redis) to an importable function called
as `fn(services, *ids)` with the process's `Services`. Every process kind (web, worker,
scheduler, console) imports this module, so each knows every job; an unknown name raises.

A worker process builds its runtime once from the environment (FLOWHUB_* settings) and reuses
it for every job; handlers are idempotent, so a job that runs twice does no harm.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from flowhub.services import Services
from flowhub.skills.jobs import SKILL_JOBS
from flowhub.skills.media_retry import READ_MEDIA

if TYPE_CHECKING:
    from flowhub.bot.runtime import Runtime

Job = Callable[..., None]


@dataclass(frozen=True)
class RuntimeServices(Services):
    """The services a runtime hands to jobs; its own jobs (processing, delivery) reach it here."""

    runtime: Runtime


def _runtime(services: Services) -> Runtime:
    if not isinstance(services, RuntimeServices):
        raise TypeError("the runtime's own jobs need the services of a runtime")
    return services.runtime


def process_event(services: Services, event_id: int) -> None:
    """Turn a stored inbound event into queued replies (`Runtime.process`)."""
    _runtime(services).process(event_id)


def deliver(services: Services, outbox_id: int) -> None:
    """Send one queued reply (`Runtime.deliver`)."""
    _runtime(services).deliver(outbox_id)


def deliver_many(services: Services, *outbox_ids: int) -> None:
    """Send a batch of queued replies (`Runtime.deliver_many`)."""
    _runtime(services).deliver_many(*outbox_ids)


def read_media(services: Services, media_id: int) -> None:
    """Read a file someone sent and answer what it says (`media_job.read_media`)."""
    from flowhub.bot.media_job import read_media as read  # it reads through the runtime

    read(_runtime(services), media_id)


JOBS: Mapping[str, Job] = {
    "process_event": process_event,
    "deliver": deliver,
    "deliver_many": deliver_many,
    READ_MEDIA: read_media,
    **SKILL_JOBS,
}
if len(JOBS) != 4 + len(SKILL_JOBS):
    raise RuntimeError("a skill job reuses a runtime job's name; rename it in SKILL_JOBS")


def job(name: str) -> Job:
    """The function of job `name`; LookupError, listing the known jobs, when there is none."""
    try:
        return JOBS[name]
    except KeyError:
        raise LookupError(f"unknown job {name!r}; known jobs: {sorted(JOBS)}") from None


_lock = threading.Lock()
_worker: Runtime | None = None


def run(name: str, ids: list[int]) -> None:
    """Run job `name` with integer `ids` on this worker's runtime."""
    runtime_for_worker().run_job(name, tuple(ids))


def runtime_for_worker() -> Runtime:
    """This process's runtime, built on first use from the environment."""
    global _worker
    with _lock:
        if _worker is None:
            from flowhub.bot.app import build_runtime
            from flowhub.settings import Settings

            settings = Settings()
            if not settings.redis_url:
                raise RuntimeError(
                    "rq workers need FLOWHUB_REDIS_URL; set it to the Redis the app enqueues to"
                )
            _worker = build_runtime(settings, background_scheduler=False)
        return _worker


__all__ = ["JOBS", "Job", "RuntimeServices", "job", "run", "runtime_for_worker"]
