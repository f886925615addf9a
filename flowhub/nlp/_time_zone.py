"""Zone lookup and DST-safe construction of local datetimes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo


@lru_cache(maxsize=256)
def zone(name: str) -> ZoneInfo:
    """The (cached) ZoneInfo for an IANA name."""
    return ZoneInfo(name)


def localize(naive: datetime, tz: tzinfo) -> datetime:
    """Attach `tz` to a wall-clock time, resolving DST gaps and overlaps.

    A wall time that does not exist (inside a spring-forward gap) moves forward by the gap,
    e.g. 02:30 becomes 03:30; an ambiguous one (fall-back overlap) takes the first occurrence.
    """
    first = naive.replace(tzinfo=tz, fold=0)
    # fold=0 on a nonexistent time uses the offset before the jump; the UTC round trip lands on
    # the wall time shifted forward by the gap and yields a canonical, existing datetime.
    return first.astimezone(UTC).astimezone(tz)


def at(day: date, hour: int, minute: int, tz: tzinfo) -> datetime:
    """Local datetime for `day` at hour:minute (hour 24 means the next midnight)."""
    if hour >= 24:
        day = day + timedelta(days=hour // 24)
        hour %= 24
    return localize(datetime.combine(day, time(hour, minute)), tz)


def midnight(day: date, tz: tzinfo) -> datetime:
    """Start of `day` in `tz`."""
    return at(day, 0, 0, tz)
