"""Rules for calendar dates: numeric, month names, ordinal days, years, holidays, day ranges."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from flowhub.nlp import _time_holidays as hol
from flowhub.nlp._time_atoms import Atom
from flowhub.nlp._time_clock import _NOT_CLOCK_AFTER, _NOT_CLOCK_BEFORE
from flowhub.nlp._time_lexicon import (
    MONTHS,
    NUM_WORD,
    ORD_WORD,
    RISKY_MONTHS,
    WEEKDAYS,
    alt,
    ordinal_number,
    word_number,
)
from flowhub.nlp._time_rules import (
    DAYNUM,
    MONTH,
    WEEKDAY,
    B,
    Ctx,
    E,
    _day,
    _next_date,
    _safe_date,
    _year,
    rule,
)
from flowhub.nlp._time_zone import at

# ---------------------------------------------------------------- dates


@rule(
    rf"{B}(?P<y>\d{{4}})-(?P<mo>\d{{1,2}})-(?P<d>\d{{1,2}})(?:[t\s]+(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?::\d{{2}})?)?(?![\d])"
)
def _iso(m: re.Match[str], ctx: Ctx) -> Atom | None:
    d = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    if d is None:
        return None
    if m["h"]:
        h, mi = int(m["h"]), int(m["mi"])
        if h > 23 or mi > 59:
            return None
        return Atom(
            m.start(),
            m.end(),
            "instant",
            moment=at(d, h, mi, ctx.tz),
            grain="minute",
            day=d,
            past=True,
            rank=5,
        )
    return Atom(m.start(), m.end(), "day", day=d, past=True, rank=5)


@rule(rf"{B}(?P<y>(?:19|20)\d{{2}})[-/](?P<mo>0?[1-9]|1[0-2])(?![\d/-])")
def _year_month(m: re.Match[str], ctx: Ctx) -> Atom | None:
    d = date(int(m["y"]), int(m["mo"]), 1)
    return Atom(
        m.start(),
        m.end(),
        "day",
        day=d,
        day_end=d + relativedelta(months=1),
        grain="month",
        past=True,
    )


@rule(r"(?<![\w./$€£-])(?P<mo>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d{2})(?![\d/])")
def _month_year(m: re.Match[str], ctx: Ctx) -> Atom | None:
    d = date(int(m["y"]), int(m["mo"]), 1)
    return Atom(
        m.start(),
        m.end(),
        "day",
        day=d,
        day_end=d + relativedelta(months=1),
        grain="month",
        past=True,
    )


@rule(
    r"(?<![\w./$€£:-])(?P<a>\d{1,2})\s?(?P<sep>[/.-])\s?(?P<b>\d{1,2})"
    r"(?:\s?(?P=sep)\s?(?P<y>\d{4}|\d{2}))?(?![\d]|\.\d|\s*(?:[ap]\.?m|h\b|:))"
)
def _numeric(m: re.Match[str], ctx: Ctx) -> Atom | None:
    a, b = int(m["a"]), int(m["b"])
    if m["sep"] == "." and not m["y"] and not _dotted_date(m, ctx):
        return None  # "9.30" is a clock time, "1.5" a number
    if m["sep"] == "-" and not m["y"] and re.match(r"\s*[a-z]", m.string[m.end() :]):
        return None  # "2-3 people"
    mo, d = (b, a) if ctx.dayfirst else (a, b)
    if not 1 <= mo <= 12:
        mo, d = d, mo
    y = _year(m["y"])
    got = _day(m, _next_date(ctx, mo, d, y), past=y is not None)
    if got is None or m["sep"] != "." or m["y"]:
        return got
    if m.string[m.end() : m.end() + 1] == ".":
        return replace(got, end=m.end() + 1)  # the closing dot of "10.12." is the date's
    return replace(got, rank=1)  # "due 18.12" is that day, not the clock in the same digits


_DATE_LEAD = re.compile(r"(?:^|\b(?:on|am|by|until|till|due|before|after))[\W_]*$")
# A day and month without the closing dot need a word that asks for a day: "due 18.12", "by
# 3.11", "move it to 18.12"; "at 18.12" and "from 9.30 to 10.12" stay clock times.
_DAY_LEAD = re.compile(
    r"(?:^|\b(?:on|by|until|till|due|before|after|deadline|(?:move|push|change|shift|postpone"
    r"|reschedule|bump|set|make|put)\b(?:\s+[\w']+){0,5}?\s+to))[\W_]*$",
    re.I,
)


def _dotted_date(m: re.Match[str], ctx: Ctx) -> bool:
    """ "10.12." with its closing dot, alone or after "by"/"on", and "due 18.12" are dates;
    "at 10.12." stays a time and "version 2.4." a number."""
    if not 1 <= int(m["b"]) <= 12 or not (ctx.dayfirst or int(m["a"]) > 12):
        return False
    before, after = m.string[max(0, m.start() - 40) : m.start()], m.string[m.end() :]
    if not re.match(r"\.(?!\d|\.)", after):
        return not re.match(_NOT_CLOCK_AFTER, after) and bool(_DAY_LEAD.search(before))
    if re.match(_NOT_CLOCK_AFTER, after[1:]):
        return False  # "3.2. items"
    return bool(_DATE_LEAD.search(before[-12:]) or _DAY_LEAD.search(before))


@rule(
    r"(?<![\w./$€£:-])(?P<d1>\d{1,2})(?P<dot>\.(?:(?P<m1>\d{1,2})\.)?)?\s?(?P<sep>[-–/])"
    r"\s?(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})(?P<tail>\.(?P<y>\d{4}|\d{2})?)?(?![\d]|\.\d)"
)
def _dotted_range(m: re.Match[str], ctx: Ctx) -> Atom | None:
    """ "14. - 15.10.", "14./15.10.2018", "14.10. - 15.10.": a day-first range of days."""
    if not ctx.dayfirst or not (m["dot"] or m["tail"]):
        return None  # "14 - 15.10" may be a clock range
    if _NOT_CLOCK_BEFORE.search(m.string[max(0, m.start() - 12) : m.start()]):
        return None  # "pages 14. - 15.10."
    d1, d2, mo2 = int(m["d1"]), int(m["d2"]), int(m["m2"])
    mo1 = int(m["m1"]) if m["m1"] else mo2
    y = _year(m["y"])
    first = _next_date(ctx, mo1, d1, y) if 1 <= mo1 <= 12 else None
    if first is None or not 1 <= mo2 <= 12:
        return None
    last = _safe_date(first.year + (mo2 < mo1), mo2, d2)
    if last is None or last < first:
        return None
    return Atom(
        m.start(),
        m.end(),
        "day",
        day=first,
        day_end=last + timedelta(days=1),
        rank=2,
        past=y is not None,
    )


@rule(
    rf"{B}(?:(?:on|el|le|am|o|a)\s+)?(?:the\s+)?(?P<mon>{MONTH})\.?(?:\s*the)?\s*(?P<d>{DAYNUM}|{NUM_WORD}){E}"
    # "6 Dec 18:30": the number after the month is the clock, not a day
    r"(?![:.h]\d)"
    rf"(?:\s*,?\s*(?P<y>(?:19|20)\d{{2}}){E})?"
)
def _month_day(m: re.Match[str], ctx: Ctx) -> Atom | None:
    d = ordinal_number(m["d"].rstrip(".")) or word_number(m["d"])
    if d is None:
        return None
    if m["mon"] in RISKY_MONTHS and not (m["d"][0].isdigit() or m["y"] or ordinal_number(m["d"])):
        return None
    return _day(m, _next_date(ctx, MONTHS[m["mon"]], d, _year(m["y"])), past=bool(m["y"]))


@rule(
    rf"{B}(?:(?:on|el|le|am|o|a)\s+)?(?:the\s+)?(?P<d>{DAYNUM}|{NUM_WORD})\s*(?:of\s+|de\s+|-|/|\.\s?)?"
    rf"(?P<mon>{MONTH})\.?{E}(?:\s*[,/-]?\s*(?:of\s+|de\s+|del\s+)?(?P<y>(?:19|20)\d{{2}}|\d{{2}}(?!\s*(?:[:.h]|[ap]\.?m))(?!\s*(?:{MONTH}){E}))(?![\d:]))?"
)
def _day_month(m: re.Match[str], ctx: Ctx) -> Atom | None:
    raw = m["d"].rstrip(".")
    d = ordinal_number(raw) or word_number(raw)
    if d is None or d > 31:
        return None
    if (
        m["mon"] in RISKY_MONTHS
        and m["mon"] not in ("mars", "mai")
        and not raw[0].isdigit()
        and not ordinal_number(raw)
    ):
        return None
    return _day(m, _next_date(ctx, MONTHS[m["mon"]], d, _year(m["y"])), past=bool(m["y"]))


# "the 24" is a day of the month said alone or after a deadline word ("by the 24 at 5");
# elsewhere it counts ("the 24 boxes", "for the 24 people").
_BARE_DAY_BEFORE = re.compile(r"(?<!\w)(?:by|until|till|due|before|after|from|starting)\s+$")
_BARE_DAY_AFTER = re.compile(r"\s*(?:$|[,.!?;]|at\b|@|to\b|-|\d{1,2}(?::\d\d)?\s*[ap])")


def _bare_day_ok(m: re.Match[str]) -> bool:
    """Whether "the <number>" names a day where it stands."""
    rest = m.string[m.end() :]
    if m.start() == 0 and not rest.strip(" .!?"):
        return True
    before = m.string[max(0, m.start() - 10) : m.start()]
    return bool(_BARE_DAY_BEFORE.search(before) and _BARE_DAY_AFTER.match(rest))


# What an ordinal counts when it is no day of the month: "5th st", "the 3rd floor", "2nd round".
_ORDINAL_OF = re.compile(
    r"\s+(?:st|str|street|ave|avenue|av|rd|road|blvd|boulevard|floor|fl|lane|ln|dr|drive|pl|place"
    r"|way|ward|district|grade|class|round|row|gate|platform|stage|level|edition|anniversary"
    r"|birthday|century|generation|gen|prize|try|attempt|quarter|inning|pick|seat|draft|version"
    r"|revision|rev|shift|course|lesson|chapter|episode|season|semester|term|year)\b\.?",
    re.I,
)


@rule(
    rf"{B}(?:on\s+)?the\s+(?P<d>\d{{1,2}}(?:st|nd|rd|th)?|{ORD_WORD})(?:\s+day)?"
    rf"(?:\s+of\s+(?:the\s+)?(?P<rel>this|next|current|previous|last|following|coming)\s+month)?{E}"
    rf"|{B}on\s+(?P<d2>\d{{1,2}}(?:st|nd|rd|th)|{ORD_WORD}){E}"
    rf"|{B}(?P<d3>\d{{1,2}}(?:st|nd|rd|th)?|{ORD_WORD})(?:\s+day)?\s+of\s+(?:the\s+)?(?P<rel3>this|next|current|previous|last|following|coming)\s+month{E}"
)
def _ordinal_day(m: re.Match[str], ctx: Ctx) -> Atom | None:
    raw = m["d"] or m["d2"] or m["d3"]
    rel = m["rel"] or m["rel3"]
    d = ordinal_number(raw)
    if d is None or not 1 <= d <= 31 or _ORDINAL_OF.match(m.string, m.end()):
        return None
    bare = not rel and raw.isdigit() and m["d"] and not m.group(0).startswith("on")
    if bare and not _bare_day_ok(m):
        return None  # "the 24" needs more context
    if m["d"] and not rel and not m.group(0).startswith("on"):
        before = m.string[max(0, m.start() - 8) : m.start()]
        after = m.string[m.end() :]
        if not (
            re.search(r"(?:by|until|till|for|from|due|before|after)\s+$", before)
            or re.match(r"\s*(?:$|[,.!?;]|at\b|@|of\b|to\b|-|and\b|in\b|\d)", after)
        ):
            return None  # "the first alarm" is an ordinal, not a date
    base = ctx.today.replace(day=1)
    if rel in ("next", "following", "coming"):
        base += relativedelta(months=1)
    elif rel in ("previous", "last"):
        base -= relativedelta(months=1)
    for k in range(0 if rel else 13):
        cand = base + relativedelta(months=k)
        got = _safe_date(cand.year, cand.month, d)
        if got and (rel or got >= ctx.today):
            return _day(m, got, past=bool(rel))
    if rel:
        return _day(m, _safe_date(base.year, base.month, d), past=True)
    return None


@rule(
    rf"{B}(?:(?P<mod>in|during|next|this|last|until|till|en|em|dans|im|"
    rf"el\s+mes\s+de|proximo|prochain)\s+)?(?P<mon>{MONTH})\.?{E}"
    rf"(?:\s*,?\s*(?:of\s+)?(?P<y>(?:19|20)\d{{2}}){E})?(?P<after>\s+after\s+next)?"
)
def _month(m: re.Match[str], ctx: Ctx) -> Atom | None:
    mon = m["mon"]
    if m["mod"] in ("until", "till") and re.match(r"\s*\d", m.string[m.end() :]):
        return None  # "until march 1": the day, read by the month-day rule
    alone = m.start() == 0 and m.end() == len(m.string.rstrip(" .!?"))
    if (
        mon in RISKY_MONTHS | {"march", "august"}
        and not (m["mod"] or m["y"])
        and (not alone or mon == "may")
    ):
        return None  # "may I", "we march on"
    if len(mon) <= 3 and not (m["mod"] or m["y"]):
        return None
    if m.string.startswith("'s", m.end()):
        return None  # "june's birthday": a name
    if not m["mod"] and _labels_a_thing(m.string, m.start(), m.end()):
        return None  # "the invoice for november", "the december rota": what it is about
    mo = MONTHS[mon]
    y = _year(m["y"])
    if y is None:
        y = ctx.today.year if mo >= ctx.today.month else ctx.today.year + 1
        if m["mod"] == "last":
            y = ctx.today.year - 1 if mo >= ctx.today.month else ctx.today.year
        if m["mod"] == "next" and mo == ctx.today.month:
            y += 1
        if m["after"]:
            y += 1
    d = date(y, mo, 1)
    return Atom(
        m.start(),
        m.end(),
        "day",
        day=d,
        day_end=d + relativedelta(months=1),
        grain="month",
        past=m["mod"] == "last" or m["y"] is not None,
        weak=True,
    )


# Things a month names the period of ("the invoice for november", "the december rota").
_PERIOD_THINGS = (
    r"(?:invoices?|bills?|statements?|reports?|payroll|rent|salar(?:y|ies)|wages|rota|roster"
    r"|schedules?|timesheets?|newsletters?|issue|edition|budget|figures|numbers|accounts"
    r"|payments?|fees|expenses|receipts|minutes|price\s+list|prices|sales|stats|metrics"
    r"|utilities|premiums?|subscriptions?|returns?|close|closing|books|inventory|stock\s+take)"
)
_THING_BEFORE = re.compile(
    rf"\b{_PERIOD_THINGS}\s+(?:for|of|from)\s+(?:the\s+month\s+of\s+)?$", re.I
)
_THING_AFTER = re.compile(rf"\s*(?:(?:19|20)\d\d\s+)?{_PERIOD_THINGS}\b", re.I)


def _labels_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the month at `text[start:end]` says which period a thing covers, not when."""
    return bool(
        _THING_BEFORE.search(text, max(0, start - 40), start) or _THING_AFTER.match(text, end)
    )


