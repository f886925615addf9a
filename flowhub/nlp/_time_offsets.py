"""Rules for offsets from now: "in 3 days", "2 weeks ago", "next 5 hours", "in 15"."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, tzinfo

from dateutil.relativedelta import relativedelta

from flowhub.nlp._time_atoms import Atom
from flowhub.nlp._time_lexicon import (
    FUZZY,
    NUM_WORD,
    UNIT_WORDS,
    alt,
    word_number,
)
from flowhub.nlp._time_rules import NUM, B, Ctx, E, rule
from flowhub.nlp._time_zone import at, elapsed, localize

# ---------------------------------------------------------------- offsets

_AMOUNT = (
    rf"(?P<n@>\d+(?:[.,]\d+)?|\d+/\d+|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+pair\s+of|a\s+few|few|several|"
    rf"half\s+an|half\s+a|a\s+half|a\s+quarter\s+of\s+an|a\s+quarter\s+of\s+a|three[\s-]quarters\s+of\s+an|"
    rf"an|a|{NUM_WORD}|un|una|uno|um|uma|une|ein|eine|einem|einer|einen)"
    rf"(?P<more@>\s+more|\s+and\s+an?\s+half|\s+and\s+a\s+half)?"
)
_UNIT = alt(UNIT_WORDS)
_AMT1 = _AMOUNT.replace("@", "")
_AMT2 = _AMOUNT.replace("@", "2")


def _amount(m: re.Match[str]) -> float | None:
    key = "" if m.groupdict().get("n") else "2"
    raw = " ".join(m["n" + key].split())
    if "/" in raw:
        a, b = raw.split("/")
        val: float | None = int(a) / int(b) if int(b) else None
    elif raw[0].isdigit():
        val = float(raw.replace(",", "."))
    elif raw in ("half an", "half a", "a half"):
        val = 0.5
    elif raw.startswith("a quarter"):
        val = 0.25
    elif raw.startswith("three") and "quarter" in raw:
        val = 0.75
    elif raw in FUZZY:
        val = FUZZY[raw]
    elif raw in ("un", "una", "uno", "um", "uma", "une", "ein", "eine", "einem", "einer", "einen"):
        val = 1
    else:
        w = word_number(raw)
        val = float(w) if w is not None else None
    more = m["more" + key]
    if val is not None and more and "half" in more:
        val += 0.5
    return val


def _shift(now: datetime, amount: float, unit: str, tz: tzinfo) -> tuple[datetime, str] | None:
    """`now` moved by amount units, and the grain the result is meaningful at."""
    if unit in ("second", "minute", "hour"):
        secs = amount * {"second": 1, "minute": 60, "hour": 3600}[unit]
        moved = elapsed(now, timedelta(seconds=secs)).astimezone(tz)
        if unit == "second":
            return moved.replace(microsecond=0), "minute"
        return moved.replace(second=0, microsecond=0), "minute"
    if unit in ("day", "week", "fortnight"):
        days = amount * {"day": 1, "week": 7, "fortnight": 14}[unit]
        wall = now.replace(tzinfo=None) + timedelta(days=days)
        return localize(wall.replace(second=0, microsecond=0), tz), "day"
    months = amount * {"month": 1, "quarter": 3, "year": 12}[unit]
    if months != int(months):
        return None
    wall = now.replace(tzinfo=None) + relativedelta(months=int(months))
    return localize(wall.replace(second=0, microsecond=0), tz), "day"


@rule(
    rf"{B}(?P<pre>in|within|after|en|em|dentro\s+de|daqui\s+a|dans|nach|in\s+about|in\s+approximately|hace|il\s+y\s+a|vor|ha)\s+{_AMT1}\s*(?P<u>{_UNIT})(?![\w])"
    rf"|{B}{_AMT2}\s*(?P<u2>{_UNIT})(?![\w])\s+(?P<post>from\s+now|from\s+right\s+now|from\s+today|later|hence|ago|back|before|atras|from\s+(?=\w))"
)
def _offset(m: re.Match[str], ctx: Ctx) -> Atom | None:
    u = UNIT_WORDS[(m["u"] or m["u2"])]
    amount = _amount(m)
    if amount is None or amount > 10000:
        return None
    if m["u"] and len(m["u"]) == 1 and not m["n"][0].isdigit():
        return None
    if m["u2"] and len(m["u2"]) == 1 and not m["n2"][0].isdigit():
        return None
    pre = " ".join((m["pre"] or "").split())
    post = " ".join((m["post"] or "").split())
    if post.startswith("from") and post not in ("from now", "from right now", "from today"):
        # "a week from friday": a shift applied to the day that follows
        return Atom(m.start(), m.end(), "shift", delta=_delta(amount, u))
    if (
        post == "before"
        and u in ("second", "minute", "hour")
        and re.match(r"\s+\w", m.string[m.end() :])
    ):
        return None  # "half an hour before each one": a lead before something, not a date
    past = post in ("ago", "back", "before", "atras") or pre in ("hace", "il y a", "vor", "ha")
    sign = -1 if past else 1
    got = _shift(ctx.now, sign * amount, u, ctx.tz)
    if got is None:
        return None
    moment, grain = got
    if post == "from today":
        moment = at(moment.date(), 0, 0, ctx.tz)
    return Atom(
        m.start(), m.end(), "instant", moment=moment, grain=grain, past=sign < 0, day=moment.date()
    )


def _delta(amount: float, unit: str) -> timedelta:
    days = {
        "second": 1 / 86400,
        "minute": 1 / 1440,
        "hour": 1 / 24,
        "day": 1,
        "week": 7,
        "fortnight": 14,
        "month": 30,
        "quarter": 91,
        "year": 365,
    }[unit]
    return timedelta(days=amount * days)


@rule(rf"{B}(?P<n>{NUM})\s+(?P<u>day|days|week|weeks)\s+(?P<dir>after|before)\s+(?=\w)")
def _shift_rel(m: re.Match[str], ctx: Ctx) -> Atom | None:
    n = word_number(m["n"])
    if n is None:
        return None
    days = n * (7 if m["u"].startswith("week") else 1)
    return Atom(
        m.start(), m.end(), "shift", delta=timedelta(days=days if m["dir"] == "after" else -days)
    )


@rule(
    rf"{B}(?P<mod>next|last|past|coming|upcoming|the\s+next|the\s+last|the\s+past|within\s+the\s+next)\s+{_AMT1}\s+(?P<u>seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?){E}"
)
def _next_n(m: re.Match[str], ctx: Ctx) -> Atom | None:
    amount = _amount(m)
    if amount is None or amount != int(amount):
        return None
    n = int(amount)
    u = UNIT_WORDS[m["u"]]
    back = m["mod"].split()[-1] in ("last", "past")
    today, now = ctx.today, ctx.now
    if u in ("second", "minute", "hour"):
        step = {
            "second": timedelta(seconds=1),
            "minute": timedelta(minutes=1),
            "hour": timedelta(hours=1),
        }[u]
        base = now.replace(second=0, microsecond=0)
        if u == "hour":
            base = base.replace(minute=0)
        moment = elapsed(base, -step * n if back else step)
        return Atom(
            m.start(), m.end(), "instant", moment=moment, grain="minute", past=back, delta=step * n
        )
    if u == "day":
        s = today - timedelta(days=n) if back else today + timedelta(days=1)
        return Atom(m.start(), m.end(), "day", day=s, day_end=s + timedelta(days=n), past=back)
    if u == "week":
        mon = today - timedelta(days=today.weekday())
        s = mon - timedelta(days=7 * n) if back else mon + timedelta(days=7)
        return Atom(
            m.start(),
            m.end(),
            "day",
            day=s,
            day_end=s + timedelta(days=7 * n),
            grain="week",
            past=back,
        )
    if u == "month":
        first = today.replace(day=1)
        s = first - relativedelta(months=n) if back else first + relativedelta(months=1)
        return Atom(
            m.start(),
            m.end(),
            "day",
            day=s,
            day_end=s + relativedelta(months=n),
            grain="month",
            past=back,
        )
    s = date(today.year - n if back else today.year + 1, 1, 1)
    return Atom(
        m.start(), m.end(), "day", day=s, day_end=date(s.year + n, 1, 1), grain="year", past=back
    )


@rule(
    rf"{B}(?:the\s+|this\s+)?(?P<mod>next|last|past|this|coming|another)\s+(?P<half>half\s+(?:an\s+)?)?hour{E}"
)
def _this_hour(m: re.Match[str], ctx: Ctx) -> Atom | None:
    mod = m["mod"]
    base = ctx.now.replace(second=0, microsecond=0)
    if mod == "this":
        return Atom(
            m.start(), m.end(), "instant", moment=base.replace(minute=0), grain="minute", past=True
        )
    step = timedelta(minutes=30 if m["half"] else 60)
    back = mod in ("last", "past")
    return Atom(
        m.start(),
        m.end(),
        "instant",
        moment=elapsed(base, -step if back else step),
        grain="minute",
        past=back,
    )


@rule(r"(?<![\w'])in\s+(?P<n>\d{1,2})\s*(?P<u>\"|'')?(?=\s*(?:$|[.!?,;]))")
def _in_n(m: re.Match[str], ctx: Ctx) -> Atom | None:
    """ "be there in 15": minutes when no unit follows; in 1" is one second."""
    n = int(m["n"])
    if m["u"] == '"':
        return Atom(
            m.start(),
            m.end(),
            "instant",
            moment=elapsed(ctx.now, timedelta(seconds=n)),
            grain="minute",
        )
    if not 5 <= n <= 59:
        return None
    return Atom(
        m.start(), m.end(), "instant", moment=elapsed(ctx.now, timedelta(minutes=n)), grain="minute"
    )
