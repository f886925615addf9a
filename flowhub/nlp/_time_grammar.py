"""Regex rules that find the atoms of time expressions in folded text."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from dateutil.relativedelta import relativedelta

from flowhub.nlp import _time_holidays as hol
from flowhub.nlp._time_atoms import PARTS, Atom
from flowhub.nlp._time_lexicon import (
    FUZZY,
    MONTHS,
    NUM_WORD,
    ORD_WORD,
    RISKY_MONTHS,
    RISKY_WEEKDAYS,
    UNIT_WORDS,
    WEEKDAYS,
    alt,
    ordinal_number,
    word_number,
)
from flowhub.nlp._time_zone import at, localize


@dataclass(slots=True)
class Ctx:
    """The clock and reading conventions one parse runs with."""

    now: datetime  # aware, in the user's zone
    tz: tzinfo
    dayfirst: bool

    @property
    def today(self) -> date:
        """The user's local date."""
        return self.now.date()


Handler = Callable[[re.Match[str], Ctx], Atom | None]
RULES: list[tuple[re.Pattern[str], Handler]] = []


def rule(pattern: str) -> Callable[[Handler], Handler]:
    """Register `pattern` (verbose regex on folded text) with its handler."""

    def deco(fn: Handler) -> Handler:
        RULES.append((re.compile(pattern), fn))
        return fn

    return deco


B = r"(?<![\w'])"  # word start
E = r"(?![\w])"  # word end
MONTH = alt(MONTHS)
WEEKDAY = alt(WEEKDAYS)
AMPM = r"(?:(?P<ap>[ap])\.?\s?m\b\.?|(?P<ap1>[ap])\b\.?)"
HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
NUM = rf"(?:\d{{1,3}}|{NUM_WORD})"
DAYNUM = rf"(?:\d{{1,2}}(?:st|nd|rd|th|o|º|er|\.)?|{ORD_WORD})"
YEAR_TAIL = r"(?:\s*,?\s*(?:of\s+|de\s+|del\s+|em\s+)?(?P<y>(?:19|20)\d{2}|'\d{2}))?"
PRE = r"(?:at|@|by|until|till|til|from|around|about|approx(?:imately)?|before|after|since|" \
      r"a\s+las|a\s+la|as|a|um|ab|bis|vers|des|des\s+las|hacia\s+las|para\s+las|gegen)"


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    raw = raw.strip("'")
    y = int(raw)
    return y + (2000 if y < 50 else 1900) if len(raw) == 2 else y


def _ampm(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    ap = g.get("ap") or g.get("ap1")
    return f"{ap}m" if ap else None


def _safe_date(y: int, mo: int, d: int) -> date | None:
    if not (1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]):
        return None
    return date(y, mo, d)


def _next_date(ctx: Ctx, mo: int, d: int, year: int | None) -> date | None:
    """The date month/day in `year`, or the next one on or after today."""
    if year is not None:
        return _safe_date(year, mo, d)
    for y in range(ctx.today.year, ctx.today.year + 8):
        got = _safe_date(y, mo, d)
        if got and got >= ctx.today:
            return got
    return None


def _day(m: re.Match[str], kind_day: date | None, **kw: object) -> Atom | None:
    if kind_day is None:
        return None
    return Atom(m.start(), m.end(), "day", day=kind_day, **kw)  # type: ignore[arg-type]


def _time(m: re.Match[str], hour: int, minute: int, ampm: str | None, explicit: bool,
          grain: str = "minute", start: int | None = None) -> Atom | None:
    if ampm and not 1 <= hour <= 12 and not (hour == 0 and ampm == "am"):
        return None
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    return Atom(m.start() if start is None else start, m.end(), "time", hour=hour, minute=minute,
                ampm=ampm, explicit=explicit or ampm is not None or hour > 12 or hour == 0,
                grain=grain)


# ---------------------------------------------------------------- dates

@rule(rf"{B}(?P<y>\d{{4}})-(?P<mo>\d{{1,2}})-(?P<d>\d{{1,2}})(?:[t\s]+(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?::\d{{2}})?)?(?![\d])")
def _iso(m: re.Match[str], ctx: Ctx) -> Atom | None:
    d = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    if d is None:
        return None
    if m["h"]:
        h, mi = int(m["h"]), int(m["mi"])
        if h > 23 or mi > 59:
            return None
        return Atom(m.start(), m.end(), "instant", moment=at(d, h, mi, ctx.tz), grain="minute",
                    day=d, past=True, rank=5)
    return Atom(m.start(), m.end(), "day", day=d, past=True, rank=5)


@rule(rf"{B}(?P<y>(?:19|20)\d{{2}})[-/](?P<mo>0?[1-9]|1[0-2])(?![\d/-])")
def _year_month(m: re.Match[str], ctx: Ctx) -> Atom | None:
    d = date(int(m["y"]), int(m["mo"]), 1)
    return Atom(m.start(), m.end(), "day", day=d, day_end=d + relativedelta(months=1),
                grain="month", past=True)


@rule(r"(?<![\w./$€£-])(?P<mo>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d{2})(?![\d/])")
def _month_year(m: re.Match[str], ctx: Ctx) -> Atom | None:
    d = date(int(m["y"]), int(m["mo"]), 1)
    return Atom(m.start(), m.end(), "day", day=d, day_end=d + relativedelta(months=1),
                grain="month", past=True)


@rule(r"(?<![\w./$€£:-])(?P<a>\d{1,2})\s?(?P<sep>[/.-])\s?(?P<b>\d{1,2})"
      r"(?:\s?(?P=sep)\s?(?P<y>\d{4}|\d{2}))?(?![\d]|\.\d|\s*(?:[ap]\.?m|h\b|:))")
def _numeric(m: re.Match[str], ctx: Ctx) -> Atom | None:
    a, b = int(m["a"]), int(m["b"])
    if m["sep"] == "." and not m["y"]:
        return None  # "9.30" is a clock time, "1.5" a number
    if m["sep"] == "-" and not m["y"] and re.match(r"\s*[a-z]", m.string[m.end():]):
        return None  # "2-3 people"
    mo, d = (b, a) if ctx.dayfirst else (a, b)
    if not 1 <= mo <= 12:
        mo, d = d, mo
    y = _year(m["y"])
    return _day(m, _next_date(ctx, mo, d, y), past=y is not None)


@rule(rf"{B}(?:(?:on|el|le|am|o|a)\s+)?(?:the\s+)?(?P<mon>{MONTH})\.?(?:\s*the)?\s*(?P<d>{DAYNUM}|{NUM_WORD}){E}"
      rf"(?:\s*,?\s*(?P<y>(?:19|20)\d{{2}}){E})?")
def _month_day(m: re.Match[str], ctx: Ctx) -> Atom | None:
    d = ordinal_number(m["d"].rstrip(".")) or word_number(m["d"])
    if d is None:
        return None
    if m["mon"] in RISKY_MONTHS and not (m["d"][0].isdigit() or m["y"] or
                                         ordinal_number(m["d"])):
        return None
    return _day(m, _next_date(ctx, MONTHS[m["mon"]], d, _year(m["y"])), past=bool(m["y"]))


@rule(rf"{B}(?:(?:on|el|le|am|o|a)\s+)?(?:the\s+)?(?P<d>{DAYNUM}|{NUM_WORD})\s*(?:of\s+|de\s+|-|/|\.\s?)?"
      rf"(?P<mon>{MONTH})\.?{E}(?:\s*[,/-]?\s*(?:of\s+|de\s+|del\s+)?(?P<y>(?:19|20)\d{{2}}|\d{{2}}(?!\s*(?:[:.h]|[ap]\.?m)))(?![\d:]))?")
def _day_month(m: re.Match[str], ctx: Ctx) -> Atom | None:
    raw = m["d"].rstrip(".")
    d = ordinal_number(raw) or word_number(raw)
    if d is None or d > 31:
        return None
    if m["mon"] in RISKY_MONTHS and m["mon"] not in ("mars", "mai") and not raw[0].isdigit() \
            and not ordinal_number(raw):
        return None
    return _day(m, _next_date(ctx, MONTHS[m["mon"]], d, _year(m["y"])), past=bool(m["y"]))


