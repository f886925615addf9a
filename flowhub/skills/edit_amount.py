"""An amount in a title said again, corrected: "its 60kg not 50", "make that 60kg", "€80 not €60".

The new amount takes the place of the old one in the title ("Order 50kg clay" becomes "Order 60kg
clay"); when no old amount is said, the one amount of the same unit in the title is meant. Days,
times and durations ("make it 5pm", "make it 2 days") are no amounts.
"""

from __future__ import annotations

import re
from datetime import datetime

from flowhub.nlp import parse_when
from flowhub.skills.edit_words import Change

__all__ = ["read", "swapped"]

_UNIT = r"(?:[^\W\d_]{1,6}|%|€|\$|£)"
_AMOUNT = rf"(?:[€$£]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?(?:\s?{_UNIT})?)"
_FILLERS = r"(?:(?:oh|ah|wait|no|nope|sorry|oops|actually|hmm+|ok(?:ay)?|typo)\b[\s,!.:-]*)*"
_CUE = (
    r"(?:it'?s|its|it’s|it\s+is|that'?s|thats|should\s+be|make\s+(?:it|that|this)|change\s+(?:it"
    r"|that|this)\s+to|(?:i\s+)?meant)"
)
_TAIL = r"(?:\s+(?:pls|please|lol|then|instead|thanks|thx))*[\s.!]*$"
# "its 60kg not 50", "make that 60kg", "60kg, not 50kg".
_SAID = re.compile(
    rf"^(?P<lead>{_FILLERS})(?:(?P<cue>{_CUE})\s+)?(?P<new>{_AMOUNT})(?:\s+now)?"
    rf"(?:,?\s+(?:not|instead\s+of|rather\s+than)\s+(?:the\s+)?(?P<old>{_AMOUNT}))?{_TAIL}",
    re.I,
)
# Units that make a day, a time or a length of time, not an amount of something.
_TIME_UNIT = re.compile(
    r"^(?:am|pm|h|hr|hrs|hours?|mins?|minutes?|secs?|days?|d|weeks?|wks?|w|months?|mo|years?"
    r"|yrs?|st|nd|rd|th|ish|o)$",
    re.I,
)
_IN_TITLE = re.compile(
    r"(?<![\w.,])(?P<cur>[€$£]\s?)?(?P<n>\d+(?:[.,]\d+)?)(?P<gap>\s?)(?P<u>[^\W\d_]{1,6}|%|€|\$|£)?"
    r"(?![\w])"
)


# "the invoice one €450 not €400": the card named first, then the amount.
_NAMED = re.compile(
    r"^(?P<t>(?:the|that|this)\s+(?:[\w'’-]+\s+){1,4}?(?:one|card|task))[\s,:–—-]+(?P<rest>\S.*)$",
    re.I,
)


def read(text: str, *, now: datetime, tz: str) -> Change | None:
    """The amount correction `text` says, as a swap of the new amount for the old (the old one
    empty when not said); None when it says no amount."""
    named = _NAMED.match(text.strip())
    if named is not None and (change := _read(named["rest"], now=now, tz=tz)) is not None:
        change.target = named["t"]
        return change
    return _read(text, now=now, tz=tz)


def _read(text: str, *, now: datetime, tz: str) -> Change | None:
    m = _SAID.match(text.strip())
    if m is None or not (m["cue"] or m["old"] or m["lead"].strip()):
        return None
    new, old = m["new"], m["old"] or ""
    for amount in (new, old):
        if amount and _TIME_UNIT.match(_parts(amount)[1]):
            return None
    if parse_when(new, now=now, tz=tz) is not None:
        return None
    if not old and not _parts(new)[1]:
        return None  # "make it 5": an hour as likely as an amount
    if old and _parts(new)[0] == _parts(old)[0]:
        return None
    return Change(target="it", swap=(new.strip(), old.strip()))


def swapped(title: str, new: str, old: str) -> str | None:
    """`title` with the amount `old` names (or the one of `new`'s unit) set to `new`; None when
    the title holds no such amount, or more than one."""
    number, unit = _parts(new)
    old_number, old_unit = _parts(old) if old else ("", "")
    found = []
    for m in _IN_TITLE.finditer(title):
        have = (m["u"] or (m["cur"] or "").strip()).casefold()
        if old:
            meant = m["n"] == old_number and old_unit.casefold() in ("", have)
        else:
            meant = bool(unit) and unit.casefold() == have
        if meant:
            found.append(m)
    if len(found) != 1:
        return None
    m = found[0]
    if m["cur"]:
        said = f"{m['cur']}{number}"
    elif unit:
        said = f"{number}{m['gap']}{m['u'] or unit}" if m["u"] else f"{number}{unit}"
    else:
        said = f"{number}{m['gap']}{m['u'] or ''}"
    return f"{title[: m.start()]}{said}{title[m.end() :]}"


def _parts(amount: str) -> tuple[str, str]:
    """The number and the unit of an amount ("€80" is "80" and "€", "60 kg" "60" and "kg")."""
    said = amount.strip()
    m = re.fullmatch(r"(?P<c>[€$£])\s?(?P<n>\d+(?:[.,]\d+)?)", said)
    if m is not None:
        return m["n"], m["c"]
    m = re.fullmatch(rf"(?P<n>\d+(?:[.,]\d+)?)\s?(?P<u>{_UNIT})?", said)
    return (m["n"], m["u"] or "") if m is not None else (said, "")
