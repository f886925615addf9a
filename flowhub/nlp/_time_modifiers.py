"""Rules for modifiers that stand before another expression and transform its value."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from flowhub.nlp import _time_holidays as hol
from flowhub.nlp._time_atoms import Atom
from flowhub.nlp._time_dates import _HOL
from flowhub.nlp._time_lexicon import (
    WEEKDAYS,
    ordinal_number,
    word_number,
)
from flowhub.nlp._time_rules import MONTH, NUM, WEEKDAY, B, Ctx, E, rule
from flowhub.nlp._time_zone import at, midnight
from flowhub.nlp.types import When

# ---------------------------------------------------------------- modifiers of the next expression
# A "mod" atom stands before another expression and transforms its value (see _time_compose).

_ORDN = r"(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)"


@rule(rf"{B}(?:the\s+)?(?:(?P<n>{_ORDN})\s+)?closest\s+(?:(?P<wd>{WEEKDAY})|(?P<h>{_HOL}))\s+to{E}")
def _closest(m: re.Match[str], ctx: Ctx) -> Atom | None:
    wd = WEEKDAYS[m["wd"]] if m["wd"] else None
    name = " ".join(m["h"].replace("-", " ").split()) if m["h"] else None
    return Atom(
        m.start(),
        m.end(),
        "mod",
        op="closest",
        count=ordinal_number(m["n"] or "1") or 1,
        hour=wd,
        holiday=name,
    )


@rule(rf"{B}(?:the\s+)?week\s+of{E}")
def _week_of(m: re.Match[str], ctx: Ctx) -> Atom | None:
    return Atom(m.start(), m.end(), "mod", op="weekof")


@rule(
    rf"{B}(?:the\s+(?:(?P<n0>{_ORDN})\s+)?|(?P<n>{_ORDN})\s+)(?P<wd>{WEEKDAY})\s+"
    rf"(?P<dir>after|before|following){E}"
)
def _nth_weekday_after(m: re.Match[str], ctx: Ctx) -> Atom | None:
    n = ordinal_number(m["n"] or m["n0"] or "1") or 1
    return Atom(
        m.start(),
        m.end(),
        "mod",
        op="before" if m["dir"] == "before" else "after",
        count=n,
        hour=WEEKDAYS[m["wd"]],
    )


@rule(
    rf"{B}for\s+(?P<n>{NUM})\s+(?P<u>days?|weeks?|months?)\s+"
    rf"(?:from|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?){E}(?!\s+now{E})"
)
def _for_from(m: re.Match[str], ctx: Ctx) -> Atom | None:
    n = word_number(m["n"])
    if n is None or not 1 <= n <= 366:
        return None
    return Atom(m.start(), m.end(), "mod", op="for", count=n, part=m["u"].rstrip("s"))


@rule(
    rf"{B}(?:(?:the|le|il|lo)\s+)?(?:week[\s-]?end|wkend)\s+(?:of|del|du|de){E}"
    rf"(?=\s+(?:the\s+)?(?:\d|(?:{MONTH}|{WEEKDAY}|{_HOL}){E}))"
)
def _weekend_of(m: re.Match[str], ctx: Ctx) -> Atom | None:
    return Atom(m.start(), m.end(), "mod", op="weekendof")


@rule(rf"{B}the\s+(?P<u>day|week|month)\s+(?P<dir>after|before|following){E}")
def _unit_after(m: re.Match[str], ctx: Ctx) -> Atom | None:
    sign = -1 if m["dir"] == "before" else 1
    return Atom(m.start(), m.end(), "mod", op="unit", count=sign, part=m["u"])


def modified(mod: Atom, w: When, ctx: Ctx) -> When | None:
    """`w` changed by a modifier ("the closest monday to", "the week of", "for 10 days from")."""
    if mod.op == "weekof" and w.grain != "day":
        return None  # "the week of the year" is not a date
    d = w.start.date()
    span = (mod.start, w.span[1])
    n = mod.count or 1
    if mod.op == "unit":
        return _next_unit(mod.part or "day", mod.count, w, ctx, span)
    if mod.op == "weekendof":  # the Saturday and Sunday of the date's Monday-to-Sunday week
        sat = d + timedelta(days=5 - d.weekday())
        return When(
            start=midnight(sat, ctx.tz),
            end=midnight(sat + timedelta(days=2), ctx.tz),
            grain="day",
            span=span,
        )
    if mod.op == "weekof":
        base = d + timedelta(days=1) if d.weekday() == 6 else d  # a Sunday opens its week
        mon = base - timedelta(days=base.weekday())
        return When(
            start=midnight(mon, ctx.tz),
            end=midnight(mon + timedelta(days=7), ctx.tz),
            grain="week",
            span=span,
        )
    if mod.op == "for":
        step = (
            relativedelta(months=n)
            if mod.part == "month"
            else relativedelta(days=n * (7 if mod.part == "week" else 1))
        )
        end = d + step
        return When(start=w.start, end=midnight(end, ctx.tz), grain=w.grain, span=span)
    if mod.op in ("after", "before") and mod.hour is not None:
        sign = 1 if mod.op == "after" else -1
        day = d + sign * timedelta(days=(sign * (mod.hour - d.weekday()) - 1) % 7 + 1 + 7 * (n - 1))
        if w.grain in ("minute", "hour"):  # "the friday before christmas at 3pm" keeps its time
            t = at(day, w.start.hour, w.start.minute, ctx.tz)
            return replace(w, start=t, end=w.end and t + (w.end - w.start), span=span)
        return When(start=midnight(day, ctx.tz), grain="day", span=span)
    if mod.op == "closest":
        cands: list[date] = []
        if mod.hour is not None:
            k0 = (mod.hour - d.weekday()) % 7
            cands = [d + timedelta(days=k0 + 7 * j) for j in range(-n - 1, n + 1)]
        elif mod.holiday:
            for y in range(d.year - n - 1, d.year + n + 2):
                got = hol.holiday_span(mod.holiday, y)
                if got is not None:
                    cands.append(got[0])
        cands.sort(key=lambda c: (abs((c - d).days), c))
        if len(cands) < n:
            return None
        return When(start=midnight(cands[n - 1], ctx.tz), grain="day", span=span)
    return None


def _next_unit(unit: str, sign: int, w: When, ctx: Ctx, span: tuple[int, int]) -> When:
    """ "the month after christmas": the day, week or month next to the one holding `w`."""
    d = w.start.date()
    if unit == "day" and w.grain in ("minute", "hour"):  # "the day after friday at 3pm"
        t = at(d + timedelta(days=sign), w.start.hour, w.start.minute, ctx.tz)
        return replace(w, start=t, end=w.end and t + (w.end - w.start), span=span)
    if unit == "day":
        return When(start=midnight(d + timedelta(days=sign), ctx.tz), grain="day", span=span)
    if unit == "week":
        base = d + timedelta(days=1) if d.weekday() == 6 else d  # as "the week of" reads it
        first = base - timedelta(days=base.weekday()) + timedelta(days=7 * sign)
        last = first + timedelta(days=7)
    else:
        first = d.replace(day=1) + relativedelta(months=sign)
        last = first + relativedelta(months=1)
    return When(
        start=midnight(first, ctx.tz),
        end=midnight(last, ctx.tz),
        grain=unit,  # type: ignore[arg-type]
        span=span,
    )
