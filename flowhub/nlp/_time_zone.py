"""Zone lookup and DST-safe construction of local datetimes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from flowhub.nlp._time_atoms import Atom
from flowhub.nlp.types import When


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


def second_occurrence(dt: datetime) -> datetime:
    """The later reading of an ambiguous fall-back wall time; any other time unchanged."""
    later = dt.replace(fold=1)
    return later if later.utcoffset() != dt.utcoffset() else dt


def elapsed(now: datetime, delta: timedelta) -> datetime:
    """`delta` of real time after `now`, in the zone of `now` (aware + timedelta is wall time)."""
    return (now.astimezone(UTC) + delta).astimezone(now.tzinfo)


def at(day: date, hour: int, minute: int, tz: tzinfo) -> datetime:
    """Local datetime for `day` at hour:minute (hour 24 means the next midnight)."""
    if hour >= 24:
        day = day + timedelta(days=hour // 24)
        hour %= 24
    return localize(datetime.combine(day, time(hour, minute)), tz)


def midnight(day: date, tz: tzinfo) -> datetime:
    """Start of `day` in `tz`."""
    return at(day, 0, 0, tz)


def still_to_come(
    day: date, hour: int, minute: int, second: int, floor: datetime, *, inclusive: bool
) -> datetime | None:
    """`day` at the clock time if it is still to come at `floor` (aware, in the zone meant).

    A time a gap skipped is still to come until the wall clock passes it; an ambiguous one in
    either of its two readings, the first first.
    """
    tz = floor.tzinfo
    assert tz is not None
    cand = at(day, hour, minute, tz) + timedelta(seconds=second)
    if (cand.hour, cand.minute) != (hour % 24, minute):
        target = datetime.combine(day, time()) + timedelta(hours=hour, minutes=minute)
        wall = floor.replace(tzinfo=None) - timedelta(seconds=second)
        return cand if target > wall or (inclusive and target == wall) else None
    # Aware datetimes in one zone compare by wall clock: compare instants instead.
    low = floor.astimezone(UTC)
    for c in (cand, second_occurrence(cand)):
        if c > low or (inclusive and not c < low):
            return c
    return None


def reread(w: When | None, z: Atom | None, timed: bool, tz: tzinfo) -> When | None:
    """`w` as the zone named after its time means it: "4pm CET", "1:30 after the clocks go back"."""
    if w is None or z is None:
        return w
    if z.op in ("later", "second"):
        return replace(w, start=second_occurrence(w.start)) if timed else w
    if z.tzoff is None:
        return w
    named = timezone(timedelta(minutes=z.tzoff))

    def conv(d: datetime) -> datetime:
        return d.replace(tzinfo=None).replace(tzinfo=named).astimezone(tz)

    return When(
        start=conv(w.start),
        end=conv(w.end) if w.end else None,
        grain="minute",
        rrule=w.rrule,
        span=w.span,
        after_completion=w.after_completion,
    )