@rule(rf"{B}(?:on\s+)?the\s+(?P<d>\d{{1,2}}(?:st|nd|rd|th)?|{ORD_WORD})(?:\s+day)?"
      rf"(?:\s+of\s+(?:the\s+)?(?P<rel>this|next|current|previous|last|following|coming)\s+month)?{E}"
      rf"|{B}on\s+(?P<d2>\d{{1,2}}(?:st|nd|rd|th)|{ORD_WORD}){E}"
      rf"|{B}(?P<d3>\d{{1,2}}(?:st|nd|rd|th)?|{ORD_WORD})(?:\s+day)?\s+of\s+(?:the\s+)?(?P<rel3>this|next|current|previous|last|following|coming)\s+month{E}")
def _ordinal_day(m: re.Match[str], ctx: Ctx) -> Atom | None:
    raw = m["d"] or m["d2"] or m["d3"]
    rel = m["rel"] or m["rel3"]
    d = ordinal_number(raw)
    if d is None or not 1 <= d <= 31:
        return None
    if not rel and raw.isdigit() and m["d"] and not m.group(0).startswith("on"):
        return None  # "the 24" needs more context
    if m["d"] and not rel and not m.group(0).startswith("on"):
        before = m.string[max(0, m.start() - 8):m.start()]
        after = m.string[m.end():]
        if not (re.search(r"(?:by|until|till|for|from|due|before|after)\s+$", before)
                or re.match(r"\s*(?:$|[,.!?;]|at\b|@|of\b|to\b|-|and\b|in\b|\d)", after)):
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


@rule(rf"{B}(?:(?P<mod>in|during|next|this|last|en|em|dans|im|"
      rf"el\s+mes\s+de|proximo|prochain)\s+)?(?P<mon>{MONTH})\.?{E}"
      rf"(?:\s*,?\s*(?:of\s+)?(?P<y>(?:19|20)\d{{2}}){E})?(?P<after>\s+after\s+next)?")
def _month(m: re.Match[str], ctx: Ctx) -> Atom | None:
    mon = m["mon"]
    alone = m.start() == 0 and m.end() == len(m.string.rstrip(" .!?"))
    if mon in RISKY_MONTHS | {"march", "august"} and not (m["mod"] or m["y"]) and (
            not alone or mon == "may"):
        return None  # "may I", "we march on"
    if len(mon) <= 3 and not (m["mod"] or m["y"]):
        return None
    if m.string.startswith("'s", m.end()):
        return None  # "june's birthday": a name
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
    return Atom(m.start(), m.end(), "day", day=d, day_end=d + relativedelta(months=1),
                grain="month", past=m["mod"] == "last" or m["y"] is not None, weak=True)


@rule(rf"{B}(?P<mod>in|since|after|before|through|during|of|until|by|year)\s+(?P<y>(?:19|20)\d{{2}}){E}"
      rf"(?:\s*(?:a\.?d\.?|ad){E})?|{B}in\s+(?P<y2>\d{{1,4}})\s*(?:a\.d\.|ad{E}|a\.d)")
def _year_only(m: re.Match[str], ctx: Ctx) -> Atom | None:
    y = int(m["y"] or m["y2"])
    if y < 1:
        return None
    d = date(y, 1, 1)
    return Atom(m.start(), m.end(), "day", day=d, day_end=date(y + 1, 1, 1) if y < 9999 else None,
                grain="year", past=True, weak=True)


# ---------------------------------------------------------------- relative days

REL_DAYS: dict[str, tuple[int, str | None]] = {
    "today": (0, None), "todays": (0, None), "today's": (0, None), "tonight": (0, "tonight"),
    "tonite": (0, "tonight"), "tomorrow": (1, None), "tomorrows": (1, None),
    "tomorrow's": (1, None), "tmrw": (1, None), "tmr": (1, None), "tmw": (1, None),
    "tomorow": (1, None), "tommorow": (1, None), "tommorrow": (1, None), "2moro": (1, None),
    "yesterday": (-1, None), "yesterdays": (-1, None), "yday": (-1, None),
    "the day after tomorrow": (2, None), "day after tomorrow": (2, None),
    "the day before yesterday": (-2, None), "day before yesterday": (-2, None),
    "last night": (-1, "night"), "next morning": (1, "morning"),
    "hoy": (0, None), "pasado manana": (2, None), "ayer": (-1, None), "anteayer": (-2, None),
    "esta noche": (0, "tonight"), "esta manana": (0, "morning"), "esta tarde": (0, "afternoon"),
    "manana por la manana": (1, "morning"), "manana por la tarde": (1, "afternoon"),
    "manana por la noche": (1, "night"), "hoje": (0, None), "amanha": (1, None),
    "depois de amanha": (2, None), "ontem": (-1, None), "hoje a noite": (0, "tonight"),
    "hoje de noite": (0, "tonight"), "esta noite": (0, "tonight"), "amanha de manha": (1, "morning"),  # noqa: E501
    "amanha a tarde": (1, "afternoon"), "amanha a noite": (1, "night"),
    "aujourd'hui": (0, None), "aujourdhui": (0, None), "demain": (1, None),
    "apres-demain": (2, None), "apres demain": (2, None), "hier": (-1, None),
    "avant-hier": (-2, None), "ce soir": (0, "tonight"), "ce matin": (0, "morning"),
    "cet apres-midi": (0, "afternoon"), "demain matin": (1, "morning"),
    "demain soir": (1, "night"), "demain apres-midi": (1, "afternoon"),
    "heute": (0, None), "ubermorgen": (2, None), "uebermorgen": (2, None), "gestern": (-1, None),
    "vorgestern": (-2, None), "heute abend": (0, "tonight"), "heute morgen": (0, "morning"),
    "heute nachmittag": (0, "afternoon"), "morgen fruh": (1, "morning"),
    "morgen abend": (1, "night"), "morgen nachmittag": (1, "afternoon"),
    "morgen vormittag": (1, "morning"), "heute nacht": (0, "tonight"),
}
# "manana"/"morgen" mean tomorrow unless they are the noun ("la manana", "guten morgen").
_REL_ALT = alt([*REL_DAYS, "manana", "morgen"])


@rule(rf"{B}(?P<late>late\s+)?(?P<w>{_REL_ALT})(?:ish)?{E}")
def _relative_day(m: re.Match[str], ctx: Ctx) -> Atom | None:
    w = re.sub(r"[\s-]+", " ", m["w"]).replace("apres demain", "apres-demain")
    if w in ("manana", "morgen"):
        before = m.string[max(0, m.start() - 12):m.start()]
        if re.search(r"(?:la|por|de|guten|am|this|der|den|in)\s+$", before):
            return None
        off, part = 1, None
    else:
        off, part = REL_DAYS.get(w, REL_DAYS.get(m["w"], (0, None)))
    a = Atom(m.start(), m.end(), "day", day=ctx.today + timedelta(days=off), past=off < 0)
    if part:
        a.part = "late night" if m["late"] and part in ("tonight", "night") else part
    return a


@rule(rf"{B}(?:asap|as\s+soon\s+as\s+possible|right\s+away|immediately|sofort|de\s+inmediato|imediatamente|tout\s+de\s+suite){E}")
def _now(m: re.Match[str], ctx: Ctx) -> Atom | None:
    # a bare "now" / "right now" is not reported: in chat it is almost never a due date
    return Atom(m.start(), m.end(), "instant", moment=ctx.now, grain="minute", rank=-1)


# ---------------------------------------------------------------- weekdays

_WD_PRE = r"(?P<mod>this|next|last|past|previous|coming|upcoming|following|the\s+following|" \
          r"el|le|o|a|am|on|" \
          r"proximo|proxima|prochain|nachsten|naechsten|kommenden|letzten|el\s+proximo|" \
          r"la\s+proxima|o\s+proximo|a\s+proxima|ce)"
_WD_POST = r"(?P<post>after\s+next|of\s+next\s+week|next\s+week|of\s+this\s+week|this\s+week|" \
           r"from\s+last\s+week|of\s+last\s+week|last\s+week|que\s+viene|prochain|prochaine|" \
           r"que\s+vem|dernier|passado|pasado|de\s+la\s+semana\s+que\s+viene)"


