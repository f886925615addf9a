"""A repeating rule in words: "every weekday at 08:30", "the last Friday of each month".

Every reply that echoes a recurrence goes through `recurrence_text`, so no RRULE token (FREQ=,
BYDAY, MO,TU) ever reaches a person.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from flowhub import i18n
from flowhub.skills import recur_words as w

_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_NEXT = i18n.Text("{rule}; next: {dates}")
_WEEKDAYS = list(_DAY_CODES[:5])


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
        text = w.AFTER_DONE.format(rule=_every(freq, interval, other=False))
    else:
        text = _calendar(freq, interval, parts)
    if clock and freq not in ("HOURLY", "MINUTELY"):
        text += _at(parts)
    if "COUNT" in parts:
        count = _int(parts["COUNT"])
        text += w.TIMES.format(count) if count != 1 else _say(w.ONCE)
    if "UNTIL" in parts:
        text += w.UNTIL.format(date=_until(parts["UNTIL"], tz))
    return text


def with_next(rule: str, dates: str) -> str:
    """A rule in words with its next dates, in the reader's language ("...; next: Mon 7 Dec")."""
    return _NEXT.format(rule=rule, dates=dates)


def _calendar(freq: str, interval: int, parts: dict[str, str]) -> str:
    days = [d for d in parts.get("BYDAY", "").split(",") if d]
    if freq == "WEEKLY":
        return _weekly(interval, days)
    if freq == "MONTHLY":
        return _monthly(interval, days, parts.get("BYMONTHDAY", ""), parts.get("BYSETPOS", ""))
    if freq == "YEARLY":
        return _yearly(interval, parts)
    return _every(freq, interval)


def _weekly(interval: int, days: list[str]) -> str:
    if not days:
        return _every("WEEKLY", interval)
    if days == _WEEKDAYS and interval == 1:
        return _say(w.EVERY_WEEKDAY)
    if sorted(days) == ["SA", "SU"] and interval == 1:
        return _say(w.EVERY_WEEKEND)
    names, ranged = _day_list(days)
    if interval == 1 and not ranged and len(set(days)) >= 4:
        # "every weekday except Wednesday" reads better than four names in a row
        within = _WEEKDAYS if set(days) < set(_WEEKDAYS) else list(_DAY_CODES)
        gone = [_day(d) for d in within if d not in days]
        if len(gone) <= 2:
            said = w.EVERY_WEEKDAY_EXCEPT if within == _WEEKDAYS else w.EVERY_DAY_EXCEPT
            return said.format(days=i18n.and_list(gone))
    if interval == 1:
        return w.EVERY_DAYS.format(days=names)
    if ranged:
        return f"{_every('WEEKLY', interval)}, {names}"
    if interval == 2:
        return w.EVERY_OTHER_DAYS.format(days=names)
    return w.EVERY_N_WEEKS_ON.format(interval, days=names)


def _day_list(days: list[str]) -> tuple[str, bool]:
    """ "MO,TU,WE,TH" -> "Monday to Thursday"; "MO,WE,FR" -> "Monday, Wednesday and Friday".

    The second value says whether the days were said as a range.
    """
    known = [d for d in days if d in _DAY_CODES]
    at = sorted(_DAY_CODES.index(d) for d in known)
    if len(known) == len(days) >= 3 and at == list(range(at[0], at[0] + len(at))):
        first, last = _day(_DAY_CODES[at[0]]), _day(_DAY_CODES[at[-1]])
        return w.DAY_RANGE.format(first=first, last=last), True
    return i18n.and_list([_day(d) for d in days]), False


