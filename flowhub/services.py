"""What a job is handed: the few services work after a message needs, built once per process.

A job (`flowhub.bot.jobs.JOBS`) is called as `fn(services, *ids)`. It reads and writes through
`engine`, asks `clock` for the time, reads `settings`, queues a reply to a person with `send`
and queues follow-up work with `queue.enqueue`. The runtime builds one `Services` per process;
code outside `flowhub.bot` gets this, never the runtime itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from flowhub.connectors import Reply
    from flowhub.settings import Settings


class Clock(Protocol):
    """Something that tells the time (aware, in UTC)."""

    def now(self) -> datetime:
        """Return the current instant."""
        ...


class Queue(Protocol):
    """Where follow-up jobs go: `enqueue(name, *ids)` runs job `name` later."""

    def enqueue(self, job: str, *args: int, queue: str | None = None) -> None:
        """Queue `job(*args)`."""
        ...


@dataclass(frozen=True)
class Services:
    """The engine, clock, settings, reply sender and job queue of one process."""

    engine: Engine
    clock: Clock
    settings: Settings
    send: Callable[[Reply], int]
    queue: Queue


__all__ = ["Clock", "Queue", "Services"]