_RISKY_AFTER = re.compile(
    rf"\s*[,.]?\s*(?:\d|{MONTH}\b|at\b|@|(?:-|to|thru|through)\s*{WEEKDAY}\b)")
_RISKY_BEFORE = re.compile(
    rf"(?:{WEEKDAY}\.?\s*(?:-|to|thru|through)|(?:on|by|until|till|from|due|before|after)|"
    rf"\d(?:st|nd|rd|th)?\s*,)\s*$")


@rule(rf"{B}(?:{_WD_PRE}\s+)?(?P<wd>{WEEKDAY})\.?{E}(?:\s+{_WD_POST}{E})?"
      rf"|{B}last\s+week'?s\s+(?P<wd2>{WEEKDAY}){E}")
def _weekday(m: re.Match[str], ctx: Ctx) -> Atom | None:
    name = m["wd"] or m["wd2"]
    wd = WEEKDAYS[name]
    mod = (m["mod"] or "").split()[-1] if m["mod"] else ""
    post = " ".join((m["post"] or "").split())
    if m["wd2"]:
        post = "last week"
    if re.match(r"\s+(?:best|school|roast|paper|funday)\b", m.string[m.end():]):
        return None  # "sunday best", "sunday school"
    if name in RISKY_WEEKDAYS and not (mod or post):
        rest = m.string[m.end():]
        whole = m.start() == 0 and not rest.strip(" .!?")
        before = m.string[max(0, m.start() - 12):m.start()]
        ok_after = re.match(_RISKY_AFTER, rest)
        ok_before = re.search(_RISKY_BEFORE, before)
        if not (whole or ok_after or ok_before):
            return None  # "sun", "sat", "wed" are ordinary words without context
    if name.endswith("s") and name not in ("tues", "thurs", "weds") and WEEKDAYS.get(name[:-1]) is not None and not mod:  # noqa: E501
        # "mondays" is a recurrence, handled by the recurrence rules
        return None
    today = ctx.today
    monday = today - timedelta(days=today.weekday())
    past = False
    if post in ("after next",):
        d = today + timedelta(days=(wd - today.weekday()) % 7 or 7) + timedelta(days=7)
        if wd > today.weekday():
            d = monday + timedelta(days=7 + wd)
    elif post in ("next week", "of next week", "que viene", "prochain", "prochaine", "que vem",
                  "de la semana que viene") or mod in ("next", "proximo", "proxima", "prochain",
                                                       "nachsten", "naechsten", "following"):
        d = monday + timedelta(days=7 + wd)
    elif post in ("this week", "of this week"):
        d = monday + timedelta(days=wd)
        past = True
    elif post in ("from last week", "of last week", "last week"):
        d = monday - timedelta(days=7) + timedelta(days=wd)
        past = True
    elif mod in ("last", "past", "previous", "letzten") or post in ("dernier", "passado", "pasado"):
        d = today - timedelta(days=(today.weekday() - wd) % 7 or 7)
        past = True
    else:
        d = today + timedelta(days=(wd - today.weekday()) % 7 or 7)
    return Atom(m.start(), m.end(), "day", day=d, past=past, weak=True)


@rule(rf"{B}(?P<n>{NUM})\s+(?P<wd>{WEEKDAY})\s+(?P<dir>from\s+now|hence|ago|back){E}")
def _n_weekdays(m: re.Match[str], ctx: Ctx) -> Atom | None:
    name = m["wd"]
    n = word_number(m["n"])
    wd = WEEKDAYS.get(name, WEEKDAYS.get(name.rstrip("s"), -1))
    if not n or wd < 0:
        return None
    today = ctx.today
    if m["dir"] in ("ago", "back"):
        d = today - timedelta(days=(today.weekday() - wd) % 7 or 7) - timedelta(days=7 * (n - 1))
        return Atom(m.start(), m.end(), "day", day=d, past=True)
    d = today + timedelta(days=(wd - today.weekday()) % 7 or 7) + timedelta(days=7 * (n - 1))
    return Atom(m.start(), m.end(), "day", day=d)


@rule(rf"{B}(?:the\s+)?(?:(?P<k>second|2nd|third|3rd|fourth|4th|fifth|5th)\s+(?=last))?"
      rf"(?P<n>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\s+"
      rf"(?P<wd>{WEEKDAY}|day|week(?:[\s-]?end)?|wkend)\s+(?:of|in)\s+(?:the\s+)?"
      rf"(?:(?P<rel>this|next|last|current|previous|coming)\s+month|month|(?P<mon>{MONTH})"
      rf"(?:\s+(?P<y>(?:19|20)\d{{2}}))?|(?P<yo>(?:19|20)\d{{2}}){E})")
def _nth_weekday_of(m: re.Match[str], ctx: Ctx) -> Atom | None:
    # "third last week of 2018": n = -3 counts back from the end
    n = -(ordinal_number(m["k"] or "1") or 1) if m["n"] == "last" else \
        (ordinal_number(m["n"]) or 1)
    today = ctx.today
    if m["yo"]:
        y = int(m["yo"])
        first, last = date(y, 1, 1), date(y, 12, 31)
        return _nth_in(m, first, last, n, m["wd"], True)
    if m["mon"]:
        mo = MONTHS[m["mon"]]
        y = _year(m["y"]) or (today.year if mo >= today.month else today.year + 1)
    else:
        shift = {"next": 1, "coming": 1, "last": -1, "previous": -1}.get(m["rel"] or "", 0)
        base = today.replace(day=1) + relativedelta(months=shift)
        y, mo = base.year, base.month
    first = date(y, mo, 1)
    last = first + relativedelta(months=1) - timedelta(days=1)
    return _nth_in(m, first, last, n, m["wd"], bool(m["y"]) or m["rel"] == "last")


def _nth_in(m: re.Match[str], first: date, last: date, n: int, what: str, past: bool) -> Atom:
    """The n-th (negative: n-th from the end) day, week, weekend or weekday in a period.

    Weeks are the Monday-to-Sunday weeks that lie inside the period ("first week of october"
    starts on its first Monday, "last week of september 2014" is 22-28 September).
    """
    back = 7 * (-n - 1) if n < 0 else 0
    if what == "day":
        d = first + timedelta(days=n - 1) if n > 0 else last + timedelta(days=n + 1)
        return Atom(m.start(), m.end(), "day", day=d, past=True)
    if what.startswith("week") or what == "wkend":
        fri = last - timedelta(days=(last.weekday() - 4) % 7 + back)
        if what == "week" or (what.startswith("week") and "end" not in what):
            if n < 0:
                full = last - timedelta(days=6)
                mon = full - timedelta(days=full.weekday() + back)
            else:
                mon = first + timedelta(days=(-first.weekday()) % 7 + 7 * (n - 1))
            return Atom(m.start(), m.end(), "day", day=mon, day_end=mon + timedelta(days=7),
                        grain="week", past=True)
        return Atom(m.start(), m.end(), "day", day=fri + timedelta(days=1),
                    day_end=fri + timedelta(days=3), past=True)
    wd = WEEKDAYS[what]
    if n > 0:
        d = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    else:
        d = last - timedelta(days=(last.weekday() - wd) % 7 + back)
    return Atom(m.start(), m.end(), "day", day=d, past=past)


# ---------------------------------------------------------------- periods

_MOD = r"(?P<mod>this|next|last|past|previous|coming|upcoming|following|the\s+following|current|the\s+coming|this\s+coming|the\s+next|the\s+past|the\s+last|rest\s+of\s+the|rest\s+of\s+this|all|whole|the\s+whole|the|esta|este|proxima|proximo|la\s+proxima|el\s+proximo|cette|ce|la|le|diese|dieses|nachste|nachsten|nachstes|naechste|kommende|letzte|letzten)"  # noqa: E501
_PERIOD = r"(?P<u>week(?:[\s-]?end)?s?|wkend|month|year|yr|quarter|qtr|semana|mes|ano|fin\s+de\s+semana|fim\s+de\s+semana|semaine|mois|annee|week-end|woche|wochenende|monat|jahr)"  # noqa: E501
_POST = r"(?:\s+(?P<post>que\s+viene|que\s+vem|prochaine|prochain|passada|pasada|derniere|dernier))?"  # noqa: E501


