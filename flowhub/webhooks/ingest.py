"""Group commit for webhooks: events from concurrent deliveries share one inbox transaction.

A webhook answers only once its events are stored, so under load the commit is what every
request waits for. Rather than one transaction per delivery, the first delivery's events are
written at once and whatever arrives during that write goes in the next transaction, together.
A lone delivery waits for nothing extra; a busy second pays one commit for many deliveries.
One writer at a time: measured on PostgreSQL, several concurrent writers were slower.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence

from starlette.concurrency import run_in_threadpool

from flowhub.connectors import Event

log = logging.getLogger(__name__)
Store = Callable[[Sequence[Event]], list[int | None]]
MAX_BATCH = 500


class GroupCommit:
    """Stores events for async callers, batching those that arrive while a write runs."""

    def __init__(self, store: Store, *, max_batch: int = MAX_BATCH) -> None:
        self._store = store
        self._max_batch = max_batch
        self._waiting: list[tuple[Event, asyncio.Future[int | None]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def store(self, events: Sequence[Event]) -> list[int | None]:
        """Store `events`; per event its inbox id, or None when it was stored before.

        Raises what the storage raised when the events could not be stored.
        """
        if not events:
            return []
        loop = asyncio.get_running_loop()
        futures = [loop.create_future() for _ in events]
        self._waiting.extend(zip(events, futures, strict=True))
        if self._writer is None or self._writer.done():
            self._writer = loop.create_task(self._write())
        results = await asyncio.gather(*futures, return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                raise result
        return [result for result in results if not isinstance(result, BaseException)]

    async def _write(self) -> None:
        while self._waiting:
            batch = self._waiting[: self._max_batch]
            del self._waiting[: self._max_batch]
            if len(batch) > 1:
                try:
                    ids = await run_in_threadpool(self._store, [event for event, _ in batch])
                except Exception:
                    # One bad event must not fail its neighbours: store them one at a time.
                    log.warning("storing %d events together failed; trying each alone", len(batch))
                else:
                    for (_, future), event_id in zip(batch, ids, strict=True):
                        _settle(future, event_id)
                    continue
            for event, future in batch:
                try:
                    [event_id] = await run_in_threadpool(self._store, [event])
                except Exception as exc:
                    log.exception("event %s:%s not stored", event.platform, event.message_id)
                    _settle(future, error=exc)
                else:
                    _settle(future, event_id)


class StorageUnavailable(RuntimeError):
    """The inbox could not store an event; the platform should deliver it again later."""


def _settle(
    future: asyncio.Future[int | None],
    event_id: int | None = None,
    *,
    error: Exception | None = None,
) -> None:
    if future.done():  # the caller went away (a client disconnect cancels its request)
        return
    if error is None:
        future.set_result(event_id)
        return
    failure = StorageUnavailable(f"the inbox could not store the event: {error}")
    failure.__cause__ = error
    future.set_exception(failure)
