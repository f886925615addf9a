"""A yes to a task just given that says back what it is and when: "sure, invoice by 31st np",
"yep jan 👍", "ok the grout by friday 👍".

The words beside the yes must be the task's own title words, a day or a time, and small words;
anything else ("sure, need to call the bank") is left to the other readers.
"""

from __future__ import annotations

import re
from datetime import datetime

from flowhub.nlp import parse_when
from flowhub.skills.refer import tokens
from flowhub.storage import Task

__all__ = ["accepts"]

_YES = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|okie|k|fine|sure|yes|ya|yah|yep|yeah|yup|alright|cool|np|deal|great"
    r"|perfect|👍|👌|🙌|✅)(?:[^\w'’]+|$))+",
    re.I,
)
_THUMB = re.compile(r"(?:👍|👌|✅)\W*$")
_SMALL_TEXT = (
    "the a an it that this by on for at then in till until before works fine ok okay np "
    "no worries problem thx thanks ty sure will do is good"
)
_SMALL = frozenset(_SMALL_TEXT.split())
_MOST_WORDS = 8
# Day words said short: "31st", "jan", "thurs", "weds", "eom".
_DAY_WORDS = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
    r"|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|today|tonight|tomorrow|tmrw|tmr"
    r"|morning|afternoon|evening|eom|eod|asap|next|week|month)\b",
    re.I,
)


def accepts(text: str, task: Task, *, now: datetime, tz: str) -> bool:
    """Whether `text` is a yes that only says back the task's words and when it is due."""
    lead = _YES.match(text)
    if (lead is None or not lead.group(0).strip()) and not _THUMB.search(text):
        return False
    rest = text[lead.end() :] if lead is not None else text
    if not re.search(r"\w", rest) or len(rest.split()) > _MOST_WORDS:
        return False  # a bare yes is read by the plain readers, which weigh the cards waiting
    found = parse_when(rest, now=now, tz=tz)
    if found is not None and found.span is not None:
        rest = f"{rest[: found.span[0]]} {rest[found.span[1] :]}"
    rest = _DAY_WORDS.sub(" ", rest)
    said = {w for w in re.findall(r"[\w'’]+", rest.casefold())} - _SMALL
    return not (said - tokens(task.title) - {w.rstrip("s") for w in tokens(task.title)})