@rule(rf"{B}{_MOD}\s+{_PERIOD}{E}{_POST}|{B}(?P<solo>weekend|week-end|this\s+wkend){E}")
def _period(m: re.Match[str], ctx: Ctx) -> Atom | None:
    mod = " ".join((m["mod"] or "this").split())
    u = " ".join((m["u"] or m["solo"]).split())
    post = m["post"] or ""
    if mod in ("la", "le", "the", "el") and not post and u not in ("weekend", "week-end"):
        before = m.string[max(0, m.start() - 8):m.start()]
        if not (u == "week" and re.search(r"(?:for|during|all|over)\s+$", before)):
            return None  # "the month" alone is not a date; "for the week" is this week
    shift = 0
    if mod in ("next", "coming", "upcoming", "following", "the following", "the coming",
               "this coming", "the next", "proxima", "proximo", "la proxima", "el proximo",
               "nachste", "nachsten", "nachstes", "naechste", "kommende") or post in (
            "que viene", "que vem", "prochaine", "prochain"):
        shift = 1
    elif mod in ("last", "past", "previous", "the past", "the last", "letzte", "letzten") or post in (  # noqa: E501
            "passada", "pasada", "derniere", "dernier"):
        shift = -1
    today = ctx.today
    rest = mod.startswith("rest")
    if "end" in u or u in ("wkend", "fin de semana", "fim de semana", "wochenende"):
        sat = today + timedelta(days=(5 - today.weekday()) % 7)
        if today.weekday() == 6:
            sat = today - timedelta(days=1)
        if shift < 0:
            sat = today - timedelta(days=(today.weekday() - 5) % 7 or 7)
        elif shift > 0 and today.weekday() >= 5:
            sat += timedelta(days=7)
        return Atom(m.start(), m.end(), "day", day=sat, day_end=sat + timedelta(days=2),
                    past=shift < 0, rank=1)
    if u.startswith(("week", "semana", "semaine", "woche")):
        start = today - timedelta(days=today.weekday()) + timedelta(days=7 * shift)
        if rest:
            return Atom(m.start(), m.end(), "day", day=today, day_end=start + timedelta(days=7))
        return Atom(m.start(), m.end(), "day", day=start, day_end=start + timedelta(days=7),
                    grain="week", past=shift < 0)
    if u in ("month", "mes", "mois", "monat"):
        first = today.replace(day=1) + relativedelta(months=shift)
        return Atom(m.start(), m.end(), "day", day=today if rest else first,
                    day_end=first + relativedelta(months=1), grain="day" if rest else "month",
                    past=shift < 0)
    if u in ("quarter", "qtr"):
        q0 = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1) + relativedelta(months=3 * shift)
        return Atom(m.start(), m.end(), "day", day=q0, day_end=q0 + relativedelta(months=3),
                    grain="quarter", past=shift < 0)
    first = date(today.year + shift, 1, 1)
    return Atom(m.start(), m.end(), "day", day=today if rest else first,
                day_end=date(first.year + 1, 1, 1), grain="day" if rest else "year",
                past=shift < 0)


@rule(rf"{B}(?:the\s+)?(?P<n>first|1st|second|2nd|third|3rd|fourth|4th)\s+(?:quarter|qtr)"
      rf"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d{{2}}))?{E}|{B}(?P<yy>\d{{2}}|\d{{4}})q(?P<q>[1-4]){E}")
def _quarter(m: re.Match[str], ctx: Ctx) -> Atom | None:
    if m["q"]:
        q, y = int(m["q"]), _year(m["yy"])
    else:
        q, y = ordinal_number(m["n"]) or 1, _year(m["y"])
    y = y or ctx.today.year
    d = date(y, 3 * (q - 1) + 1, 1)
    return Atom(m.start(), m.end(), "day", day=d, day_end=d + relativedelta(months=3),
                grain="quarter", past=True)


@rule(rf"{B}(?:by\s+|at\s+)?(?:the\s+)?(?P<edge>eod|cob|eow|eom|eoy|bom|boy|eoq|close\s+of\s+business|end\s+of\s+(?:the\s+)?(?:business\s+)?day|end\s+of\s+day)"
      rf"{E}|{B}(?:by\s+|at\s+)?(?:the\s+)?(?P<e2>end|beginning|start)\s+of\s+(?:the\s+)?"
      rf"(?:(?P<rel>this|next|last|current|coming|previous|past|following|around\s+next)\s+)?(?P<what>week|month|year|quarter|(?P<mon>{MONTH})|(?P<y>(?:19|20)\d{{2}})){E}"
      rf"|{B}(?P<emid>early|mid|late|end\s+of)[\s-]+(?P<mon2>{MONTH}){E}")
def _edge(m: re.Match[str], ctx: Ctx) -> Atom | None:
    today, tz, now = ctx.today, ctx.tz, ctx.now
    edge = " ".join((m["edge"] or "").split())
    if edge in ("eod", "cob", "close of business", "end of day", "end of the day",
                "end of business day", "end of the business day"):
        t = at(today, 17, 0, tz)
        if t <= now:
            t = at(today + timedelta(days=1), 17, 0, tz)
        return Atom(m.start(), m.end(), "instant", moment=t, grain="hour", rank=2)
    if edge == "eow":
        fri = today + timedelta(days=(4 - today.weekday()) % 7)
        t = at(fri, 17, 0, tz)
        if t <= now:
            t = at(fri + timedelta(days=7), 17, 0, tz)
        return Atom(m.start(), m.end(), "instant", moment=t, grain="hour", rank=2)
    if m["emid"]:
        mo = MONTHS[m["mon2"]]
        y = today.year if mo >= today.month else today.year + 1
        first = date(y, mo, 1)
        last = first + relativedelta(months=1) - timedelta(days=1)
        kind = " ".join(m["emid"].split())
        if kind == "early":
            return Atom(m.start(), m.end(), "day", day=first, day_end=first + timedelta(days=10))
        if kind == "mid":
            return Atom(m.start(), m.end(), "day", day=first + timedelta(days=10),
                        day_end=first + timedelta(days=20))
        if kind == "late":
            return Atom(m.start(), m.end(), "day", day=first + timedelta(days=20),
                        day_end=last + timedelta(days=1))
        return Atom(m.start(), m.end(), "day", day=last)
    e = {"eom": "end", "eoy": "end", "bom": "beginning", "boy": "beginning", "eoq": "end"}.get(
        edge, m["e2"] or "")
    what = {"eom": "month", "eoy": "year", "bom": "month", "boy": "year", "eoq": "quarter"}.get(
        edge, m["what"] or "")
    rel = " ".join((m["rel"] or "").split())
    shift = 1 if rel in ("next", "coming", "following", "around next") else \
        -1 if rel in ("last", "previous", "past") else 0
    end = e == "end"
    if m["mon"]:
        mo = MONTHS[m["mon"]]
        y = today.year if mo >= today.month else today.year + 1
        first = date(y, mo, 1)
        last = first + relativedelta(months=1) - timedelta(days=1)
        return Atom(m.start(), m.end(), "day", day=last if end else first, weak=True,
                    day_end=last + timedelta(days=1) if end else None)
    if m["y"]:
        y = int(m["y"])
        return Atom(m.start(), m.end(), "day", day=date(y, 12, 31) if end else date(y, 1, 1),
                    day_end=date(y + 1, 1, 1) if end else None, past=True)
    if what == "week":
        mon = today - timedelta(days=today.weekday()) + timedelta(days=7 * shift)
        d = mon + timedelta(days=4) if end else mon
        return Atom(m.start(), m.end(), "day", day=d, past=shift < 0)
    if what == "month":
        first = today.replace(day=1) + relativedelta(months=shift)
        last = first + relativedelta(months=1) - timedelta(days=1)
        return Atom(m.start(), m.end(), "day", day=last if end else first, past=shift < 0,
                    day_end=last + timedelta(days=1) if end else None)
    if what == "quarter":
        q0 = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1) + relativedelta(months=3 * shift)
        q1 = q0 + relativedelta(months=3)
        return Atom(m.start(), m.end(), "day", day=q1 - timedelta(days=1) if end else q0,
                    day_end=q1 if end else None)
    y = today.year + shift
    return Atom(m.start(), m.end(), "day", day=date(y, 12, 31) if end else date(y, 1, 1),
                day_end=date(y + 1, 1, 1) if end else None, past=shift < 0)