@rule(
    rf"{B}(?P<mod>in|since|after|before|through|during|of|until|by|year)\s+(?P<y>(?:19|20)\d{{2}}){E}"
    rf"(?:\s*(?:a\.?d\.?|ad){E})?|{B}in\s+(?P<y2>\d{{1,4}})\s*(?:a\.d\.|ad{E}|a\.d)"
)
def _year_only(m: re.Match[str], ctx: Ctx) -> Atom | None:
    y = int(m["y"] or m["y2"])
    if y < 1:
        return None
    d = date(y, 1, 1)
    return Atom(
        m.start(),
        m.end(),
        "day",
        day=d,
        day_end=date(y + 1, 1, 1) if y < 9999 else None,
        grain="year",
        past=True,
        weak=True,
    )


# ---------------------------------------------------------------- holidays

_HOL = alt(k for k in hol.NAMES)
_YEAR_WORDS = rf"two\s+thousand(?:\s+and)?(?:\s+{NUM_WORD})?"


# "antes de Navidad", "antes do Natal": a holiday's "before" in words the rewrite leaves as said.
_HOLIDAY_BEFORE = r"antes\s+(?:de(?:l|\s+la)?|d[oa])"


def year_words(text: str) -> int:
    """A year written "two thousand (and) eighteen"."""
    rest = re.sub(r"^two\s+thousand(?:\s+and)?", "", text).strip()
    return 2000 + (word_number(rest) or 0 if rest else 0)


