"""When each WhatsApp chat last wrote to a number: the start of its 24-hour window, cached.

A time that keeps the window open for another hour is remembered: it can only grow, so a
remembered one never closes a window that is open, and a burst of sends skips the lookups.
`prefetch` reads a whole delivery batch's chats in one query; what it found (an open window or
none) is trusted for a few seconds, long enough for the batch it was read for. The times come
from `read`, a function the app factory passes in (storage's record of inbound messages).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta

KEEP_OPEN = timedelta(hours=23)
FRESH = timedelta(seconds=5)
Key = tuple[str, str]
# (phone_number_id, wa_id) pairs -> when each last wrote; pairs that never wrote are left out.
Read = Callable[[set[Key]], Mapping[Key, datetime]]


class InboundWindows:
    """`windows(account, chat)` is when `chat` last wrote to number `account`, or None."""

    def __init__(self, read: Read, now: Callable[[], datetime]) -> None:
        self._read = read
        self._now = now
        self._lock = threading.Lock()
        self._known: dict[Key, tuple[datetime | None, datetime]] = {}

    def __call__(self, account: str, chat: str) -> datetime | None:
        now = self._now()
        with self._lock:
            cached = self._known.get((account, chat))
        if cached is not None:
            last, read_at = cached
            if (last is not None and last + KEEP_OPEN > now) or now - read_at < FRESH:
                return last
        self.prefetch([(account, chat)])
        with self._lock:
            return self._known[(account, chat)][0]

    def prefetch(self, keys: Iterable[Key]) -> None:
        """Read the windows of many chats at once (those not already known to be open)."""
        now = self._now()
        with self._lock:
            wanted = {
                key
                for key in keys
                if not ((known := self._known.get(key)) and known[0] and known[0] + KEEP_OPEN > now)
            }
        if not wanted:
            return
        found = self._read(wanted)
        with self._lock:
            for key in wanted:
                self._known[key] = (found.get(key), now)