# ---------------------------------------------------------------- offsets

_AMOUNT = (rf"(?P<n@>\d+(?:[.,]\d+)?|\d+/\d+|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+pair\s+of|a\s+few|few|several|"  # noqa: E501
           rf"half\s+an|half\s+a|a\s+half|a\s+quarter\s+of\s+an|a\s+quarter\s+of\s+a|three[\s-]quarters\s+of\s+an|"
           rf"an|a|{NUM_WORD}|un|una|uno|um|uma|une|ein|eine|einem|einer|einen)"
           rf"(?P<more@>\s+more|\s+and\s+an?\s+half|\s+and\s+a\s+half)?")
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
        moved = (now + timedelta(seconds=secs)).astimezone(tz)
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


@rule(rf"{B}(?P<pre>in|within|after|en|em|dentro\s+de|daqui\s+a|dans|nach|in\s+about|in\s+approximately|hace|il\s+y\s+a|vor|ha)\s+{_AMT1}\s*(?P<u>{_UNIT})(?![\w])"
      rf"|{B}{_AMT2}\s*(?P<u2>{_UNIT})(?![\w])\s+(?P<post>from\s+now|from\s+right\s+now|from\s+today|later|hence|ago|back|before|atras|from\s+(?=\w))")
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
    past = post in ("ago", "back", "before", "atras") or pre in ("hace", "il y a", "vor", "ha")
    sign = -1 if past else 1
    got = _shift(ctx.now, sign * amount, u, ctx.tz)
    if got is None:
        return None
    moment, grain = got
    if post == "from today":
        moment = at(moment.date(), 0, 0, ctx.tz)
    return Atom(m.start(), m.end(), "instant", moment=moment, grain=grain, past=sign < 0,
                day=moment.date())


def _delta(amount: float, unit: str) -> timedelta:
    days = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7,
            "fortnight": 14, "month": 30, "quarter": 91, "year": 365}[unit]
    return timedelta(days=amount * days)


@rule(rf"{B}(?P<n>{NUM})\s+(?P<u>day|days|week|weeks)\s+(?P<dir>after|before)\s+(?=\w)")
def _shift_rel(m: re.Match[str], ctx: Ctx) -> Atom | None:
    n = word_number(m["n"])
    if n is None:
        return None
    days = n * (7 if m["u"].startswith("week") else 1)
    return Atom(m.start(), m.end(), "shift",
                delta=timedelta(days=days if m["dir"] == "after" else -days))


@rule(rf"{B}(?P<mod>next|last|past|coming|upcoming|the\s+next|the\s+last|the\s+past|within\s+the\s+next)\s+{_AMT1}\s+(?P<u>seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?){E}")
def _next_n(m: re.Match[str], ctx: Ctx) -> Atom | None:
    amount = _amount(m)
    if amount is None or amount != int(amount):
        return None
    n = int(amount)
    u = UNIT_WORDS[m["u"]]
    back = m["mod"].split()[-1] in ("last", "past")
    today, now = ctx.today, ctx.now
    if u in ("second", "minute", "hour"):
        step = {"second": timedelta(seconds=1), "minute": timedelta(minutes=1),
                "hour": timedelta(hours=1)}[u]
        base = now.replace(second=0, microsecond=0)
        if u == "hour":
            base = base.replace(minute=0)
        moment = base - step * n if back else base + step
        return Atom(m.start(), m.end(), "instant", moment=moment, grain="minute", past=back,
                    delta=step * n)
    if u == "day":
        s = today - timedelta(days=n) if back else today + timedelta(days=1)
        return Atom(m.start(), m.end(), "day", day=s, day_end=s + timedelta(days=n), past=back)
    if u == "week":
        mon = today - timedelta(days=today.weekday())
        s = mon - timedelta(days=7 * n) if back else mon + timedelta(days=7)
        return Atom(m.start(), m.end(), "day", day=s, day_end=s + timedelta(days=7 * n),
                    grain="week", past=back)
    if u == "month":
        first = today.replace(day=1)
        s = first - relativedelta(months=n) if back else first + relativedelta(months=1)
        return Atom(m.start(), m.end(), "day", day=s, day_end=s + relativedelta(months=n),
                    grain="month", past=back)
    s = date(today.year - n if back else today.year + 1, 1, 1)
    return Atom(m.start(), m.end(), "day", day=s, day_end=date(s.year + n, 1, 1), grain="year",
                past=back)


# ---------------------------------------------------------------- clock times

_NOT_CLOCK_BEFORE = re.compile(
    r"(?:version|ver|v|release|rev|build|python|chapter|section|page|step|rule|item|no|number|"
    r"score|rating|grade|size|costs?|price|usd|eur|gbp|is|was|of|about)\.?\s*$")
_NOT_CLOCK_AFTER = re.compile(
    r"\s*(?:%|percent|x\b|times\b|eur|usd|gbp|dollars?|euros?|kg|km|mi|miles|stars?|points?|"
    r"percent|gb|mb|hours?|hrs?|days?|years?|items?|people|units?)")


@rule(rf"(?<![\w.:$€£/-])(?P<h>[01]?\d|2[0-3])(?P<sep>[:h.]|\s?uhr\s?)(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\s*{AMPM})?(?![\d]|\.\d)")
def _clock(m: re.Match[str], ctx: Ctx) -> Atom | None:
    h, mi = int(m["h"]), int(m["m"])
    ap = _ampm(m)
    if m["sep"] == "." and not ap:
        before = m.string[max(0, m.start() - 12):m.start()]
        after = m.string[m.end():]
        if re.search(_NOT_CLOCK_BEFORE, before) or re.match(_NOT_CLOCK_AFTER, after) or h == 0:
            return None  # "version 2.10", "1.50 eur", "2.25x" are numbers, not times
    a = _time(m, h, mi, ap, True)
    if a is not None:
        a.zero = m["h"].startswith("0") or m["sep"] != ":"
        if m["s"] and m["sep"] == ":":
            a.second = int(m["s"])
    return a


@rule(rf"(?<![\w.:$€£/-])(?P<h>[01]?\d|2[0-3])\s?(?:h|uhr|heures?|hrs){E}(?!\s*(?:\d|later|ago|from|before|after))")
def _h_suffix(m: re.Match[str], ctx: Ctx) -> Atom | None:
    before = m.string[max(0, m.start() - 10):m.start()]
    if re.search(r"(?:for|in|takes|took|about|last(?:s|ed)?|every|cada|de)\s+$", before):
        return None
    return _time(m, int(m["h"]), 0, None, True, grain="minute")


@rule(rf"{B}(?P<h>\d{{1,2}}|{HOUR_WORD})(?:\s*(?:o'?\s?clock|ish))?\s*{AMPM}(?:\s*approximately)?"
      rf"|{B}(?P<h2>\d{{1,2}}|{HOUR_WORD})\s+in\s+the\s+(?P<ap2>am|pm|a\.m\.|p\.m\.){E}")
def _hour_ampm(m: re.Match[str], ctx: Ctx) -> Atom | None:
    h = word_number(m["h"] or m["h2"])
    if h is None:
        return None
    ap = _ampm(m) or (m["ap2"][0] + "m" if m["ap2"] else None)
    if m["ap1"] and not re.match(r"\s*(?:$|[,.!?)])", m.string[m.end():]) and m.start() > 0:
        pass
    if m["ap1"]:
        before = m.string[max(0, m.start() - 6):m.start()]
        if not re.search(r"(?:at|@|-|to)\s*$", before):
            return None
    return _time(m, h, 0, ap, True, grain="hour")


