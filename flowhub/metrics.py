"""Operator metrics in Prometheus form, summed over every FlowHub process on the machine.

Metrics are off until `enable(directory)` runs (the CLI calls it when FLOWHUB_METRICS is on).
Each process then writes its counts to files in that directory (prometheus-client's
multiprocess mode), so web processes, workers and the scheduler are added up on one page;
`render` builds that page. While off, the recording functions do nothing. Imports nothing of
FlowHub.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from prometheus_client import Counter, Histogram

DIR_ENV = "PROMETHEUS_MULTIPROC_DIR"
# Seconds: a chat reply is expected in tens of milliseconds; a queue backed up shows in seconds.
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
_DELAY_BUCKETS = (0.1, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600)


@dataclass(frozen=True)
class QueueDepth:
    """How many jobs wait on one queue, and how long the oldest has waited (seconds)."""

    queue: str
    depth: int
    lag_seconds: float


@runtime_checkable
class ReportsDepth(Protocol):
    """A job queue that can say how full it is."""

    def depths(self) -> list[QueueDepth]:
        """Depth and lag of each queue it has."""
        ...


def enable(directory: str | Path) -> None:
    """Count in this process and the processes it starts, into files under `directory`."""
    path = Path(directory)
    path.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault(DIR_ENV, str(path))
    from prometheus_client import values

    if values.ValueClass is values.MutexValue:  # imported before the directory was known
        values.ValueClass = values.MultiProcessValue()
    _instruments.cache_clear()


def reset() -> None:
    """Build the instruments again on next use, from the environment as it is then."""
    _instruments.cache_clear()


def enabled() -> bool:
    """Whether this process counts."""
    return bool(os.environ.get(DIR_ENV))


@dataclass(frozen=True)
class _Instruments:
    inbound: Counter
    processed: Histogram
    waited: Histogram
    sent: Counter
    reminder_delay: Histogram
    job_failures: Counter


@cache
def _instruments() -> _Instruments | None:
    if not enabled():
        return None
    from prometheus_client import Counter, Histogram

    return _Instruments(
        inbound=Counter(
            "flowhub_inbound_deliveries",
            "Webhook deliveries by platform and outcome (accepted, refused, malformed, "
            "unavailable, error)",
            ["platform", "outcome"],
            registry=None,
        ),
        processed=Histogram(
            "flowhub_processing_seconds",
            "Time to turn one stored message into queued replies",
            ["platform"],
            buckets=_LATENCY_BUCKETS,
            registry=None,
        ),
        waited=Histogram(
            "flowhub_processing_lag_seconds",
            "Time from storing a message to the end of its processing",
            ["platform"],
            buckets=_LATENCY_BUCKETS,
            registry=None,
        ),
        sent=Counter(
            "flowhub_sends",
            "Replies sent to a chat platform by platform and outcome (sent, retry, failed)",
            ["platform", "outcome"],
            registry=None,
        ),
        reminder_delay=Histogram(
            "flowhub_reminder_delay_seconds",
            "Time from a reminder's due moment to its firing",
            buckets=_DELAY_BUCKETS,
            registry=None,
        ),
        job_failures=Counter(
            "flowhub_job_failures", "Job runs that raised, by job", ["job"], registry=None
        ),
    )


def inbound(platform: str, status: int) -> None:
    """Count one webhook delivery answered with HTTP `status`."""
    if (found := _instruments()) is not None:
        found.inbound.labels(platform, _outcome(status)).inc()


def processed(platform: str, seconds: float, waited_seconds: float) -> None:
    """Record one message's processing time and its time since it was stored."""
    if (found := _instruments()) is not None:
        found.processed.labels(platform).observe(max(seconds, 0.0))
        found.waited.labels(platform).observe(max(waited_seconds, 0.0))


def sent(platform: str, outcome: str) -> None:
    """Count one send: 'sent', 'retry' (tried again later) or 'failed' (given up)."""
    if (found := _instruments()) is not None:
        found.sent.labels(platform, outcome).inc()


def reminders_fired(delays: Iterable[float]) -> None:
    """Record how late each fired reminder went off, in seconds."""
    if (found := _instruments()) is not None:
        for delay in delays:
            found.reminder_delay.observe(max(delay, 0.0))


def job_failed(job: str) -> None:
    """Count one job run that raised."""
    if (found := _instruments()) is not None:
        found.job_failures.labels(job).inc()


def render(queues: Callable[[], Iterable[QueueDepth]] | None = None) -> tuple[bytes, str]:
    """The metrics page of every process, with the queues' depth and lag read now."""
    from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
    from prometheus_client.multiprocess import MultiProcessCollector

    registry = CollectorRegistry()
    if enabled():
        MultiProcessCollector(registry, path=os.environ[DIR_ENV])
    if queues is not None:
        registry.register(_QueueCollector(queues))
    return generate_latest(registry), CONTENT_TYPE_LATEST


def _outcome(status: int) -> str:
    if status < 400:
        return "accepted"
    if status in (401, 403):
        return "refused"
    if status == 503:
        return "unavailable"
    if status < 500:
        return "malformed"
    return "error"


class _QueueCollector:
    """Queue depth and lag, read from the queue when the page is asked for."""

    def __init__(self, queues: Callable[[], Iterable[QueueDepth]]) -> None:
        self._queues = queues

    def collect(self) -> Iterator[Any]:
        from prometheus_client.core import GaugeMetricFamily

        depth = GaugeMetricFamily("flowhub_queue_depth", "Jobs waiting, by queue", labels=["queue"])
        lag = GaugeMetricFamily(
            "flowhub_queue_lag_seconds", "Age of the oldest waiting job, by queue", labels=["queue"]
        )
        for found in self._queues():
            depth.add_metric([found.queue], found.depth)
            lag.add_metric([found.queue], found.lag_seconds)
        yield depth
        yield lag


__all__ = [
    "DIR_ENV",
    "QueueDepth",
    "ReportsDepth",
    "enable",
    "enabled",
    "inbound",
    "job_failed",
    "processed",
    "reminders_fired",
    "render",
    "reset",
    "sent",
]
