"""A repeating rule in words: "every weekday at 08:30", "the last Friday of each month".

Every reply that echoes a recurrence goes through `recurrence_text`, so no RRULE token (FREQ=,
BYDAY, MO,TU) ever reaches a person.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

_DAY_NAMES = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}
_MONTH_NAMES: tuple[str, ...] = ("January", "February", "March", "April", "May", "June")
_MONTH_NAMES += ("July", "August", "September", "October", "November", "December")
_UNITS = {
    "DAILY": "day",
    "WEEKLY": "week",
    "MONTHLY": "month",
    "YEARLY": "year",
    "HOURLY": "hour",
    "MINUTELY": "minute",
}
_WEEKDAYS = ["MO", "TU", "WE", "TH", "FR"]
_NTH = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}


def recurrence_text(
    rrule: str, *, after_completion: bool = False, tz: str = "UTC", clock: bool = True
) -> str:
    """How a person would say `rrule`: "every other Friday at 16:00", "every day until 30 Apr".

    `tz` is the rule's own zone (its end date is read there); `clock=False` leaves out the time
    of day, for lines that show it already.
    """
    parts = dict(p.split("=", 1) for p in rrule.split(";") if "=" in p)
    freq = parts.get("FREQ", "")
    interval = _int(parts.get("INTERVAL")) or 1
    if after_completion:
        unit = _UNITS.get(freq, "time")
        text = (f"every {unit}" if interval == 1 else f"every {interval} {unit}s") + " after done"
    else:
        text = _calendar(freq, interval, parts)
    if clock and freq not in ("HOURLY", "MINUTELY"):
        text += _at(parts)
    if "COUNT" in parts:
        count = _int(parts["COUNT"])
        text += f", {count} times" if count != 1 else ", once"
    if "UNTIL" in parts:
        text += f" until {_until(parts['UNTIL'], tz)}"
    return text


def _calendar(freq: str, interval: int, parts: dict[str, str]) -> str:
    days = [d for d in parts.get("BYDAY", "").split(",") if d]
    if freq == "WEEKLY":
        return _weekly(interval, days)
    if freq == "MONTHLY":
        return _monthly(interval, days, parts.get("BYMONTHDAY", ""), parts.get("BYSETPOS", ""))
    if freq == "YEARLY":
        return _yearly(interval, parts)
    return _every(_UNITS.get(freq, "time"), interval)


def _weekly(interval: int, days: list[str]) -> str:
    if not days:
        return _every("week", interval)
    if days == _WEEKDAYS and interval == 1:
        return "every weekday"
    if sorted(days) == ["SA", "SU"] and interval == 1:
        return "every weekend"
    names = _day_list(days)
    if interval == 1 and " to " not in names and len(set(days)) >= 4:
        # "every weekday except Wednesday" reads better than four names in a row
        within = _WEEKDAYS if set(days) < set(_WEEKDAYS) else list(_DAY_NAMES)
        gone = [_DAY_NAMES[d] for d in within if d not in days]
        kind = "weekday" if within == _WEEKDAYS else "day"
        if len(gone) <= 2:
            return f"every {kind} except {_and(gone)}"
    if interval == 1:
        return f"every {names}"
    if " to " in names:
        return f"{_every('week', interval)}, {names}"
    if interval == 2:
        return f"every other {names}"
    return f"every {interval} weeks on {names}"


def _day_list(days: list[str]) -> str:
    """ "MO,TU,WE,TH" -> "Monday to Thursday"; "MO,WE,FR" -> "Monday, Wednesday and Friday"."""
    order = list(_DAY_NAMES)
    known = [d for d in days if d in _DAY_NAMES]
    at = sorted(order.index(d) for d in known)
    if len(known) == len(days) >= 3 and at == list(range(at[0], at[0] + len(at))):
        return f"{_DAY_NAMES[order[at[0]]]} to {_DAY_NAMES[order[at[-1]]]}"
    return _and([_DAY_NAMES.get(d, d) for d in days])


def _monthly(interval: int, days: list[str], month_days: str, setpos: str = "") -> str:
    of = "each month" if interval == 1 else _every("month", interval)
    if interval == 2:
        of = "every other month"
    picks_at = [n for n in (_int(p) for p in setpos.split(",")) if n]
    if days and picks_at:
        kind = "weekday" if days == _WEEKDAYS else _and([_DAY_NAMES.get(d, d) for d in days])
        return f"the {_and([_position(n) for n in picks_at])} {kind} of {of}"
    if days:
        if len({d[-2:] for d in days}) == 1 and all(d[:-2] for d in days):
            # "+2TH,+4TH": one weekday, several of them in the month
            names = [_nth_day(d).rsplit(" ", 1)[0] for d in days]
            return f"the {_and(names)} {_DAY_NAMES.get(days[0][-2:], '')} of {of}"
        picks = [_nth_day(d) for d in days]
        return f"the {_and(picks)} of {of}"
    numbers = [n for n in (_int(d) for d in month_days.split(",")) if n]
    if numbers:
        said = _and([_ordinal(n) if n > 0 else _from_end(n) for n in numbers])
        return f"on the {said} of {of}"
    return _every("month", interval)


def _yearly(interval: int, parts: dict[str, str]) -> str:
    every = _every("year", interval)
    month = _int(parts.get("BYMONTH"))
    day = _int(parts.get("BYMONTHDAY"))
    if month and day:
        return f"{every} on {day} {_MONTH_NAMES[month - 1]}"
    if month:
        return f"{every} in {_MONTH_NAMES[month - 1]}"
    return every


def _nth_day(code: str) -> str:
    """ "-1FR" -> "last Friday", "+2MO" -> "second Monday", "TU" -> "Tuesday"."""
    sign_and_number, day = code[:-2], _DAY_NAMES.get(code[-2:], code[-2:])
    n = _int(sign_and_number.lstrip("+"))
    if not n:
        return day
    if n == -1:
        return f"last {day}"
    if n < 0:
        return f"{_NTH.get(-n, str(-n))}-to-last {day}"
    return f"{_NTH.get(n, _ordinal(n))} {day}"


def _position(n: int) -> str:
    """1 -> "first", -1 -> "last", -2 -> "second-to-last"."""
    if n == -1:
        return "last"
    if n < 0:
        return f"{_NTH.get(-n, _ordinal(-n))}-to-last"
    return _NTH.get(n, _ordinal(n))


def _from_end(n: int) -> str:
    return "last day" if n == -1 else f"{_ordinal(-n)}-to-last day"


def _at(parts: dict[str, str]) -> str:
    hours = [h for h in (_int(x, -1) for x in parts.get("BYHOUR", "").split(",")) if h >= 0]
    if not hours:
        return ""
    minutes = [m for m in (_int(x, -1) for x in parts.get("BYMINUTE", "0").split(",")) if m >= 0]
    times = [f"{h:02d}:{m:02d}" for h in hours for m in (minutes or [0])]
    return f" at {_and(times)}"


def _until(value: str, tz: str) -> str:
    if value.endswith("Z"):
        at = datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        local = at.astimezone(ZoneInfo(tz))
    else:
        local = datetime.strptime(value[:8], "%Y%m%d")  # noqa: DTZ007 (a local date)
    return f"{local.day} {_MONTH_NAMES[local.month - 1][:3]}"


def _every(unit: str, interval: int) -> str:
    if interval == 1:
        return f"every {unit}"
    if interval == 2 and unit in ("day", "week", "month", "year"):
        return f"every other {unit}"
    return f"every {interval} {unit}s"


def _and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value else default
    except ValueError:
        return default