_MIN_WORD = rf"(?:(?:oh|o|zero|ou)[\s-]+{HOUR_WORD}|{NUM_WORD})"


@rule(rf"{B}(?P<h>{HOUR_WORD}|twenty[\s-]?one|twenty[\s-]?two|twenty[\s-]?three|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
      rf"(?:[\s-]+(?P<m>{_MIN_WORD}))?(?:\s*o'?\s?clock)?\s*(?:{AMPM}|(?P<oc>o'?\s?clock){E})"
      rf"|{B}(?P<h2>{HOUR_WORD})[\s-]+(?P<m2>thirty|fifteen|forty[\s-]five|o\s+\w+|oh[\s-]+\w+|zero[\s-]+\w+|ou\s+\w+)(?=\s*$)")
def _word_time(m: re.Match[str], ctx: Ctx) -> Atom | None:
    h = word_number(m["h"] or m["h2"])
    raw_m = m["m"] or m["m2"]
    mi = 0
    if raw_m:
        parts = raw_m.replace("-", " ").split()
        if parts[0] in ("oh", "o", "zero", "ou"):
            parts = parts[1:]
        got = word_number(" ".join(parts))
        if got is None or got > 59:
            return None
        mi = got
    if h is None:
        return None
    if m["h2"] and m.start() != 0:
        return None
    ap = _ampm(m)
    if m["ap1"]:
        return None
    return _time(m, h, mi, ap, bool(ap or m["oc"]), grain="minute" if raw_m else "hour")


@rule(rf"{B}(?P<h>\d{{1,2}}|{HOUR_WORD})\s*o'?\s?clock{E}")
def _oclock(m: re.Match[str], ctx: Ctx) -> Atom | None:
    h = word_number(m["h"])
    if h is None:
        return None
    return _time(m, h, 0, None, False, grain="hour")


@rule(rf"{B}(?P<h>{HOUR_WORD}|\d{{1,2}})\s+hundred(?:\s+(?:and\s+)?(?P<m>{NUM_WORD}))?(?:\s*(?:hours))?(?:\s*{AMPM})?{E}")
def _hundred(m: re.Match[str], ctx: Ctx) -> Atom | None:
    h = word_number(m["h"])
    mi = word_number(m["m"]) if m["m"] else 0
    if h is None or mi is None or h > 24 or mi > 59:
        return None
    return _time(m, h, mi, _ampm(m), True)


@rule(rf"(?<![\w.:$€£/-])(?P<pre>{PRE})\s+(?P<h>\d{{1,2}}|{HOUR_WORD})"
      rf"(?:(?:\s|:)(?P<m>[0-5]\d)|[\s-]+(?P<mw>{_MIN_WORD}))?(?P<ish>ish)?(?:\s*(?:o'?\s?clock|uhr|h{E}))?(?![\w:.%/-]|\s*(?:[ap]\.?m|%|percent|people|persons|items|of\b|times|years|days|weeks|months|hours|minutes|mins|ppl|x\b|\$|€|dollars|euros|\w+s\b(?<!ish)))"
      rf"|(?<![\w.:$€£/-])(?P<pre2>at|@|around|about|approximately|approx)\s+(?P<hhmm>\d{{3,4}})(?:ish)?(?![\w:.-])")
def _anchored(m: re.Match[str], ctx: Ctx) -> Atom | None:
    pre = " ".join((m["pre"] or m["pre2"] or "").split())
    start = m.start()
    if pre in ("a", "as", "um", "ab", "bis", "vers", "des", "gegen"):
        # "a"/"as" are also English words: only digits ("as 10", "a 9h") count as a time
        if not m["h"] or not m["h"].isdigit():
            return None
        if pre == "a" and not (m["m"] or m.group(0).endswith(("h", "uhr"))):
            return None
    if m["hhmm"]:
        v = m["hhmm"]
        hh, mi = int(v[:-2]), int(v[-2:])
        if hh > 23 or mi > 59:
            return None
        return _time(m, hh, mi, None, hh > 12 or hh == 0, start=start)
    h = word_number(m["h"])
    if h is None or h > 24:
        return None
    mi = 0
    if m["m"]:
        mi = int(m["m"])
    elif m["mw"]:
        parts = m["mw"].replace("-", " ").split()
        if parts[0] in ("oh", "o", "zero", "ou"):
            parts = parts[1:]
        got = word_number(" ".join(parts))
        if got is None or got > 59:
            return None
        mi = got
    return _time(m, h, mi, None, h > 12, grain="minute" if (m["m"] or m["mw"]) else "hour",
                 start=start)


@rule(rf"{B}(?P<q>a\s+quarter|quarter|half|\d{{1,2}}|{NUM_WORD})(?:\s+(?:minutes?|mins?))?\s+(?P<dir>past|after|to|till|before|of|from)\s+"
      rf"(?P<h>\d{{1,2}}|{HOUR_WORD}|noon|midnight)(?P<hsuf>h)?(?:\s*{AMPM})?(?![\w:])"
      rf"|{B}half\s+(?P<h2>{HOUR_WORD}|\d{{1,2}})(?![\w:])(?!\s*(?:hours?|an|a\b|days?))")
