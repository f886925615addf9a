"""Rules for periods: weeks, months, quarters, years and their edges, upcoming units, seasons."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from flowhub.nlp._time_atoms import Atom
from flowhub.nlp._time_lexicon import (
    MONTHS,
    ordinal_number,
    word_number,
)
from flowhub.nlp._time_rules import MONTH, NUM, B, Ctx, E, _year, rule
from flowhub.nlp._time_zone import at

# ---------------------------------------------------------------- periods

_MOD = r"(?P<mod>this|next|last|past|previous|coming|upcoming|following|the\s+following|current|the\s+coming|this\s+coming|the\s+next|the\s+past|the\s+last|rest\s+of\s+the|rest\s+of\s+this|all|whole|the\s+whole|the|esta|este|proxima|proximo|la\s+proxima|el\s+proximo|cette|ce|la|le|diese|dieses|nachste|nachsten|nachstes|naechste|kommende|letzte|letzten)"  # noqa: E501
_PERIOD = r"(?P<u>week(?:[\s-]?end)?s?|wkend|month|year|yr|quarter|qtr|semana|mes|ano|fin\s+de\s+semana|fim\s+de\s+semana|semaine|mois|annee|week-end|woche|wochenende|monat|jahr)"  # noqa: E501
_POST = (
    r"(?:\s+(?P<post>que\s+viene|que\s+vem|prochaine|prochain|passada|pasada|derniere|dernier))?"
)


# "the wedding weekend", "our anniversary weekend": a noun names the weekend of an event.
_NAMED_WEEKEND = re.compile(
    r"\b(?:the|a|an|our|my|his|her|their|your)\s+(?!(?:long|whole|entire|coming|next|following"
    r"|upcoming|same|first|last)\b)[a-z]{3,}\s+$",
    re.I,
)


@rule(rf"{B}{_MOD}\s+{_PERIOD}{E}{_POST}|{B}(?P<solo>weekend|week-end|this\s+wkend){E}")
def _period(m: re.Match[str], ctx: Ctx) -> Atom | None:
    mod = " ".join((m["mod"] or "this").split())
    u = " ".join((m["u"] or m["solo"]).split())
    post = m["post"] or ""
    if m["solo"] and _NAMED_WEEKEND.search(m.string[max(0, m.start() - 40) : m.start()]):
        return None  # "the staff rota for the wedding weekend": an event's name, not a date
    if mod in ("la", "le", "the", "el") and not post and u not in ("weekend", "week-end"):
        before = m.string[max(0, m.start() - 8) : m.start()]
        if not (u == "week" and re.search(r"(?:for|during|all|over)\s+$", before)):
            return None  # "the month" alone is not a date; "for the week" is this week
    shift = 0
    if mod in (
        "next",
        "coming",
        "upcoming",
        "following",
        "the following",
        "the coming",
        "this coming",
        "the next",
        "proxima",
        "proximo",
        "la proxima",
        "el proximo",
        "nachste",
        "nachsten",
        "nachstes",
        "naechste",
        "kommende",
    ) or post in ("que viene", "que vem", "prochaine", "prochain"):
        shift = 1
    elif mod in (
        "last",
        "past",
        "previous",
        "the past",
        "the last",
        "letzte",
        "letzten",
    ) or post in (
        "passada",
        "pasada",
        "derniere",
        "dernier",
    ):
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
        return Atom(
            m.start(),
            m.end(),
            "day",
            day=sat,
            day_end=sat + timedelta(days=2),
            past=shift < 0,
            rank=1,
        )
    if u.startswith(("week", "semana", "semaine", "woche")):
        start = today - timedelta(days=today.weekday()) + timedelta(days=7 * shift)
        if rest:
            return Atom(m.start(), m.end(), "day", day=today, day_end=start + timedelta(days=7))
        return Atom(
            m.start(),
            m.end(),
            "day",
            day=start,
            day_end=start + timedelta(days=7),
            grain="week",
            past=shift < 0,
        )
    if u in ("month", "mes", "mois", "monat"):
        first = today.replace(day=1) + relativedelta(months=shift)
        return Atom(
            m.start(),
            m.end(),
            "day",
            day=today if rest else first,
            day_end=first + relativedelta(months=1),
            grain="day" if rest else "month",
            past=shift < 0,
        )
    if u in ("quarter", "qtr"):
        q0 = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1) + relativedelta(months=3 * shift)
        return Atom(
            m.start(),
            m.end(),
            "day",
            day=q0,
            day_end=q0 + relativedelta(months=3),
            grain="quarter",
            past=shift < 0,
        )
    first = date(today.year + shift, 1, 1)
    return Atom(
        m.start(),
        m.end(),
        "day",
        day=today if rest else first,
        day_end=date(first.year + 1, 1, 1),
        grain="day" if rest else "year",
        past=shift < 0,
    )


@rule(
    rf"{B}(?:the\s+)?(?P<n>first|1st|second|2nd|third|3rd|fourth|4th)\s+(?:quarter|qtr)"
    rf"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d{{2}}))?{E}|{B}(?P<yy>\d{{2}}|\d{{4}})q(?P<q>[1-4]){E}"
)
def _quarter(m: re.Match[str], ctx: Ctx) -> Atom | None:
    if m["q"]:
        q, y = int(m["q"]), _year(m["yy"])
    else:
        q, y = ordinal_number(m["n"]) or 1, _year(m["y"])
    y = y or ctx.today.year
    d = date(y, 3 * (q - 1) + 1, 1)
    return Atom(
        m.start(),
        m.end(),
        "day",
        day=d,
        day_end=d + relativedelta(months=3),
        grain="quarter",
        past=True,
    )


_PERIOD_END = {"month end": "eom"}


@rule(
    rf"{B}(?:by\s+|at\s+)?(?:the\s+)?(?P<edge>eod|cob|eow|eom|eoy|bom|boy|eoq|month[\s-]end|close\s+of\s+business|end\s+of\s+(?:the\s+)?(?:business\s+)?day|end\s+of\s+day)"
    rf"{E}|{B}(?:by\s+|at\s+)?(?:the\s+)?(?P<e2>end|beginning|start)\s+of\s+(?:the\s+)?"
    rf"(?:(?P<rel>this|next|last|current|coming|previous|past|following|around\s+next)\s+)?(?P<what>week|month|year|quarter|(?P<mon>{MONTH})|(?P<y>(?:19|20)\d{{2}})){E}"
    rf"|{B}(?P<emid>early|mid|late|end\s+of)[\s-]+(?P<mon2>{MONTH}){E}"
)
def _edge(m: re.Match[str], ctx: Ctx) -> Atom | None:
    today, tz, now = ctx.today, ctx.tz, ctx.now
    edge = " ".join((m["edge"] or "").replace("-", " ").split())
    edge = _PERIOD_END.get(edge, edge)  # "month end", "month-end": "eom"
    if edge in (
        "eod",
        "cob",
        "close of business",
        "end of day",
        "end of the day",
        "end of business day",
        "end of the business day",
    ):
        # A clock time, so it takes the day said with it ("EOD tomorrow", "friday COB").
        return Atom(m.start(), m.end(), "time", hour=17, grain="hour", explicit=True, rank=2)
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
            return Atom(
                m.start(),
                m.end(),
                "day",
                day=first + timedelta(days=10),
                day_end=first + timedelta(days=20),
            )
        if kind == "late":
            return Atom(
                m.start(),
                m.end(),
                "day",
                day=first + timedelta(days=20),
                day_end=last + timedelta(days=1),
            )
        return Atom(m.start(), m.end(), "day", day=last)
    e = {"eom": "end", "eoy": "end", "bom": "beginning", "boy": "beginning", "eoq": "end"}.get(
        edge, m["e2"] or ""
    )
    what = {"eom": "month", "eoy": "year", "bom": "month", "boy": "year", "eoq": "quarter"}.get(
        edge, m["what"] or ""
    )
    rel = " ".join((m["rel"] or "").split())
    shift = (
        1
        if rel in ("next", "coming", "following", "around next")
        else -1
        if rel in ("last", "previous", "past")
        else 0
    )
    end = e == "end"
    if m["mon"]:
        mo = MONTHS[m["mon"]]
        y = today.year if mo >= today.month else today.year + 1
        first = date(y, mo, 1)
        last = first + relativedelta(months=1) - timedelta(days=1)
        return Atom(
            m.start(),
            m.end(),
            "day",
            day=last if end else first,
            weak=True,
            day_end=last + timedelta(days=1) if end else None,
        )
    if m["y"]:
        y = int(m["y"])
        return Atom(
            m.start(),
            m.end(),
            "day",
            day=date(y, 12, 31) if end else date(y, 1, 1),
            day_end=date(y + 1, 1, 1) if end else None,
            past=True,
        )
    if what == "week":
        mon = today - timedelta(days=today.weekday()) + timedelta(days=7 * shift)
        d = mon + timedelta(days=4) if end else mon
        return Atom(m.start(), m.end(), "day", day=d, past=shift < 0)
    if what == "month":
        first = today.replace(day=1) + relativedelta(months=shift)
        last = first + relativedelta(months=1) - timedelta(days=1)
        return Atom(
            m.start(),
            m.end(),
            "day",
            day=last if end else first,
            past=shift < 0,
            day_end=last + timedelta(days=1) if end else None,
        )
    if what == "quarter":
        q0 = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1) + relativedelta(months=3 * shift)
        q1 = q0 + relativedelta(months=3)
        return Atom(
            m.start(),
            m.end(),
            "day",
            day=q1 - timedelta(days=1) if end else q0,
            day_end=q1 if end else None,
        )
    y = today.year + shift
    return Atom(
        m.start(),
        m.end(),
        "day",
        day=date(y, 12, 31) if end else date(y, 1, 1),
        day_end=date(y + 1, 1, 1) if end else None,
        past=shift < 0,
    )


@rule(
    rf"{B}(?:upcoming\s+(?P<n>{NUM})|(?P<n2>{NUM})\s+upcoming)\s+(?P<u>days?|weeks?|months?|quarters?|years?){E}"
)
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
        return Atom(0, 0, "day", day=mon, day_end=mon + timedelta(days=7), grain="week")
    if u == "month":
        d = today.replace(day=1) + relativedelta(months=n)
        return Atom(0, 0, "day", day=d, day_end=d + relativedelta(months=1), grain="month")
    if u == "quarter":
        d = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1) + relativedelta(months=3 * n)
        return Atom(0, 0, "day", day=d, day_end=d + relativedelta(months=3), grain="quarter")
    d = date(today.year + n, 1, 1)
    return Atom(0, 0, "day", day=d, day_end=date(d.year + 1, 1, 1), grain="year")


_SEASONS = {
    "spring": ((3, 20), (6, 21)),
    "summer": ((6, 21), (9, 24)),
    "fall": ((9, 23), (12, 21)),
    "autumn": ((9, 23), (12, 21)),
    "winter": ((12, 21), (3, 21)),
}


@rule(
    rf"{B}(?P<mod>this|current|next|last|past|previous|coming)\s+(?P<s>spring|summer|fall|autumn|winter|seasons?){E}"
)
def _season(m: re.Match[str], ctx: Ctx) -> Atom | None:
    today = ctx.today
    starts = []
    for y in range(today.year - 2, today.year + 2):  # last winter may have begun 2 years ago
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