@rule(
    rf"{B}(?:{_HOLIDAY_BEFORE}\s+)?(?P<mod>next|this|last|the|el|la|le)?\s*(?P<h>{_HOL})(?![\w])(?:\s+(?:of\s+|in\s+)?(?P<yr>(?:19|20)\d{{2}}|this\s+year|next\s+year|last\s+year|{_YEAR_WORDS})){{0,1}}"
)
def _holiday(m: re.Match[str], ctx: Ctx) -> Atom | None:
    name = " ".join(m["h"].replace("-", " ").split())
    if (
        name in ("lent", "holi", "may day")
        and not (m["mod"] or m["yr"])
        and (m.start() != 0 or m.string[m.end() :].strip())
    ):
        return None  # "lent him money", "holi" inside other words of a sentence
    if name == "boss's" and m.string[m.end() :].strip():
        return None
    if (
        m["mod"] in (None, "the")
        and not m["yr"]
        and hol.names_a_thing(m.string, m.start("h"), m.end())
    ):
        return None  # "confirm the xmas menu": a kind of menu, not a day
    yr = m["yr"]
    if yr and yr.startswith("two"):
        yr = str(year_words(yr))
    today = ctx.today
    if yr and yr[0].isdigit():
        got = hol.holiday_span(name, int(yr))
        past = True
    else:
        base = today.year + {"next year": 1, "last year": -1}.get(" ".join((yr or "").split()), 0)
        got = None
        past = m["mod"] == "last"
        if yr:
            got = hol.holiday_span(name, base)
        elif past:
            for y in range(today.year, today.year - 3, -1):
                cand = hol.holiday_span(name, y)
                if cand and cand[0] < today:
                    got = cand
                    break
        else:
            for y in range(today.year, today.year + 3):
                cand = hol.holiday_span(name, y)
                if cand and (cand[1] or cand[0] + timedelta(days=1)) > today:
                    got = cand
                    break
    if got is None:
        return None
    d, end = got
    if name.startswith("earth hour"):
        return Atom(
            m.start(), m.end(), "instant", moment=at(d, 20, 30, ctx.tz), grain="minute", past=past
        )
    return Atom(m.start(), m.end(), "day", day=d, day_end=end, past=past, rank=3, holiday=name)