def _past_to(m: re.Match[str], ctx: Ctx) -> Atom | None:
    if m["h2"]:
        h = word_number(m["h2"])
        if h is None or not 1 <= h <= 12:
            return None
        return _time(m, h, 30, None, False)
    q = " ".join(m["q"].split())
    mins = 15 if "quarter" in q else 30 if q == "half" else word_number(q)
    if mins is None or not 1 <= mins <= 59:
        return None
    if m["dir"] == "from" and not re.search(r"\d|[ap]m|noon|midnight", m.group(0)[-8:]):
        return None
    hraw = m["h"]
    ap = _ampm(m)
    if m["ap1"]:
        return None
    if hraw in ("noon", "midnight"):
        h, ap, explicit = (12, None, True) if hraw == "noon" else (0, None, True)
    else:
        got = word_number(hraw)
        if got is None or got > 23:
            return None
        h, explicit = got, ap is not None or got > 12 or m["hsuf"] is not None
    total = h * 60 + (mins if m["dir"] in ("past", "after", "from") else -mins)
    if ap == "pm" and h < 12:
        total += 720
        ap = None
        explicit = True
    elif ap == "am" and h == 12:
        total -= 720
        ap = None
        explicit = True
    total %= 1440
    if hraw == "midnight" and m["dir"] in ("to", "till", "before", "of"):
        explicit = True
    return _time(m, total // 60, total % 60, ap, explicit)


@rule(rf"{B}(?:at\s+|@\s*)?(?:the\s+)?(?P<w>noon|midday|mid\s+day|midnight|mediodia|medianoche|meio[\s-]dia|meia[\s-]noite|midi|minuit|mittag|mitternacht|mittags){E}")
def _noon(m: re.Match[str], ctx: Ctx) -> Atom | None:
    w = m["w"]
    if w.startswith(("midn", "media", "meia", "minuit", "mitter")):
        return _time(m, 24, 0, None, True, grain="hour")
    return _time(m, 12, 0, None, True, grain="hour")


_PART_WORDS = r"(?P<part>morning|mornings|afternoon|afternoonish|evening|night|lunch(?:\s*time)?|daybreak|sunrise|sunset|manana|tarde|noche|manha|noite|matin|apres-midi|soir|soiree|morgens|vormittag|nachmittag|abend|abends|nachts|nacht|fruh)"  # noqa: E501
_PART_MAP = {"mornings": "morning", "afternoonish": "afternoon", "manana": "morning",
             "tarde": "afternoon", "noche": "night", "manha": "morning", "noite": "night",
             "matin": "morning", "apres-midi": "afternoon", "soir": "evening",
             "soiree": "evening", "morgens": "morning", "vormittag": "morning",
             "nachmittag": "afternoon", "abend": "evening", "abends": "evening",
             "nachts": "night", "nacht": "night", "fruh": "morning"}


@rule(rf"{B}(?P<pre>this|in\s+the|the|in|early\s+in\s+the|late\s+in\s+the|por\s+la|de\s+la|a\s+la|pela|de|da|a|a\s+noite|du|le|dans\s+la|am|at|in\s+the\s+early\s+hours\s+of\s+the|during\s+the|after|before)?"
      rf"\s*(?P<mod>early|late)?\s*{_PART_WORDS}{E}(?P<of>\s+of)?|{B}(?P<solo>after\s+lunch|after\s+school|after\s+work|before\s+work|during\s+the\s+day){E}")
def _part(m: re.Match[str], ctx: Ctx) -> Atom | None:
    if m["solo"]:
        return Atom(m.start(), m.end(), "part", part=" ".join(m["solo"].split()))
    p = m["part"]
    if p in ("manana", "fruh") and not m["pre"]:
        return None  # bare "manana" means tomorrow
    if p in ("tarde", "noche", "noite", "nacht", "abend") and not m["pre"]:
        return None  # "tarde" alone is also "late"; these need "por la", "de", "am"...
    part = _PART_MAP.get(p, p)
    if part.startswith("lunch"):
        part = "lunch"
    pre = " ".join((m["pre"] or "").split())
    if pre in ("", "the", "a", "de", "le") and not m["mod"]:
        before = m.string[max(0, m.start() - 12):m.start()]
        after = m.string[m.end():]
        determiner = re.search(r"(?:my|your|his|her|our|their|a|an|the)\s+$", before + " ")
        if (determiner and pre != "the" and not re.match(r"\s+alarms?\b", after)) \
                or re.match(r"\s+(?:walk|walks|meeting|meetings|routine|news|show|shift|run|"
                            r"coffee|call|break|person|people|alarm|alarms|playlist|dress|"
                            r"class|classes|prayer|medicine|pills|star|sky|owl|light|lights|"
                            r"mode|time|menu|plans?|reminder|party|event)\b", after) \
                or (pre == "the" and not re.search(r"(?:in|at|for|during|by|until)\s+$", before)):
            return None  # "evening walk", "the lunch meeting": an adjective, not a time
    mod = m["mod"] or ("early" if pre.startswith(("early", "in the early")) else
                       "late" if pre.startswith("late") else None)
    if mod and f"{mod} {part}" in PARTS:
        part = f"{mod} {part}"
    if pre in ("after", "before") and f"{pre} {part}" in PARTS:
        part = f"{pre} {part}"
    a = Atom(m.start(), m.end(), "part", part=part)
    if pre == "this":
        a.day = ctx.today
    return a


@rule(rf"(?<![\w.:$€£/-])(?P<pre>from|between|de|entre|von|du)?\s*(?P<h1>\d{{1,2}}|{HOUR_WORD})(?::(?P<m1>[0-5]\d)|h(?P<m1b>[0-5]\d)?)?\s*(?:{AMPM})?"
      rf"\s*(?P<sep>-|to|till|until|thru|through|and|a|bis|a)\s*(?P<h2>\d{{1,2}}|{HOUR_WORD})(?::(?P<m2>[0-5]\d)|h(?P<m2b>[0-5]\d)?)?(?::00)?(?:\s*(?P<apx>[ap])\.?\s?m\b\.?|\s*(?P<apx1>[ap])\b)?(?:\s*ish)?(?![\w:/.-])")
def _time_range(m: re.Match[str], ctx: Ctx) -> Atom | None:
    h1, h2 = word_number(m["h1"]), word_number(m["h2"])
    if h1 is None or h2 is None or h1 > 24 or h2 > 24:
        return None
    ap1 = _ampm(m)
    apx = m["apx"] or m["apx1"]
    ap2 = f"{apx}m" if apx else None
    m1 = int(m["m1"] or m["m1b"] or 0)
    m2 = int(m["m2"] or m["m2b"] or 0)
    hasclock = bool(m["m1"] or m["m2"] or (m["m1b"] is not None and "h" in m.group(0)))
    if not (ap1 or ap2 or hasclock or "h" in m.group(0).replace("th", "")) and not (
            m["pre"] in ("between", "from") and m["sep"] in ("and", "to", "-")):
        return None  # "2-3" alone is a count, not a time range
    if m["sep"] == "and" and m["pre"] != "between":
        return None
    if m["sep"] == "a" and not m["pre"]:
        return None
    if not ap1 and ap2 and h1 <= 12:
        ap1 = ap2
        if ap2 == "pm" and h1 > h2 and h1 != 12:
            ap1 = "am"
        if ap2 == "am" and h2 == 12 and h1 != 12:
            ap1 = "am"
    return Atom(m.start(), m.end(), "trange", hour=h1, minute=m1, ampm=ap1, hour2=h2,
                minute2=m2, ampm2=ap2, explicit=bool(ap1 or ap2 or hasclock), rank=1)


# ---------------------------------------------------------------- holidays

_HOL = alt(k for k in hol.NAMES)
_YEAR_WORDS = rf"two\s+thousand(?:\s+and)?(?:\s+{NUM_WORD})?"


def year_words(text: str) -> int:
    """A year written "two thousand (and) eighteen"."""
    rest = re.sub(r"^two\s+thousand(?:\s+and)?", "", text).strip()
    return 2000 + (word_number(rest) or 0 if rest else 0)


@rule(rf"{B}(?P<mod>next|this|last|the|el|la|le)?\s*(?P<h>{_HOL})(?![\w])(?:\s+(?:of\s+|in\s+)?(?P<yr>(?:19|20)\d{{2}}|this\s+year|next\s+year|last\s+year|{_YEAR_WORDS})){{0,1}}")
def _holiday(m: re.Match[str], ctx: Ctx) -> Atom | None:
    name = " ".join(m["h"].replace("-", " ").split())
    if name in ("lent", "holi", "may day") and not (m["mod"] or m["yr"]) and (
            m.start() != 0 or m.string[m.end():].strip()):
        return None  # "lent him money", "holi" inside other words of a sentence
    if name == "boss's" and m.string[m.end():].strip():
        return None
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
        return Atom(m.start(), m.end(), "instant", moment=at(d, 20, 30, ctx.tz), grain="minute",
                    past=past)
    return Atom(m.start(), m.end(), "day", day=d, day_end=end, past=past, rank=3, holiday=name)


@rule(rf"{B}(?:from\s+)?(?P<mon>{MONTH})\.?\s+(?P<d1>{DAYNUM})\s*(?:-|to|thru|through|till|until|a|al|au|bis)\s*(?:(?P<mon2>{MONTH})\.?\s+)?(?P<d2>{DAYNUM}){E}"
      rf"|{B}(?:from\s+)?(?:the\s+)?(?P<d3>{DAYNUM})\s*(?:-|to|thru|through|till|until|a|al|au|bis)\s*(?:the\s+)?(?P<d4>{DAYNUM})\s+(?:of\s+|de\s+)?(?P<mon3>{MONTH}){E}")
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
    first = _next_date(ctx, mo1, d1, None)
    if first is None:
        return None
    last = _safe_date(first.year + (mo2 < mo1), mo2, d2)
    if last is None or last < first:
        return None
    return Atom(m.start(), m.end(), "day", day=first, day_end=last + timedelta(days=1), rank=2)


TZ_OFFSETS = {"utc": 0, "gmt": 0, "z": 0, "cet": 60, "cest": 120, "bst": 60, "ist": 330,
               "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
               "pst": -480, "pdt": -420, "eet": 120, "eest": 180, "wet": 0, "jst": 540,
               "aest": 600, "brt": -180}


@rule(rf"(?<=[\d\sm])\s*\(?(?P<z>{alt(TZ_OFFSETS)})\)?{E}")
def _zone_abbrev(m: re.Match[str], ctx: Ctx) -> Atom | None:
    if not re.search(r"(?:\d|[ap]\.?m\.?|h)\s*$", m.string[:m.start()]):
        return None
    return Atom(m.start(), m.end(), "zone", tzoff=TZ_OFFSETS[m["z"]])


@rule(rf"{B}(?:upcoming\s+(?P<n>{NUM})|(?P<n2>{NUM})\s+upcoming)\s+(?P<u>days?|weeks?|months?|quarters?|years?){E}")
def _upcoming_n(m: re.Match[str], ctx: Ctx) -> Atom | None:
    n = word_number(m["n"] or m["n2"])
    if not n:
        return None
    got = _upcoming_atom(ctx, n, m["u"].rstrip("s"))
    got.start, got.end, got.rank = m.start(), m.end(), 3
    return got


def _upcoming_atom(ctx: Ctx, n: int, u: str) -> Atom:
    """Duckling's "upcoming N units": the unit N steps ahead (offsets set by the caller)."""
    today = ctx.today
    if u == "day":
        return Atom(0, 0, "day", day=today + timedelta(days=n))
    if u == "week":
        mon = today - timedelta(days=today.weekday()) + timedelta(days=7 * n)
        return Atom(0, 0, "day", day=mon, day_end=mon + timedelta(days=7),
                    grain="week")
    if u == "month":
        d = today.replace(day=1) + relativedelta(months=n)
        return Atom(0, 0, "day", day=d, day_end=d + relativedelta(months=1),
                    grain="month")
    if u == "quarter":
        d = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1) + relativedelta(months=3 * n)
        return Atom(0, 0, "day", day=d, day_end=d + relativedelta(months=3),
                    grain="quarter")
    d = date(today.year + n, 1, 1)
    return Atom(0, 0, "day", day=d, day_end=date(d.year + 1, 1, 1), grain="year")


