"""What a job is handed: the few services work after a message needs, built once per process.

A job (`flowhub.bot.jobs.JOBS`) is called as `fn(services, *ids)`. It reads and writes through
`engine`, asks `clock` for the time, reads `settings`, queues a reply to a person with `send`
and queues follow-up work with `queue.enqueue`. Task-tool code (`flowhub.integrations`) reads
`tools`, plain configuration values, not the settings. The runtime builds one `Services` per
process; code outside `flowhub.bot` gets this, never the runtime itself.

`ToolConfig` is defined here rather than in `flowhub.integrations` because integrations import
this module; `flowhub.integrations.config.tool_config` builds it from the settings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from pydantic import SecretStr

from flowhub.meter import MemoryLimiter, Meter

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

    def enqueue_in(self, seconds: float, job: str, *args: int, queue: str | None = None) -> None:
        """Queue `job(*args)` to run no sooner than `seconds` from now."""
        ...


@dataclass(frozen=True)
class ToolConfig:
    """The configuration task tools need, as plain values (built by `integrations.config`).

    `oauth_clients` maps an OAuth provider's name (`google`, `asana`, ...) to its client id and
    secret, for the providers that have both configured; `login_hosts` a provider's sign-in host
    where the server names another than its default (a Salesforce sandbox). `meter` holds the
    tools' rate limits (in Redis when configured, so every process shares each account's budget);
    `daily_calls` a tool's calls a day per account, where they depend on the account's plan
    (monday.com).
    """

    data_dir: Path
    env: Literal["dev", "production"]
    public_url: str
    secret_key: SecretStr | None
    integrations_base_url: str | None
    integrations_timeout: float
    integrations_max_wait: float
    outbound_allowed_hosts: tuple[str, ...]
    oauth_clients: Mapping[str, tuple[str, SecretStr]]
    meter: Meter = field(default_factory=MemoryLimiter)
    login_hosts: Mapping[str, str] = field(default_factory=dict)  # provider -> https origin
    daily_calls: Mapping[str, int] = field(default_factory=dict)  # tool kind -> calls a day


@dataclass(frozen=True)
class Services:
    """The engine, clock, settings, tool configuration, reply sender and job queue of a process."""

    engine: Engine
    clock: Clock
    settings: Settings
    tools: ToolConfig
    send: Callable[[Reply], int]
    queue: Queue


__all__ = ["Clock", "Queue", "Services", "ToolConfig"]
