"""A new due date or repeat read against the old one: a time alone keeps the day, a day alone
keeps the time, and a repeat keeps what it leaves unsaid."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from types import SimpleNamespace
from typing import Protocol
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from flowhub.nlp import english_time_words, parse_when
from flowhub.skills.edit_words import Change


class Dated(Protocol):
    """The due fields of a card or a saved task."""

    due_at: datetime | None
    due_grain: str | None
    due_tz: str | None
    rrule: str | None


_DAYISH = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun|today|tomorrow|tmrw|tonight|next|week|month|year|jan|feb|"
    r"mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d+(?:st|nd|rd|th)|\d+[/-]\d+"
    r"|\d+\.(?!(?:1[3-9]|[2-5]\d)\b)\d+)",  # "10.30" is a clock, "10.12" may be a day
    re.I,
)
_CLOCK_FREQS = ("HOURLY", "MINUTELY")
_AMPM = re.compile(r"\d\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:noon|midnight|morning|evening)\b", re.I)
# A clock written the 24-hour way: "06:30", "6h30", "06h" ("às 6h30" is 06:30, never 18:30).
_CLOCK_24 = re.compile(r"(?<![\d:.])(?:0\d[:.h]|\d{1,2}h\d\d)", re.I)


def shifted(
    item: Dated | SimpleNamespace, change: Change, tz: str
) -> tuple[dict[str, object], str | None]:
    """The due date `change` shifts by ("a week later", "2 hours earlier"), or "no-date"."""
    if item.due_at is None:
        return {}, "no-date"
    zone = ZoneInfo(item.due_tz or tz)
    local = item.due_at.astimezone(zone)
    delta = change.shift or timedelta()
    if change.shift_months:
        month = local.month - 1 + change.shift_months
        year, month = local.year + month // 12, month % 12 + 1
        local = local.replace(year=year, month=month, day=min(local.day, 28))
    if delta.days or delta == timedelta() or abs(delta) >= timedelta(days=1):
        moved = datetime.combine(local.date() + timedelta(days=delta.days), local.timetz())
        moved = moved.replace(tzinfo=zone) + timedelta(seconds=delta.seconds)
    else:
        moved = local + delta
    grain = item.due_grain
    if delta and delta < timedelta(days=1) and abs(delta) < timedelta(days=1):
        grain = "minute" if grain not in ("hour", "minute") else grain
    return {"due_at": moved.astimezone(UTC), "due_grain": grain, "due_tz": str(zone)}, None


SAME_TIME = re.compile(
    r"[,\s]*\b(?:at\s+)?(?:the\s+)?same\s+(?:time|hour)(?:\s+as\s+(?:before|now|it\s+was))?\b",
    re.I,
)


# "no time", "w/o a time", "take the time off", "all day": the day stays, its clock time goes.
NO_TIME = re.compile(
    r"[,;:\s]*\b(?:(?:with\s+)?no\s+(?:set\s+)?time(?:\s+of\s+day)?|without\s+(?:a\s+)?time"
    r"|w/o\s+(?:a\s+)?time|untimed|all[\s-]day|(?:take|drop|remove|clear|lose|cut)\s+(?:the\s+)?"
    r"(?:time|clock\s+time|hour)(?:\s+of\s+day)?(?:\s+(?:off|out))?)\b[,;\s]*(?:(?:just|only)\b\s*)?",
    re.I,
)


def day_only(
    item: Dated | SimpleNamespace, value: str | None, *, now: datetime, tz: str
) -> tuple[dict[str, object], str | None]:
    """The day `value` says (or the task's own day) with no clock time, or what is unread."""
    zone = ZoneInfo(item.due_tz or tz)
    if value:
        found = parse_when(SAME_TIME.sub(" ", value).strip(" ,"), now=now, tz=tz)
        if found is None:
            return {}, value
        day = found.start.astimezone(ZoneInfo(tz)).date()
    elif item.due_at is not None:
        day = item.due_at.astimezone(zone).date()
    else:
        return {}, "no-date"
    start = datetime.combine(day, time(0), tzinfo=zone)
    return {"due_at": start.astimezone(UTC), "due_grain": "day", "due_tz": str(zone)}, None


def dated(
    item: Dated | SimpleNamespace, value: str, *, now: datetime, tz: str
) -> tuple[dict[str, object], str | None]:
    """The due date and repeat `value` sets, merged with the old due time, or `value` unread."""
    # "friday same time": the task's own time, which a day alone keeps (not now's clock time).
    kept = SAME_TIME.sub(" ", value).strip(" ,") if item.due_at else value
    found = parse_when(kept or value, now=now, tz=tz)
    if found is None:
        return {}, value
    value = kept or value
    zone = ZoneInfo(item.due_tz or tz)
    old = item.due_at.astimezone(zone) if item.due_at else None
    timed = item.due_grain in ("hour", "minute")
    start, grain = found.start, str(found.grain)
    if found.rrule:
        keeps_day = not re.search(r"BYDAY|BYMONTHDAY|BYSETPOS", found.rrule)
        if old is not None and keeps_day:
            start, grain = old, item.due_grain or grain
        elif old is not None and timed and grain in ("day", "week"):
            start, grain = datetime.combine(start.date(), old.timetz()), item.due_grain or grain
    elif old is not None and grain in ("hour", "minute") and not _names_day(value):
        base = datetime.combine(old.date(), time(0), tzinfo=zone)
        at = parse_when(value, now=base, tz=str(zone)) or found
        clock = at.start.astimezone(zone).time()
        english = english_time_words(value)  # "6:30 da manhã" says the morning too
        bare = not _AMPM.search(english) and not _CLOCK_24.search(value)
        if clock.hour < 7 and bare:
            clock = clock.replace(hour=clock.hour + 12)  # "at 4" on a working day means 16:00
        elif bare and timed and clock.hour < 12 <= old.hour - 5 and abs(clock.hour - old.hour) > 8:
            clock = clock.replace(hour=clock.hour + 12)  # "8 baje" to a 19:00 task is 20:00
        start = datetime.combine(old.date(), clock, tzinfo=zone)
    elif old is not None and timed and grain in ("day", "week"):
        # The day said is the speaker's, at the task's clock time as the speaker sees it.
        seen = ZoneInfo(tz)
        clock = old.astimezone(seen).time()
        start = datetime.combine(found.start.astimezone(seen).date(), clock, tzinfo=seen)
        grain = item.due_grain or grain
    elif grain in ("day", "week"):
        # The day said is the speaker's; it starts at midnight in the zone the task keeps.
        said = found.start.astimezone(ZoneInfo(tz)).date()
        start = datetime.combine(said, time(0), tzinfo=zone)
    if found.rrule and start.astimezone(UTC) <= now:
        start = _next_of(found.rrule, start, now)  # "tuesdays and fridays" said on a Friday night
    changes: dict[str, object] = {
        "due_at": start.astimezone(UTC),
        "due_grain": grain,
        "due_tz": str(zone) if old is not None else tz,
    }
    if found.rrule:
        local = start.astimezone(zone)
        wall = local.time() if grain in ("hour", "minute") else None
        changes["rrule"] = _kept(found.rrule, item.rrule, local.date(), wall)
        if _DAYS_ONLY.fullmatch(value.strip()) and item.rrule:
            changes["rrule"] = _same_interval(str(changes["rrule"]), item.rrule)
        changes["repeat_from"] = "completion" if found.after_completion else "calendar"
    elif item.rrule and grain in ("hour", "minute") and not _names_day(value):
        # "change the stock check to 8am": a new time of day is the series' new time.
        changes["rrule"] = _retimed(item.rrule, start.astimezone(zone).time())
    return changes, None


def _next_of(rule: str, start: datetime, now: datetime) -> datetime:
    """The first time the repeat `rule` from `start` comes after `now`, at its wall time."""
    zone = start.tzinfo
    local = start.replace(tzinfo=None)
    try:
        series = rrulestr(rule.removeprefix("RRULE:"), dtstart=local)
    except ValueError:
        return start
    after = now.astimezone(zone).replace(tzinfo=None)
    nxt = series.after(after)
    return nxt.replace(tzinfo=zone) if nxt is not None else start


def _names_day(value: str) -> bool:
    """Whether `value` says a day as well as a time, in any language ("lunedì alle 10")."""
    return bool(_DAYISH.search(value) or _DAYISH.search(english_time_words(value)))


# "tuesdays", "on tuesdays": only the day of a repeat changes, not how often it comes.
_DAYS_ONLY = re.compile(r"(?:(?:on|to)\s+)?[a-z]+days", re.I)


def _same_interval(rule: str, old: str) -> str:
    """`rule` keeping the old rule's INTERVAL when both repeat at the same frequency."""
    new = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    was = dict(p.split("=", 1) for p in old.split(";") if "=" in p)
    if "INTERVAL" in new or "INTERVAL" not in was or new.get("FREQ") != was.get("FREQ"):
        return rule
    new["INTERVAL"] = was["INTERVAL"]
    ordered = [f"{k}={new.pop(k)}" for k in _ORDER if k in new]
    return ";".join(ordered + [f"{k}={v}" for k, v in new.items()])


def _retimed(rule: str, clock: time) -> str:
    """`rule` at the wall-clock time `clock` (rules that repeat within a day keep theirs)."""
    parts = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    if parts.get("FREQ") in _CLOCK_FREQS:
        return rule
    parts["BYHOUR"], parts["BYMINUTE"] = str(clock.hour), str(clock.minute)
    ordered = [f"{k}={parts.pop(k)}" for k in _ORDER if k in parts]
    return ";".join(ordered + [f"{k}={v}" for k, v in parts.items()])


_DAY_KEYS = ("BYMONTH", "BYMONTHDAY", "BYDAY", "BYSETPOS")
_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _days_of(freq: str, day: date) -> dict[str, str]:
    """The days a weekly, monthly or yearly rule from `day` falls on, said outright."""
    if freq == "WEEKLY":
        return {"BYDAY": _CODES[day.weekday()]}
    if freq == "MONTHLY":
        return {"BYMONTHDAY": str(day.day)}
    if freq == "YEARLY":
        return {"BYMONTH": str(day.month), "BYMONTHDAY": str(day.day)}
    return {}


_ORDER = ("FREQ", "INTERVAL", "BYMONTH", "BYMONTHDAY", "BYDAY", "BYSETPOS", "BYHOUR", "BYMINUTE")


def _kept(rule: str, old: str | None, day: date, clock: time | None) -> str:
    """`rule` with what it leaves unsaid taken from the old rule and due time.

    "every other week" on a rule for Tuesdays keeps the Tuesdays; "make it weekly" on a task due
    Saturday at 08:00 repeats on Saturdays at 08:00; "monthly" on one due the 20th, on the 20th.
    """
    new = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    was = dict(p.split("=", 1) for p in (old or "").split(";") if "=" in p)
    said_days = any(k in new for k in _DAY_KEYS)
    if not said_days and was.get("FREQ") == new.get("FREQ") and any(k in was for k in _DAY_KEYS):
        new |= {k: was[k] for k in _DAY_KEYS if k in was}
    elif not said_days:
        new |= _days_of(new.get("FREQ", ""), day)
    if "BYHOUR" not in new and clock is not None and new.get("FREQ") not in _CLOCK_FREQS:
        new["BYHOUR"], new["BYMINUTE"] = str(clock.hour), str(clock.minute)
    ordered = [f"{k}={new.pop(k)}" for k in _ORDER if k in new]
    return ";".join(ordered + [f"{k}={v}" for k, v in new.items()])
