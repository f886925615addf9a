"""The inbox sweep: re-queues stored events that were not processed within their lease.

A webhook answers 200 once the event is stored, so an event whose job was lost (a process
killed with jobs in its memory queue, a worker killed mid-job, a crash between store and
enqueue) must still be processed. The sweep finds events still `received` whose last queueing
is older than the lease and queues them again, a batch at a time and with no overall limit.
Queueing an event twice is harmless: processing locks the row and skips it unless it is still
`received`. Each re-queue moves the event's `queued_at`, so a long queue backlog is not
re-queued on every pass.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import Engine

from flowhub.bot.clock import Clock
from flowhub.storage import inbox, session_scope

log = logging.getLogger(__name__)
BATCH = 500


class InboxSweep:
    """Re-queues unprocessed events; `maybe_run` sweeps at most once per interval."""

    def __init__(
        self,
        *,
        engine: Engine,
        clock: Clock,
        process: Callable[[list[int]], None],
        lease: timedelta,
        interval: float,
    ) -> None:
        self._engine = engine
        self._clock = clock
        self._process = process
        self._lease = lease
        self._interval = timedelta(seconds=interval)
        self._last: datetime | None = None

    def maybe_run(self) -> int:
        """Sweep if the interval has passed since the last sweep; return events re-queued."""
        now = self._clock.now()
        if self._last is not None and now - self._last < self._interval:
            return 0
        self._last = now
        return self.run()

    def run(self, lease: timedelta | None = None) -> int:
        """Re-queue every event not processed within `lease` (default: the sweep's lease)."""
        lease = self._lease if lease is None else lease
        # One instant for the whole run: rows claimed in a batch are queued as of `now`, so a
        # later batch (even with a zero lease) cannot claim them again.
        now = self._clock.now()
        total = 0
        while True:
            with session_scope(self._engine) as session:
                event_ids = inbox.claim_stale_events(
                    session=session, now=now, lease=lease, limit=BATCH
                )
            if event_ids:
                self._process(event_ids)
            total += len(event_ids)
            if len(event_ids) < BATCH:
                break
        if total:
            log.warning("re-queued %d inbound events not processed in time", total)
        return total
