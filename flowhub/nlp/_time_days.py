"""Rules for days named from today: "tomorrow", "asap", weekdays, nth weekday of a month."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from flowhub.nlp._time_atoms import Atom
from flowhub.nlp._time_lexicon import (
    MONTHS,
    RISKY_WEEKDAYS,
    WEEKDAYS,
    alt,
    ordinal_number,
    word_number,
)
from flowhub.nlp._time_rules import MONTH, NUM, WEEKDAY, B, Ctx, E, _year, rule

# ---------------------------------------------------------------- relative days


def small_hours(ctx: Ctx) -> bool:
    """Whether it is just after midnight, when "tomorrow" still means the day that has begun."""
    return ctx.now.hour < 2


REL_DAYS: dict[str, tuple[int, str | None]] = {
    "today": (0, None),
    "todays": (0, None),
    "today's": (0, None),
    "tonight": (0, "tonight"),
    "tonite": (0, "tonight"),
    "tomorrow": (1, None),
    "tomorrows": (1, None),
    "tomorrow's": (1, None),
    "tmrw": (1, None),
    "tmr": (1, None),
    "tmw": (1, None),
    "tomorow": (1, None),
    "tommorow": (1, None),
    "tommorrow": (1, None),
    "2moro": (1, None),
    "yesterday": (-1, None),
    "yesterdays": (-1, None),
    "yday": (-1, None),
    "the day after tomorrow": (2, None),
    "day after tomorrow": (2, None),
    "the day before yesterday": (-2, None),
    "day before yesterday": (-2, None),
    "last night": (-1, "night"),
    "next morning": (1, "morning"),
    "hoy": (0, None),
    "pasado manana": (2, None),
    "ayer": (-1, None),
    "anteayer": (-2, None),
    "esta noche": (0, "tonight"),
    "esta manana": (0, "morning"),
    "esta tarde": (0, "afternoon"),
    "manana por la manana": (1, "morning"),
    "manana por la tarde": (1, "afternoon"),
    "manana por la noche": (1, "night"),
    "hoje": (0, None),
    "amanha": (1, None),
    "depois de amanha": (2, None),
    "ontem": (-1, None),
    "hoje a noite": (0, "tonight"),
    "hoje de noite": (0, "tonight"),
    "esta noite": (0, "tonight"),
    "amanha de manha": (1, "morning"),
    "amanha a tarde": (1, "afternoon"),
    "amanha a noite": (1, "night"),
    "aujourd'hui": (0, None),
    "aujourdhui": (0, None),
    "demain": (1, None),
    "apres-demain": (2, None),
    "apres demain": (2, None),
    "hier": (-1, None),
    "avant-hier": (-2, None),
    "ce soir": (0, "tonight"),
    "ce matin": (0, "morning"),
    "cet apres-midi": (0, "afternoon"),
    "demain matin": (1, "morning"),
    "demain soir": (1, "night"),
    "demain apres-midi": (1, "afternoon"),
    "heute": (0, None),
    "ubermorgen": (2, None),
    "uebermorgen": (2, None),
    "gestern": (-1, None),
    "vorgestern": (-2, None),
    "heute abend": (0, "tonight"),
    "heute morgen": (0, "morning"),
    "heute nachmittag": (0, "afternoon"),
    "morgen fruh": (1, "morning"),
    "morgen abend": (1, "night"),
    "morgen nachmittag": (1, "afternoon"),
    "morgen vormittag": (1, "morning"),
    "heute nacht": (0, "tonight"),
}
# Before this hour, someone still up says "tomorrow morning" of the morning that comes next.
_STILL_UP_UNTIL = 4
_MORNING_NEXT = re.compile(
    r"\s*(?:(?:early\s+)?morning|early|(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|a\.m\.))(?!\w)",
    re.I,
)
# "at 9", "@ 10:30": a bare morning hour, which names the coming morning only just after midnight.
_MORNING_HOUR_NEXT = re.compile(
    r"\s*(?:at\s+|@\s*)0?(?:[5-9]|1[01])(?:[:.][0-5]\d)?(?!\w|[:.]\d)"
    r"(?!\s*(?:p\.?m\b|h\b|in\s+the\s+(?:afternoon|evening)|tonight))",
    re.I,
)


def _morning_after_midnight(m: re.Match[str], ctx: Ctx, part: str | None) -> bool:
    """Whether a "tomorrow" said in the small hours names a morning: the one about to come."""
    if ctx.now.hour >= _STILL_UP_UNTIL:
        return False
    if part == "morning" or _MORNING_NEXT.match(m.string, m.end()) is not None:
        return True
    return small_hours(ctx) and _MORNING_HOUR_NEXT.match(m.string, m.end()) is not None


# "manana"/"morgen" mean tomorrow unless they are the noun ("la manana", "guten morgen").
_REL_ALT = alt([*REL_DAYS, "manana", "morgen"])


@rule(rf"{B}(?P<late>late\s+)?(?P<w>{_REL_ALT})(?:ish)?{E}")
def _relative_day(m: re.Match[str], ctx: Ctx) -> Atom | None:
    w = re.sub(r"[\s-]+", " ", m["w"]).replace("apres demain", "apres-demain")
    if w in ("manana", "morgen"):
        before = m.string[max(0, m.start() - 12) : m.start()]
        if re.search(r"(?:la|por|de|guten|am|this|der|den|in)\s+$", before):
            return None
        off, part = 1, None
    else:
        off, part = REL_DAYS.get(w, REL_DAYS.get(m["w"], (0, None)))
    if off == 1 and _morning_after_midnight(m, ctx, part):
        off = 0  # "tomorrow morning at 11" typed at 00:23 is the morning coming, today's date
    a = Atom(m.start(), m.end(), "day", day=ctx.today + timedelta(days=off), past=off < 0)
    if part:
        a.part = "late night" if m["late"] and part in ("tonight", "night") else part
    return a


@rule(
    rf"{B}(?:asap|as\s+soon\s+as\s+possible|right\s+away|immediately|sofort|de\s+inmediato|imediatamente|tout\s+de\s+suite){E}"
)
def _now(m: re.Match[str], ctx: Ctx) -> Atom | None:
    # a bare "now" / "right now" is not reported: in chat it is almost never a due date
    return Atom(m.start(), m.end(), "instant", moment=ctx.now, grain="minute", rank=-1)


# ---------------------------------------------------------------- weekdays

_WD_PRE = (
    r"(?P<mod>this|next|last|past|previous|coming|upcoming|following|the\s+following|"
    r"el|le|o|a|am|on|"
    r"proximo|proxima|prochain|nachsten|naechsten|kommenden|letzten|el\s+proximo|"
    r"la\s+proxima|o\s+proximo|a\s+proxima|ce)"
)
_WD_POST = (
    r"(?P<post>after\s+next|of\s+next\s+week|next\s+week|of\s+this\s+week|this\s+week|"
    r"from\s+last\s+week|of\s+last\s+week|last\s+week|que\s+viene|prochain|prochaine|"
    r"que\s+vem|dernier|passado|pasado|de\s+la\s+semana\s+que\s+viene)"
)


_RISKY_AFTER = re.compile(
    rf"\s*[,.]?\s*(?:\d|{MONTH}\b|at\b|@|(?:from|between)\s+\d|(?:-|to|thru|through)\s*{WEEKDAY}\b)"
)
_RISKY_BEFORE = re.compile(
    rf"(?:{WEEKDAY}\.?\s*(?:-|to|thru|through)|(?:on|by|until|till|from|due|before|after)|"
    rf"\d(?:st|nd|rd|th)?\s*,|\d\s*(?:[ap]\.?m\.?|[ap]|:[0-5]\d))\s*$"
)


_SHORT_EN = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})
_NOT_DAY_BEFORE = re.compile(r"\b(?:the|a|i|we|you|they|he|she|it)\s*$", re.I)
# "export the master wed", "trim the intro thu, pls": a working day's short name ending a clause
# after a word of the task is that day; "sat" and "sun" stay words ("where everyone sat").
_SHORT_WORKDAY = frozenset({"mon", "tue", "wed", "thu", "fri"})
_CLAUSE_END = re.compile(r"\s*(?:$|[.!?,;:)]|\s+(?:and|&|\+|pls|please|plz)\b)", re.I)
_NOT_DAY_AFTER = re.compile(
    r"\b(?:the|a|i|we|you|they|he|she|will|shall|would|could|gonna|wanna|and|or)\s*$", re.I
)
# "remind me about it tue evening": a day after "it" and before a part of the day is that day.
_IT_END = re.compile(r"(?:^|\s)it\s*$", re.I)
_PART_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night|noon|midday|lunchtime|eod)\b")


@rule(
    rf"{B}(?:{_WD_PRE}\s+)?(?P<wd>{WEEKDAY})\.?{E}(?:\s+{_WD_POST}{E})?"
    rf"|{B}last\s+week'?s\s+(?P<wd2>{WEEKDAY}){E}"
)
def _weekday(m: re.Match[str], ctx: Ctx) -> Atom | None:
    name = m["wd"] or m["wd2"]
    wd = WEEKDAYS[name]
    mod = (m["mod"] or "").split()[-1] if m["mod"] else ""
    post = " ".join((m["post"] or "").split())
    if m["wd2"]:
        post = "last week"
    if re.match(r"\s+(?:best|school|roast|paper|funday)\b", m.string[m.end() :]):
        return None  # "sunday best", "sunday school"
    if name in RISKY_WEEKDAYS and not (mod or post):
        rest = m.string[m.end() :]
        whole = m.start() == 0 and not rest.strip(" .!?")
        before = m.string[max(0, m.start() - 12) : m.start()]
        ok_after = re.match(_RISKY_AFTER, rest) or (
            name in _SHORT_EN  # "wed afternoon", "thu morning"; not "the sun morning glow"
            and _PART_OF_DAY.match(rest)
            and not _NOT_DAY_BEFORE.search(_IT_END.sub(" ", before))
        )
        ok_before = re.search(_RISKY_BEFORE, before)
        ends = (
            name in _SHORT_WORKDAY
            and _CLAUSE_END.match(rest) is not None
            and re.search(r"[^\W\d]\w*\s+$", before) is not None
            and not _NOT_DAY_AFTER.search(before)
        )
        if not (whole or ok_after or ok_before or ends):
            return None  # "sun", "sat", "wed" are ordinary words without context
    if (
        name.endswith("s")
        and name not in ("tues", "thurs", "weds")
        and WEEKDAYS.get(name[:-1]) is not None
        and not mod
    ):
        # "mondays" is a recurrence, handled by the recurrence rules
        return None
    today = ctx.today
    monday = today - timedelta(days=today.weekday())
    past = False
    if post in ("after next",):
        d = today + timedelta(days=(wd - today.weekday()) % 7 or 7) + timedelta(days=7)
        if wd > today.weekday():
            d = monday + timedelta(days=7 + wd)
    elif post in (
        "next week",
        "of next week",
        "que viene",
        "prochain",
        "prochaine",
        "que vem",
        "de la semana que viene",
    ) or mod in ("next", "proximo", "proxima", "prochain", "nachsten", "naechsten", "following"):
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
    else:  # "saturday" said at 1 am on a Saturday is today
        d = today + timedelta(days=(wd - today.weekday()) % 7 or (0 if small_hours(ctx) else 7))
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


@rule(
    rf"{B}(?:the\s+)?(?:(?P<k>second|2nd|third|3rd|fourth|4th|fifth|5th)\s+(?=last))?"
    rf"(?P<n>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\s+"
    rf"(?P<wd>{WEEKDAY}|day|week(?:[\s-]?end)?|wkend)\s+(?:of|in)\s+(?:the\s+)?"
    rf"(?:(?P<rel>this|next|last|current|previous|coming)\s+month|month|(?P<mon>{MONTH})"
    rf"(?:\s+(?P<y>(?:19|20)\d{{2}})|\s+(?:of\s+)?(?P<ry>this|next|last)\s+year{E})?"
    rf"|(?P<yo>(?:19|20)\d{{2}}){E})"
)
def _nth_weekday_of(m: re.Match[str], ctx: Ctx) -> Atom | None:
    # "third last week of 2018": n = -3 counts back from the end
    n = -(ordinal_number(m["k"] or "1") or 1) if m["n"] == "last" else (ordinal_number(m["n"]) or 1)
    today = ctx.today
    if m["yo"]:
        y = int(m["yo"])
        first, last = date(y, 1, 1), date(y, 12, 31)
        return _nth_in(m, first, last, n, m["wd"], True)
    if m["mon"]:
        mo = MONTHS[m["mon"]]
        y = _year(m["y"]) or (today.year if mo >= today.month else today.year + 1)
        if m["ry"]:  # "the last tuesday of march next year"
            y = today.year + {"this": 0, "next": 1, "last": -1}[m["ry"]]
    else:
        shift = {"next": 1, "coming": 1, "last": -1, "previous": -1}.get(m["rel"] or "", 0)
        base = today.replace(day=1) + relativedelta(months=shift)
        y, mo = base.year, base.month
    first = date(y, mo, 1)
    last = first + relativedelta(months=1) - timedelta(days=1)
    return _nth_in(m, first, last, n, m["wd"], bool(m["y"] or m["ry"]) or m["rel"] == "last")


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
        if n > 0:  # the n-th weekend whose Saturday is inside the period
            fri = first + timedelta(days=(5 - first.weekday()) % 7 + 7 * (n - 1) - 1)
        if what == "week" or (what.startswith("week") and "end" not in what):
            if n < 0:
                full = last - timedelta(days=6)
                mon = full - timedelta(days=full.weekday() + back)
            else:
                mon = first + timedelta(days=(-first.weekday()) % 7 + 7 * (n - 1))
            return Atom(
                m.start(),
                m.end(),
                "day",
                day=mon,
                day_end=mon + timedelta(days=7),
                grain="week",
                past=True,
            )
        return Atom(
            m.start(),
            m.end(),
            "day",
            day=fri + timedelta(days=1),
            day_end=fri + timedelta(days=3),
            past=True,
        )
    wd = WEEKDAYS[what]
    if n > 0:
        d = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    else:
        d = last - timedelta(days=(last.weekday() - wd) % 7 + back)
    return Atom(m.start(), m.end(), "day", day=d, past=past)
