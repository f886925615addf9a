"""The period of a status question: "today", "this week", "next month", "between the 10th and
the 15th", "the next 7 days", read in the asker's zone, with a label saying which reading was used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from flowhub.i18n import current_locale, day_label, localized, month_label
from flowhub.nlp import english_time_words, parse_when, resolve_local
from flowhub.skills import period_words as w
from flowhub.skills import status_said_words as data

_NUMBERS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "fourteen": 14,
    "few": 3,
    "a few": 3,
    "couple of": 2,
    "a couple of": 2,
}
_COUNT = (
    r"(?P<n>\d{1,3}|a few|few|a couple of|couple of|a|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|fourteen)"
)
_ROLLING = re.compile(
    rf"\b(?:next|coming|following|upcoming|within(?: the next)?|in the next|over the next)\s+"
    rf"{_COUNT}\s+(?P<unit>days?|weeks?)\b",
    re.I,
)
_ROLLING_WEEK = re.compile(
    r"\b(?:the\s+)?(?:coming|upcoming|next\s+seven\s+days|rolling)\s+week\b"
    r"|\bwithin\s+a\s+week\b|\b(?:over|in)\s+the\s+next\s+week\b",
    re.I,
)
_REST_OF_WEEK = re.compile(r"\b(?:rest|remainder)\s+of\s+(?:the|this)\s+week\b", re.I)
_THIS_WEEK = re.compile(
    r"\b(?:this|the|current|my|your|our|\w+'s|\w+’s)\s+week\b(?!\s*end|\s+after)|\bthis\s+wk\b"
    r"|\bweek\s+ahead\b",
    re.I,
)
_TWO_WEEKS = re.compile(
    r"\b(?:this\s+(?:week\s+)?and\s+(?:the\s+)?next(?:\s+week)?|this\s+(?:week\s+)?(?:&|\+)\s*next"
    r"(?:\s+week)?)\b",
    re.I,
)
# "between now and friday", "from now till friday": everything up to that day.
_FROM_NOW = re.compile(
    r"\b(?:between\s+(?:now|today)\s+and|from\s+(?:now|today)\s+(?:un)?(?:til+|to|through))\b",
    re.I,
)
_BY = re.compile(
    r"\b(?P<by>by|before|until|till|no later than)\s+(?:the\s+)?(?:end\s+of\s+)?", re.I
)
_TODAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.I)
_ANY_DATE = re.compile(
    r"\b(?:today|tonight|tomorrow|tmrw|yesterday|week|weekend|month|year|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|\d)",
    re.I,
)


@dataclass(frozen=True)
class Period:
    """A stretch of time [start, end) in UTC-aware datetimes, and how to say it."""

    start: datetime
    end: datetime
    label: str
    # "today" also shows what is still open from before: it is on today's plate.
    with_overdue: bool = False
    # The label without its "on" ("Fri 4 Dec" for "on Fri 4 Dec"), for "by Fri 4 Dec".
    bare: str = ""

    @property
    def label_without_on(self) -> str:
        """The label as it reads after "by" or "before"."""
        return self.bare or self.label.removeprefix("on ")


def day_text(day: date) -> str:
    """ "Fri 6 Mar"."""
    return day_label(day)


def span_text(first: date, last: date) -> str:
    """ "Mon 2 – Sun 8 Mar", "Mon 30 Mar – Sun 5 Apr", or one day."""
    if first == last:
        return day_text(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{day_text(first).rsplit(' ', 1)[0]} – {day_text(last)}"  # month said once
    return f"{day_text(first)} – {day_text(last)}"


def read_period(text: str, *, now: datetime, tz: str) -> Period | None:
    """The period `text` asks about, or None when it names none."""
    zone = ZoneInfo(tz)
    today = now.astimezone(zone).date()
    # The rules below read English words; other languages' time words are said that way first.
    text = english_time_words(text, locale=current_locale())
    m = _ROLLING.search(text)
    if m:
        days = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
        days *= 7 if m.group("unit").lower().startswith("week") else 1
        label = w.IN_NEXT_DAYS.format(days) if days != 1 else localized(w.IN_NEXT_DAY)
        return _rolling(today, days, zone, label)
    if _ROLLING_WEEK.search(text):
        return _rolling(today, 7, zone, w.IN_NEXT_DAYS.format(7))
    if _REST_OF_WEEK.search(text):
        monday = today + timedelta(days=7 - today.weekday())
        return _days(today, monday, zone, _said("the rest of this week"))
    if _TWO_WEEKS.search(text):
        monday = today - timedelta(days=today.weekday())
        return _days(monday, monday + timedelta(days=14), zone, _said("this week and next"))
    if since := _since(text, today, zone):
        return since
    text = _FROM_NOW.sub("until", text)
    if _THIS_WEEK.search(text) and not re.search(r"\b(?:next|last|previous)\s+week\b", text, re.I):
        monday = today - timedelta(days=today.weekday())
        if _week_nearly_over(now.astimezone(zone)) and not _LEFT.search(text):
            # On Sunday (or late Saturday) "this week" is the days ahead: through next Sunday.
            return _days(today, monday + timedelta(days=14), zone, _said("today and next week"))
        return _days(monday, monday + timedelta(days=7), zone, _said("this week"))
    if _TODAY.search(text):
        said = "tonight" if re.search(r"\btonight\b", text, re.I) else "today"
        period = _days(today, today + timedelta(days=1), zone, _said(said))
        return Period(period.start, period.end, period.label, with_overdue=True)
    if not _ANY_DATE.search(text):
        return None
    when = parse_when(text, now=now, tz=tz)
    if when is None or when.rrule:
        return None
    period = _from_when(text, when.start, when.end, when.grain, zone)
    by = _BY.search(text)
    if by and by.start() < when.span[1] and by.end() + 1 >= when.span[0]:
        # "due by friday": everything still open up to the end of Friday, late ones included.
        end = period.start if by["by"].lower() == "before" else period.end
        start = _days(today, today + timedelta(days=1), zone, "").start
        label = w.BY[by["by"].lower()].format(period=period.label_without_on)
        return Period(min(start, end), end, label, with_overdue=True)
    return period


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY = (
    r"(?:last\s+|the\s+|on\s+)?"
    r"(?:(?P<yesterday>yesterday)|(?P<day>mon|tue|wed|thu|fri|sat|sun)[a-z]*)"
)
# "what got done in the last 3 days", "in den last 3 days": from that many days back up to now.
_LAST = re.compile(rf"\b(?:last|past|previous)\s+{_COUNT}\s+(?P<unit>days?|weeks?)\b", re.I)


@cache
def _since_said() -> re.Pattern[str]:
    """ "since friday", "depuis friday", "friday beri": from that day, the last one gone by."""
    before = rf"(?<![\w])(?:{data.SINCE_BEFORE})\s+{_DAY}\b"
    after = (
        rf"\b{_DAY.replace('?P<', '?P<a_')}(?:dan|den|tan|ten)?\s+(?:{data.SINCE_AFTER})(?![\w])"
    )
    return re.compile(f"{before}|{after}", re.I)


def _since(text: str, today: date, zone: ZoneInfo) -> Period | None:
    last = _LAST.search(text)
    if last is not None:
        days = _NUMBERS.get(last["n"].lower()) or int(last["n"])
        days *= 7 if last["unit"].lower().startswith("week") else 1
        first = today - timedelta(days=days)
        label = w.SINCE.format(day=day_text(first))
        return _days(first, today + timedelta(days=1), zone, label, dated=True)
    m = _since_said().search(text)
    if m is None:
        return None
    yesterday = m["yesterday"] or m["a_yesterday"]
    said_day = m["day"] or m["a_day"]
    if yesterday:
        first = today - timedelta(days=1)
    else:
        back = (today.weekday() - _WEEKDAYS.index(said_day.lower()[:3])) % 7 or 7
        first = today - timedelta(days=back)
    label = w.SINCE.format(day=day_text(first))
    return _days(first, today + timedelta(days=1), zone, label, dated=True)


def _from_when(
    text: str, start: datetime, end: datetime | None, grain: str, zone: ZoneInfo
) -> Period:
    first = start.astimezone(zone).date()
    if end is not None:
        last_day = end.astimezone(zone).date()
        if end.astimezone(zone).timetz().replace(tzinfo=None) == time():
            last_day -= timedelta(days=1)
        stop = last_day + timedelta(days=1)
    elif grain == "week":
        stop = first + timedelta(days=7)
    elif grain in ("month", "year"):
        stop = _month_after(first) if grain == "month" else date(first.year + 1, 1, 1)
    else:
        stop = first + timedelta(days=1)
    phrase = _phrase(text)
    if grain == "month" and stop == _month_after(first) and first.day == 1:
        dates = month_label(first)
        if not phrase:
            in_month = _days(first, stop, zone, w.IN_DATES.format(dates=dates), dated=True)
            return replace(in_month, bare=dates)
        label = f"{phrase} ({dates})"
    else:
        dates = span_text(first, stop - timedelta(days=1))
        single = stop - first == timedelta(days=1)
        label = f"{phrase} ({dates})" if phrase else dates
        if single and not phrase:
            on_day = _days(first, stop, zone, w.ON_DATES.format(dates=dates), dated=True)
            return replace(on_day, bare=dates)
    return _days(first, stop, zone, label, dated=True)


def _phrase(text: str) -> str | None:
    """The relative words the question used ("next month", "tomorrow"), if any; none for dates
    spelled out, which the label repeats in its own form."""
    m = re.search(
        r"\b(?:(?:this|next|last|previous|coming)\s+(?:week(?:end)?|month|year)|tomorrow|"
        r"yesterday|the\s+weekend|(?:on\s+|this\s+|next\s+|last\s+)?(?:mon|tues|wednes|thurs|fri|"
        r"satur|sun)day)\b",
        text,
        re.I,
    )
    if m is None:
        return None
    words = re.sub(r"\s+", " ", m.group(0).lower())
    if words in w.PHRASES:
        return localized(w.PHRASES[words])
    if current_locale() != "en":
        return None  # a weekday: the dates say it in the person's language
    return re.sub(r"\b\w+day\b", lambda d: d.group(0).capitalize(), words)


def _week_nearly_over(local: datetime) -> bool:
    """Whether the week has too little left to be what "this week" asks about: a Sunday, or a
    Saturday evening."""
    return local.weekday() == 6 or (local.weekday() == 5 and local.hour >= _LATE_SATURDAY)


_LATE_SATURDAY = 18
# "anything left this week?", "what's still open this week": what remains of the week itself.
_LEFT = re.compile(r"\b(?:left|remaining|still|rest)\b", re.I)


def _rolling(today: date, days: int, zone: ZoneInfo, label: str) -> Period:
    last = today + timedelta(days=days)
    label = w.TO_DAY.format(label=label, day=day_text(last))
    return _days(today, last + timedelta(days=1), zone, label, True)


def _days(first: date, stop: date, zone: ZoneInfo, label: str, dated: bool = False) -> Period:
    if not dated and "(" not in label:
        label = f"{label} ({span_text(first, stop - timedelta(days=1))})"
    return Period(
        resolve_local(datetime.combine(first, time()), zone),
        resolve_local(datetime.combine(stop, time()), zone),
        label,
    )


def _month_after(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def _said(phrase: str) -> str:
    return localized(w.PHRASES[phrase])
