"""The production job queue: rq on Redis, worked by `flowhub worker` processes anywhere.

A job is `flowhub.bot.jobs.run(name, ids)`; its retry policy is data (`rq.Retry`). A job that
still fails after its retries lands in rq's failed registry, which `flowhub jobs failed` lists
and `flowhub jobs retry` re-queues.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from redis import Redis
from rq import Queue, Retry
from rq.exceptions import NoSuchJobError
from rq.job import Job

from flowhub.bot.queue import DELIVERY_PLATFORMS, Runner
from flowhub.metrics import QueueDepth

QUEUE_NAME = "flowhub"
JOB_FUNCTION = "flowhub.bot.jobs.run"
# Named queues besides the main one (deliveries per platform): workers listen on all of them.
NAMED_QUEUES = tuple(f"deliver-{platform}" for platform in DELIVERY_PLATFORMS)


class RQQueue:
    """Puts jobs on Redis queues; workers in other processes run them."""

    def __init__(self, redis_url: str, *, retry_delays: Sequence[int] = (2, 10, 60)) -> None:
        self.redis = Redis.from_url(redis_url)
        self.queue = Queue(QUEUE_NAME, connection=self.redis)
        self._named = {
            name: Queue(f"{QUEUE_NAME}-{name}", connection=self.redis) for name in NAMED_QUEUES
        }
        self._retry = (
            Retry(max=len(retry_delays), interval=list(retry_delays)) if retry_delays else None
        )

    @property
    def queues(self) -> list[Queue]:
        """Every queue a worker should listen on, the main one first."""
        return [self.queue, *self._named.values()]

    def start(self, run: Runner) -> None:
        """Nothing runs here: `flowhub worker` processes take the jobs."""

    def stop(self) -> None:
        """Close the Redis connection."""
        self.redis.close()

    def enqueue_in(self, seconds: float, job: str, *args: int, queue: str | None = None) -> None:
        """Queue `job(*args)` to run once `seconds` have passed (workers run rq's scheduler)."""
        self._queue(queue).enqueue_in(
            timedelta(seconds=max(seconds, 0.0)),
            JOB_FUNCTION,
            job,
            list(args),
            retry=self._retry,
            description=f"{job}{args}",
            failure_ttl=7 * 24 * 3600,
        )

    def enqueue(self, job: str, *args: int, queue: str | None = None) -> None:
        """Queue `job(*args)` for any worker."""
        self._queue(queue).enqueue(
            JOB_FUNCTION,
            job,
            list(args),
            retry=self._retry,
            description=f"{job}{args}",
            failure_ttl=7 * 24 * 3600,
        )

    def depths(self) -> list[QueueDepth]:
        """How many jobs wait on each Redis queue, and for how long the oldest has waited."""
        now, found = datetime.now(UTC), []
        for queue in self.queues:
            since = _enqueued_at(self.redis, queue.get_job_ids(0, 1))
            if since is not None and since.tzinfo is None:
                since = since.replace(tzinfo=UTC)  # rq keeps UTC without a zone
            lag = (now - since).total_seconds() if since is not None else 0.0
            found.append(QueueDepth(queue.name, queue.count, max(lag, 0.0)))
        return found

    def _queue(self, name: str | None) -> Queue:
        if name is None:
            return self.queue
        found = self._named.get(name)
        if found is None:
            raise ValueError(f"no rq queue {name!r}; known: {sorted(self._named)}")
        return found


def _enqueued_at(redis: Redis, job_ids: list[str]) -> datetime | None:
    """When the first of `job_ids` was queued; None when there is none (or it just ran)."""
    if not job_ids:
        return None
    try:
        return Job.fetch(job_ids[0], connection=redis).enqueued_at
    except NoSuchJobError:
        return None
