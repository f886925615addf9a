"""Rules for modifiers that stand before another expression and transform its value."""

from __future__ import annotations

import re

from flowhub.nlp._time_atoms import Atom
from flowhub.nlp._time_dates import _HOL
from flowhub.nlp._time_lexicon import (
    WEEKDAYS,
    ordinal_number,
    word_number,
)
from flowhub.nlp._time_rules import NUM, WEEKDAY, B, Ctx, E, rule

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