def _monthly(interval: int, days: list[str], month_days: str, setpos: str = "") -> str:
    months = _say(w.OF_EACH_MONTH) if interval == 1 else _every("MONTHLY", interval)
    picks_at = [n for n in (_int(p) for p in setpos.split(",")) if n]
    if days and picks_at:
        kind = _say(w.WEEKDAY) if days == _WEEKDAYS else i18n.and_list([_day(d) for d in days])
        nth = i18n.and_list([_position(n) for n in picks_at])
        return w.NTH_OF.format(nth=nth, day=kind, months=months)
    if days:
        if len({d[-2:] for d in days}) == 1 and all(d[:-2] for d in days):
            # "+2TH,+4TH": one weekday, several of them in the month
            nth = i18n.and_list([_position(_int(d[:-2].lstrip("+"))) for d in days])
            return w.NTH_OF.format(nth=nth, day=_day(days[0][-2:]), months=months)
        picks = [_nth_day(d) for d in days]
        return w.DAYS_OF.format(days=i18n.and_list(picks), months=months)
    numbers = [n for n in (_int(d) for d in month_days.split(",")) if n]
    if numbers:
        said = i18n.and_list([_day_number(n) if n > 0 else _from_end(n) for n in numbers])
        return w.ON_DAYS_OF.format(days=said, months=months)
    return _every("MONTHLY", interval)


def _yearly(interval: int, parts: dict[str, str]) -> str:
    every = _every("YEARLY", interval)
    month = _int(parts.get("BYMONTH"))
    day = _int(parts.get("BYMONTHDAY"))
    if month and day:
        return w.YEARLY_ON.format(every=every, date=i18n.date_text(date(2000, month, day)))
    if month:
        return w.YEARLY_IN.format(every=every, month=i18n.month_name(month))
    return every


def _nth_day(code: str) -> str:
    """ "-1FR" -> "last Friday", "+2MO" -> "second Monday", "TU" -> "Tuesday"."""
    day = _day(code[-2:])
    n = _int(code[:-2].lstrip("+"))
    if not n:
        return day
    return f"{_position(n)} {day}"


def _position(n: int) -> str:
    """1 -> "first", -1 -> "last", -2 -> "second-to-last"."""
    if n == -1:
        return _say(w.LAST)
    if n < 0:
        return w.NTH_TO_LAST.format(nth=_position(-n))
    return _say(w.NTH[n]) if n in w.NTH else _day_number(n)


def _from_end(n: int) -> str:
    if n == -1:
        return _say(w.LAST_DAY)
    return w.NTH_TO_LAST_DAY.format(nth=_position(-n))


def _at(parts: dict[str, str]) -> str:
    hours = [h for h in (_int(x, -1) for x in parts.get("BYHOUR", "").split(",")) if h >= 0]
    if not hours:
        return ""
    minutes = [m for m in (_int(x, -1) for x in parts.get("BYMINUTE", "0").split(",")) if m >= 0]
    times = [f"{h:02d}:{m:02d}" for h in hours for m in (minutes or [0])]
    return w.AT.format(times=i18n.and_list(times))


def _until(value: str, tz: str) -> str:
    if value.endswith("Z"):
        at = datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        local = at.astimezone(ZoneInfo(tz))
    else:
        local = datetime.strptime(value[:8], "%Y%m%d")  # noqa: DTZ007 (a local date)
    return i18n.date_text(local, short=True)


def _every(freq: str, interval: int, *, other: bool = True) -> str:
    if interval == 1:
        return _say(w.EVERY.get(freq, w.EVERY_TIME))
    if interval == 2 and other and freq in w.EVERY_OTHER:
        return _say(w.EVERY_OTHER[freq])
    if freq in w.EVERY_N:
        return w.EVERY_N[freq].format(interval)
    return _say(w.EVERY_TIME)


def _day(code: str) -> str:
    return i18n.weekday_name(_DAY_CODES.index(code)) if code in _DAY_CODES else code


def _day_number(n: int) -> str:
    """A day of the month as an ordinal: "15th" in English, the number in other languages."""
    if i18n.current_locale() != "en":
        return str(n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _say(text: str) -> str:
    return i18n.localized(text)


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value else default
    except ValueError:
        return default
