"""Occurrences of an RFC 5545 rule in a zone: wall-clock times stay put across DST changes."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr


def next_occurrences(
    rrule: str, *, start: datetime, tz: str, after: datetime, count: int = 3
) -> list[datetime]:
    """The next `count` occurrences of `rrule` strictly after `after`, aware in zone `tz`.

    The rule runs on local wall-clock time from `start`, so "every Monday 09:00" in Berlin is
    09:00 in winter and in summer. A wall time that falls in a DST gap moves forward by the gap;
    one that happens twice takes the first.
    """
    zone = ZoneInfo(tz)
    local_start = start.astimezone(zone).replace(tzinfo=None)
    rule = rrulestr(rrule, dtstart=local_start)
    local_after = after.astimezone(zone).replace(tzinfo=None) - timedelta(hours=3)
    found: list[datetime] = []
    cursor = local_after
    while len(found) < count:
        naive = rule.after(cursor, inc=False)
        if naive is None:
            break
        cursor = naive
        aware = resolve_local(naive, zone)
        if aware > after:
            found.append(aware)
    return found


def resolve_local(naive: datetime, zone: ZoneInfo) -> datetime:
    """Attach `zone` to a wall-clock time: a gap moves forward, an overlap takes the first."""
    aware = naive.replace(tzinfo=zone, fold=0)
    round_trip = aware.astimezone(ZoneInfo("UTC")).astimezone(zone)
    if round_trip.replace(tzinfo=None) != naive:
        # In a gap, fold=0 reads the time with the offset from before the change, which lands
        # exactly one gap later once normalized: 02:30 on a spring-forward night becomes 03:30.
        return round_trip
    return aware
