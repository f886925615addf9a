"""What an rq worker runs: one plain function, `run(name, ids)`, on this process's runtime.

A worker process builds its runtime once from the environment (FLOWHUB_* settings) and reuses
it for every job; handlers are idempotent, so a job that runs twice does no harm.
"""

from __future__ import annotations

import threading

from flowhub.bot.runtime import Runtime

_lock = threading.Lock()
_runtime: Runtime | None = None


def run(name: str, ids: list[int]) -> None:
    """Run job `name` with integer `ids` on this worker's runtime."""
    runtime_for_worker().run_job(name, tuple(ids))


def runtime_for_worker() -> Runtime:
    """This process's runtime, built on first use from the environment."""
    global _runtime
    with _lock:
        if _runtime is None:
            from flowhub.bot.app import build_runtime
            from flowhub.settings import Settings

            settings = Settings()
            if not settings.redis_url:
                raise RuntimeError(
                    "rq workers need FLOWHUB_REDIS_URL; set it to the Redis the app enqueues to"
                )
            _runtime = build_runtime(settings, background_scheduler=False)
        return _runtime
