"""Clocks: every "now" in FlowHub comes from one of these, always aware and in UTC."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Something that tells the time."""

    def now(self) -> datetime:
        """Return the current instant, aware, in UTC."""
        ...


class SystemClock:
    """The machine's clock."""

    def now(self) -> datetime:
        """Return the current instant, aware, in UTC."""
        return datetime.now(UTC)


class FixedClock:
    """A clock that only moves when told to: for tests."""

    def __init__(self, at: datetime) -> None:
        self._at = _require_aware(at)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        """Return the instant this clock is set to."""
        with self._lock:
            return self._at

    def set(self, at: datetime) -> None:
        """Jump to `at`."""
        with self._lock:
            self._at = _require_aware(at)

    def advance(self, delta: timedelta) -> datetime:
        """Move forward by `delta` and return the new instant."""
        with self._lock:
            self._at += delta
            return self._at


class OffsetClock:
    """The system clock shifted by an adjustable offset: the playground's dev clock."""

    def __init__(self) -> None:
        self._offset = timedelta()
        self._lock = threading.Lock()

    def now(self) -> datetime:
        """Return the system time plus the offset."""
        with self._lock:
            return datetime.now(UTC) + self._offset

    def advance(self, delta: timedelta) -> datetime:
        """Shift the clock forward by `delta` and return the new instant."""
        with self._lock:
            self._offset += delta
        return self.now()

    def reset(self) -> datetime:
        """Go back to the system time."""
        with self._lock:
            self._offset = timedelta()
        return self.now()


def _require_aware(at: datetime) -> datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"clock time {at!r} is naive; pass an aware datetime (e.g. tzinfo=UTC)")
    return at.astimezone(UTC)