@rule(
    rf"(?:{B}(?:from\s+)?(?P<mon>{MONTH})\.?\s+(?P<d1>{DAYNUM})\s*(?:-|to|thru|through|till|until|a|al|au|bis)\s*(?:(?P<mon2>{MONTH})\.?\s+)?(?P<d2>{DAYNUM}){E}"
    rf"|{B}(?:from\s+)?(?:the\s+)?(?P<d3>{DAYNUM})\s*(?:-|to|thru|through|till|until|a|al|au|bis)\s*(?:the\s+)?(?P<d4>{DAYNUM})\s+(?:of\s+|de\s+)?(?P<mon3>{MONTH}){E})"
    rf"(?:\.?\s*,?\s*(?P<y>(?:19|20)\d{{2}}){E})?"
)
def _day_range(m: re.Match[str], ctx: Ctx) -> Atom | None:
    mon = m["mon"] or m["mon3"]
    if mon in RISKY_MONTHS and mon != "mars" and not m["d1"] and not m["d3"]:
        return None
    raw1 = (m["d1"] or m["d3"]).rstrip(".")
    raw2 = (m["d2"] or m["d4"]).rstrip(".")
    d1, d2 = ordinal_number(raw1) or word_number(raw1), ordinal_number(raw2) or word_number(raw2)
    if not d1 or not d2 or d2 > 31 or d1 > 31:
        return None
    mo1 = MONTHS[mon]
    mo2 = MONTHS[m["mon2"]] if m["mon2"] else mo1
    first = _next_date(ctx, mo1, d1, _year(m["y"]))
    if first is None:
        return None
    last = _safe_date(first.year + (mo2 < mo1), mo2, d2)
    if last is None or last < first:
        return None
    end = last + timedelta(days=1)
    return Atom(m.start(), m.end(), "day", day=first, day_end=end, rank=2, past=bool(m["y"]))


@rule(
    rf"{B}(?P<wd>{WEEKDAY})\.?,?\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th){E}"
    rf"(?!\s*(?:of\s+|de\s+)?{MONTH})"
)
def _weekday_daynum(m: re.Match[str], ctx: Ctx) -> Atom | None:
    """ "Thu 15th": the next month in which the 15th is a Thursday."""
    d, wd = int(m["d"]), WEEKDAYS[m["wd"]]
    base = ctx.today.replace(day=1)
    for k in range(0, 60):
        cand = base + relativedelta(months=k)
        got = _safe_date(cand.year, cand.month, d)
        if got and got >= ctx.today and got.weekday() == wd:
            return _day(m, got, rank=1)
    return None


@rule(rf"{B}(?P<mon>{MONTH})\.?\s+in\s+(?P<n>a|an|one|two|three|four|five|\d{{1,2}})\s+years?{E}")
def _month_in_years(m: re.Match[str], ctx: Ctx) -> Atom | None:
    n = 1 if m["n"] in ("a", "an") else word_number(m["n"])
    if n is None:
        return None
    return _day(m, date(ctx.today.year + n, MONTHS[m["mon"]], 1), grain="month")
