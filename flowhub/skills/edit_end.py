"""The last day of a repeat said as an edit: "until 18 dec", "stop after the 18th", "the rsvp
one should end on 18th dec, wedding is 19th".

Said of a repeating card or task, the day becomes the rule's UNTIL (that day is the last one);
said of a one-off, it is the day it is due by, as "until friday" always was.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from types import SimpleNamespace
from typing import Protocol
from zoneinfo import ZoneInfo

from flowhub.nlp import parse_when
from flowhub.skills.edit_words import Change

# "until 18 dec", "only till the 18th", "through friday".
_UNTIL = r"(?:until|till|til|untill|through|thru|up\s+to)"
# "stop after the 18th", "it should end on 18th", "end it by friday", "runs till the 18th".
_STOP = (
    r"(?:stop|end|finish|run|go|repeat|keep\s+going)(?:s|ped|ping|ed|ing)?(?:\s+(?:it|them))?"
    r"(?:\s+(?:only|just))?\s+(?:after|on|by|with|at|" + _UNTIL + r")"
)
_END = re.compile(
    r"^(?:(?:ok(?:ay)?|no+|nah|and|but|actually|also|pls|please)\b[\s,.!]*)*"
    r"(?:(?P<t>the\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+(?:one|task)|it|this|that)\s+)?"
    r"(?:(?:should|must|can|will|has\s+to|needs?\s+to|is\s+to)\s+)?(?:only\s+|just\s+)?"
    rf"(?:(?P<stop>{_STOP})|(?:make\s+it\s+|repeat\s+|only\s+)?(?P<until>{_UNTIL}))"
    r"\s+(?P<d>[^,;!?]+?)(?:\s+only)?\s*(?:[,;!?].*)?$",
    re.I,
)
# The verb first: "stop the starter one after march", "end it on friday", "stop the plants one
# in 3 weeks".
_VERB_FIRST = re.compile(
    r"^(?:(?:ok(?:ay)?|no+|nah|and|but|actually|also|pls|please)\b[\s,.!]*)*"
    r"(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:(?:please|pls)\s+)?"
    r"(?:stop|end|finish)\s+"
    r"(?P<t>the\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+(?:one|task)|it|this|that)\s+"
    rf"(?P<stop>(?:only\s+|just\s+)?(?:after|on|by|at|in|{_UNTIL}))"
    r"\s+(?P<d>[^,;!?]+?)\s*(?:[,;!?].*)?$",
    re.I,
)
# A span left to run: "the starter one only for 3 more weeks", "keep the plants one going for 2
# more months", "do it for 10 more days".
_FOR_MORE = re.compile(
    r"^(?:(?:ok(?:ay)?|no+|nah|and|but|actually|also|pls|please)\b[\s,.!]*)*"
    r"(?:(?:keep|do|run)\s+)?"
    r"(?P<t>the\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+(?:one|task)|it|this|that)\s+"
    r"(?:(?:going|running|repeating)\s+)?(?:(?:should|will|can)\s+(?:only\s+)?"
    r"(?:run|go\s+on|repeat|continue)\s+)?(?:only\s+|just\s+)?"
    r"for\s+(?:(?:another|the\s+next)\s+)?(?P<n>\d+|a|one|two|three|four|five|six)\s+(?:more\s+)?"
    r"(?P<u>days?|weeks?|months?)(?:\s+(?:more|only))?\s*[.!]*$",
    re.I,
)
_COUNTS = {"a": "1", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}


def _clock(day: str) -> bool:
    """Whether `day` names a time of day ("2pm", "tomorrow 10am"): that is no last day."""
    found = parse_when(day, now=datetime.now(UTC), tz="UTC")
    return found is not None and found.grain in ("hour", "minute")


class Repeating(Protocol):
    """What a card and a saved task both have for this."""

    due_at: datetime | None
    due_tz: str | None
    rrule: str | None


def read(text: str) -> Change | None:
    """The end said in `text`, of what it names ("the rsvp one"), or None."""
    said = text.strip()
    if (span := _FOR_MORE.match(said)) is not None:
        count = _COUNTS.get(span["n"].casefold(), span["n"])
        return Change(target=_target(span["t"]), until=f"in {count} {span['u']}")
    m = _END.match(said) or _VERB_FIRST.match(said)
    if m is None or _clock(m["d"]):
        return None
    day = m["d"].strip()
    stop = (m["stop"] or "").split()
    if stop and stop[-1].casefold() == "after" and _month(day):
        day = f"end of {day}"  # "stop after march": March is the last month it runs
    elif stop and stop[-1].casefold() == "in":
        day = f"in {day}"  # "stop it in 3 weeks"
    return Change(target=_target(m["t"]), until=day)


def _target(said: str | None) -> str:
    """The task named ("the rsvp one"), or "" for "it", "this" and "that"."""
    target = said or ""
    return "" if target.casefold() in ("it", "this", "that") else target


def _month(day: str) -> bool:
    """Whether `day` names a whole month ("march", "next month")."""
    found = parse_when(day, now=datetime.now(UTC), tz="UTC")
    return found is not None and found.grain == "month" and found.span == (0, len(day))


def ended(
    item: Repeating | SimpleNamespace, day: str, *, now: datetime, tz: str
) -> tuple[dict[str, object], str | None] | None:
    """The rule of a repeating `item` ending on `day`; None for a one-off; `day` when unread."""
    if not item.rrule:
        return None
    found = parse_when(day, now=now, tz=tz)
    if found is None or found.rrule:
        return {}, day
    zone = ZoneInfo(item.due_tz or tz)
    last = found.start.astimezone(ZoneInfo(tz)).date()
    until = datetime.combine(last, time(23, 59, 59), tzinfo=zone).astimezone(UTC)
    if item.due_at is not None and until < item.due_at - timedelta(seconds=1):
        return {}, day  # it would end before it first goes off
    kept = [p for p in item.rrule.split(";") if not p.upper().startswith(("UNTIL=", "COUNT="))]
    return {"rrule": ";".join([*kept, "UNTIL=" + until.strftime("%Y%m%dT%H%M%SZ")])}, None
