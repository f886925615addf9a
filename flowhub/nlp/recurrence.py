"""Occurrences of an RFC 5545 rule in a zone: wall-clock times stay put across DST changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr

_CLOCK_STEPS = {"HOURLY": "hours", "MINUTELY": "minutes"}


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
    rule = rrulestr(_local_until(rrule, zone), dtstart=local_start)
    local_after = after.astimezone(zone).replace(tzinfo=None) - timedelta(hours=3)
    # Compared in UTC: datetimes sharing a zone compare by wall clock, blind to fold.
    floor = after.astimezone(UTC)
    found: list[datetime] = []
    cursor = local_after
    while len(found) < count:
        naive = rule.after(cursor, inc=False)
        if naive is None:
            break
        cursor = naive
        aware = resolve_local(naive, zone)
        # Two wall times can resolve to one instant (a gap time and the time it moved to).
        if aware > floor and not (found and aware <= found[-1].astimezone(UTC)):
            found.append(aware)
    return found


def first_after(rrule: str, first: datetime, *, tz: str, now: datetime) -> datetime | None:
    """`first` if it is still to come at `now`, else the next occurrence after `now`.

    A rule's first occurrence is found on naive wall times, so when it is said between the two
    passes of a fall-back hour, the (first) one of that night may already have gone.
    """
    if first.astimezone(UTC) > now:
        return first
    later = next_occurrences(rrule, start=first, tz=tz, after=now, count=1)
    return later[0] if later else None


def _local_until(rrule: str, zone: ZoneInfo) -> str:
    """The rule with a UTC UNTIL as local wall time: the rule runs on naive local times."""
    parts = rrule.split(";")
    for i, part in enumerate(parts):
        if part.startswith("UNTIL=") and part.endswith("Z"):
            local = _until(part[6:], zone).astimezone(zone)
            parts[i] = f"UNTIL={local:%Y%m%dT%H%M%S}"
    return ";".join(parts)


def resolve_local(naive: datetime, zone: ZoneInfo) -> datetime:
    """Attach `zone` to a wall-clock time: a gap moves forward, an overlap takes the first."""
    aware = naive.replace(tzinfo=zone, fold=0)
    round_trip = aware.astimezone(ZoneInfo("UTC")).astimezone(zone)
    if round_trip.replace(tzinfo=None) != naive:
        # In a gap, fold=0 reads the time with the offset from before the change, which lands
        # exactly one gap later once normalized: 02:30 on a spring-forward night becomes 03:30.
        return round_trip
    return aware


def next_after_completion(
    rrule: str, *, anchor: datetime, tz: str, done_at: datetime
) -> datetime | None:
    """The occurrence one interval of `rrule` after `done_at`; None once its UNTIL has passed.

    Days, weeks, months and years count on the calendar of zone `tz` from the local day of
    `done_at` and land at the wall-clock time of `anchor` ("every! 3 days" set for 09:00 and
    done on Tuesday at 17:30 is Friday 09:00, also across a DST change); hours and minutes
    count from the instant `done_at`. Only FREQ, INTERVAL and UNTIL are read.
    """
    parts = dict(p.split("=", 1) for p in rrule.split(";") if "=" in p)
    freq = parts.get("FREQ", "")
    interval = int(parts.get("INTERVAL", "1") or 1)
    if freq in _CLOCK_STEPS:
        clock = timedelta(**{_CLOCK_STEPS[freq]: interval})
        found = (done_at.astimezone(UTC) + clock).astimezone(ZoneInfo(tz))  # elapsed, not wall
    elif freq in ("DAILY", "WEEKLY", "MONTHLY", "YEARLY"):
        zone = ZoneInfo(tz)
        step = {
            "DAILY": relativedelta(days=interval),
            "WEEKLY": relativedelta(weeks=interval),
            "MONTHLY": relativedelta(months=interval),
            "YEARLY": relativedelta(years=interval),
        }[freq]
        day = done_at.astimezone(zone).date() + step
        wall = anchor.astimezone(zone).time()
        found = resolve_local(datetime.combine(day, wall), zone)
    else:
        raise ValueError(f"rrule {rrule!r} has no FREQ a repeat after completion can count")
    until = parts.get("UNTIL")
    if until and found > _until(until, ZoneInfo(tz)):
        return None
    return found


def _until(value: str, zone: ZoneInfo) -> datetime:
    """An RRULE UNTIL value: UTC when it ends in Z, else local wall time in `zone`."""
    if value.endswith("Z"):
        return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    fmt = "%Y%m%dT%H%M%S" if "T" in value else "%Y%m%d"
    return resolve_local(datetime.strptime(value, fmt), zone)  # noqa: DTZ007