_SEASONS = {"spring": ((3, 20), (6, 21)), "summer": ((6, 21), (9, 24)),
            "fall": ((9, 23), (12, 21)), "autumn": ((9, 23), (12, 21)),
            "winter": ((12, 21), (3, 21))}


@rule(rf"{B}(?P<mod>this|current|next|last|past|previous|coming)\s+(?P<s>spring|summer|fall|autumn|winter|seasons?){E}")
def _season(m: re.Match[str], ctx: Ctx) -> Atom | None:
    today = ctx.today
    starts = []
    for y in (today.year - 1, today.year, today.year + 1):
        for name in ("spring", "summer", "fall", "winter"):
            (sm, sd), (em, ed) = _SEASONS[name]
            s0 = date(y, sm, sd)
            e0 = date(y + (em < sm), em, ed)
            starts.append((s0, e0, name))
    starts.sort()
    cur = max(i for i, (s0, _, _) in enumerate(starts) if s0 <= today)
    shift = {"next": 1, "coming": 1, "last": -1, "past": -1, "previous": -1}.get(m["mod"], 0)
    if m["s"].startswith("season"):
        s0, e0, _ = starts[cur + shift]
    else:
        cands = [i for i, x in enumerate(starts) if x[2] == m["s"].replace("autumn", "fall")]
        if shift == 0:
            i = min(cands, key=lambda i: (starts[i][1] <= today, abs(i - cur)))
        elif shift > 0:
            i = min(i for i in cands if i > cur)
        else:
            i = max(i for i in cands if i < cur)
        s0, e0, _ = starts[i]
    return Atom(m.start(), m.end(), "day", day=s0, day_end=e0, past=shift < 0)


@rule(rf"{B}(?P<h>\d{{1,2}}|{HOUR_WORD})(?::(?P<m>[0-5]\d))?(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|tonight|tonite|this\s+(?:morning|afternoon|evening)|tomorrow|today|in\s+afternoon|de\s+la\s+(?:manana|tarde|noche)|du\s+(?:matin|soir)))")
def _hour_before_part(m: re.Match[str], ctx: Ctx) -> Atom | None:
    h = word_number(m["h"])
    if h is None or h > 23:
        return None
    return _time(m, h, int(m["m"] or 0), None, h > 12, grain="minute" if m["m"] else "hour")


@rule(rf"{B}(?P<hhmm>\d{{3,4}})\s*(?P<ap>[ap])\.?\s?m\b\.?")
def _hhmm_ampm(m: re.Match[str], ctx: Ctx) -> Atom | None:
    v = m["hhmm"]
    h, mi = int(v[:-2]), int(v[-2:])
    if mi > 59 or not 1 <= h <= 12:
        return None
    return _time(m, h, mi, f"{m['ap']}m", True)


@rule(rf"{B}(?:the\s+|this\s+)?(?P<mod>next|last|past|this|coming|another)\s+(?P<half>half\s+(?:an\s+)?)?hour{E}")
def _this_hour(m: re.Match[str], ctx: Ctx) -> Atom | None:
    mod = m["mod"]
    base = ctx.now.replace(second=0, microsecond=0)
    if mod == "this":
        return Atom(m.start(), m.end(), "instant", moment=base.replace(minute=0), grain="minute",
                    past=True)
    step = timedelta(minutes=30 if m["half"] else 60)
    back = mod in ("last", "past")
    return Atom(m.start(), m.end(), "instant", moment=base - step if back else base + step,
                grain="minute", past=back)


# ---------------------------------------------------------------- modifiers of the next expression
# A "mod" atom stands before another expression and transforms its value (see _time_compose).

_ORDN = r"(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)"


@rule(rf"{B}(?:the\s+)?(?:(?P<n>{_ORDN})\s+)?closest\s+(?:(?P<wd>{WEEKDAY})|(?P<h>{_HOL}))\s+to{E}")
def _closest(m: re.Match[str], ctx: Ctx) -> Atom | None:
    wd = WEEKDAYS[m["wd"]] if m["wd"] else None
    name = " ".join(m["h"].replace("-", " ").split()) if m["h"] else None
    return Atom(m.start(), m.end(), "mod", op="closest", count=ordinal_number(m["n"] or "1") or 1,
                hour=wd, holiday=name)


@rule(rf"{B}(?:the\s+)?week\s+of{E}")
def _week_of(m: re.Match[str], ctx: Ctx) -> Atom | None:
    return Atom(m.start(), m.end(), "mod", op="weekof")


@rule(rf"{B}(?:the\s+(?:(?P<n0>{_ORDN})\s+)?|(?P<n>{_ORDN})\s+)(?P<wd>{WEEKDAY})\s+"
      rf"(?P<dir>after|before|following){E}")
def _nth_weekday_after(m: re.Match[str], ctx: Ctx) -> Atom | None:
    n = ordinal_number(m["n"] or m["n0"] or "1") or 1
    return Atom(m.start(), m.end(), "mod", op="before" if m["dir"] == "before" else "after",
                count=n, hour=WEEKDAYS[m["wd"]])


@rule(rf"{B}for\s+(?P<n>{NUM})\s+(?P<u>days?|weeks?|months?)\s+"
      rf"(?:from|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?){E}(?!\s+now{E})")
def _for_from(m: re.Match[str], ctx: Ctx) -> Atom | None:
    n = word_number(m["n"])
    if n is None or not 1 <= n <= 366:
        return None
    return Atom(m.start(), m.end(), "mod", op="for", count=n, part=m["u"].rstrip("s"))


# ---------------------------------------------------------------- small fixed forms


@rule(rf"{B}(?:tonight|tonite)\s+(?:at\s+)?(?P<hhmm>\d{{3,4}})(?![\w:.])")
def _tonight_hhmm(m: re.Match[str], ctx: Ctx) -> Atom | None:
    v = m["hhmm"]
    h, mi = int(v[:-2]), int(v[-2:])
    if mi > 59 or not 1 <= h <= 23:
        return None
    return _time(m, h, mi, "pm" if h <= 12 else None, True)


@rule(r"(?<![\w'])in\s+(?P<n>\d{1,2})\s*(?P<u>\"|'')?(?=\s*(?:$|[.!?,;]))")
def _in_n(m: re.Match[str], ctx: Ctx) -> Atom | None:
    """ "be there in 15": minutes when no unit follows; in 1" is one second."""
    n = int(m["n"])
    if m["u"] == '"':
        return Atom(m.start(), m.end(), "instant", moment=ctx.now + timedelta(seconds=n),
                    grain="minute")
    if not 5 <= n <= 59:
        return None
    return Atom(m.start(), m.end(), "instant", moment=ctx.now + timedelta(minutes=n),
                grain="minute")


@rule(rf"{B}(?P<wd>{WEEKDAY})\.?,?\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th){E}"
      rf"(?!\s*(?:of\s+|de\s+)?{MONTH})")
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
