"""The narrow protocol every connector implements: send one rendered reply, report the outcome."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from flowhub.connectors.types import Event, MediaRef, Reply, Target


@dataclass(frozen=True, slots=True)
class Delivery:
    """What the platform said about a send: its message id for later edits."""

    platform_message_id: str


class SendError(Exception):
    """A send failed. `retry_after` (seconds) is set when trying again later may work."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class DownloadError(Exception):
    """A file could not be fetched. `retry_after` is set when trying again later may work;
    `too_big` when the file is over the size cap (it is never fetched whole)."""

    def __init__(
        self, message: str, *, retry_after: float | None = None, too_big: bool = False
    ) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.too_big = too_big


class Connector(Protocol):
    """One chat platform's outbound side."""

    platform: str
    max_text: int

    def send(self, target: Target, reply: Reply, *, outbox_id: int) -> Delivery:
        """Deliver `reply` to `target`; raise `SendError` on failure."""
        ...


@runtime_checkable
class ReadReceipts(Protocol):
    """A connector that can show a sender their message was read (and that a reply is coming)."""

    def mark_read(self, event: Event, *, replying: bool) -> None:
        """Mark `event` read, with a typing indicator when `replying`; never raise."""
        ...


@runtime_checkable
class BatchSender(Protocol):
    """A connector that can look up, in one go, what sending to many targets needs."""

    def prepare(self, targets: Collection[Target]) -> None:
        """Get ready to send to `targets` (e.g. read their state in one query)."""
        ...


@runtime_checkable
class KeepsFiles(Protocol):
    """A connector that keeps files on this machine, to be deleted when they are old."""

    def sweep(self) -> int:
        """Delete the files past their time; how many went. Never raise."""
        ...


@runtime_checkable
class MediaSource(Protocol):
    """A connector that can fetch the files people send through it."""

    def download(self, account: str, ref: MediaRef, *, max_bytes: int) -> bytes:
        """The file's bytes, streamed and cut off past `max_bytes`; raise `DownloadError`."""
        ...
