"""A deadline said with "before" a date: "before the 12th" is due by the 11th.

Only a dated day or a holiday moves ("before Christmas": by the 24th, "by Christmas": the 25th);
"before Friday" is read as most people mean it, by Friday.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from flowhub.nlp import _time_holidays as hol
from flowhub.nlp._time_lexicon import fold
from flowhub.nlp._time_translate import translate
from flowhub.nlp.types import When

__all__ = ["day_before"]

# "before the 12th", "before the tasting on the 10th": up to three words between.
_BEFORE = re.compile(r"\bbefore(?:\s+[\w'-]+){0,3}?\s*(?:on\s+)?$", re.I)
_BEFORE_START = re.compile(r"^\s*before\b", re.I)
# "before lunch on the 10th" is on the 10th, earlier that day.
_SAME_DAY = re.compile(
    r"\b(?:lunch|noon|midday|dinner|breakfast|morning|afternoon|evening|eod|cob|close|end)\b", re.I
)
# "before" said in front of a holiday in languages the time words do not rewrite ("antes de
# Navidad", "vor Weihnachten"), or after it ("Noel'den önce", "christmas se pehle").
_BEFORE_LEAD = re.compile(
    r"(?:\bbefore|\bantes\s+(?:de(?:l|\s+la|\s+las|\s+los)?|d[oa]s?)|\bvor(?:\s+de[mn])?|\bvoor"
    r"|\bavant(?:\s+l[ae']|\s+les)?|\bprima\s+(?:di|del|della|dell'?)|\bsebelum|\bперед"
    r"|قبل)\s*(?:the\s+|el\s+|la\s+|o\s+|a\s+|le\s+|il\s+|de\s+|het\s+)?$",
    re.I,
)
_BEFORE_TAIL = re.compile(
    r"\s*(?:'?(?:[dt][ae]n|n[dt][ae]n|[iı]n[dt][ae]n)\s+önce|se\s+pehle|से\s+पहले)", re.I
)
_SAID_BEFORE = re.compile(r"\s*(?:before|antes\s+d[eoa])\b", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def day_before(text: str, due: When | None) -> When | None:
    """`due` a day earlier when `text` says it "before" a whole day; else `due` unchanged.

    `due.span` indexes `text`. A clock time ("before 5pm"), a range or a repeat stays as said.
    """
    if due is None or due.rrule:
        return due
    if _before_weekend(text, due):  # "before the weekend" said on a Friday: today
        friday = due.start.replace(hour=0, minute=0) - timedelta(days=1)
        return replace(due, start=friday, end=None, grain="day")
    if due.grain != "day" or due.end is not None:
        return due
    start, end = due.span
    said = text[start:end]
    if _holiday_before(text, start, end):
        return replace(due, start=due.start - timedelta(days=1))
    if not any(c.isdigit() for c in said):
        return due
    lead = _BEFORE.search(text[max(0, start - 40) : start])
    if not (_BEFORE_START.match(said) or lead) or _SAME_DAY.search(
        said + (lead[0] if lead else "")
    ):
        return due
    return replace(due, start=due.start - timedelta(days=1))


def _before_weekend(text: str, due: When) -> bool:
    """Whether `due` is a weekend that `text` says to be done "before"."""
    if due.end is None or due.start.weekday() != 5:
        return False
    start, end = due.span
    english = fold(translate(text[start:end]).text)
    if "weekend" not in english and "week-end" not in english:
        return False
    lead = _BEFORE_LEAD.search(text, max(0, start - 24), start)
    return bool(re.match(r"^\s*before\b", english) or _SAID_BEFORE.match(text[start:end]) or lead)


def _holiday_before(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` names a holiday and says "before" it, in any language."""
    said = text[start:end]
    if _SAME_DAY.search(said) or _SAME_DAY.match(text, end + 1):
        return False  # "before christmas dinner" is on the day, earlier
    english = fold(translate(said).text)
    words = _WORD.findall(english)
    if not any(
        hol.lookup(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, i + 5)
    ):
        return False
    lead = _BEFORE_LEAD.search(text, max(0, start - 24), start)
    return bool(
        re.match(r"^\s*before\b", english)
        or _SAID_BEFORE.match(said)
        or lead
        or _BEFORE_TAIL.match(text, end)
    )
