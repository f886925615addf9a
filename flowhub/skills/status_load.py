"""How loaded a teammate is, asked in passing: "how's priya looking this week, is she swamped?",
"is sam busy this week?", "anything on sam's list i should worry about before fri?".

Each is the question about that person's list for the period ("what does priya have due this
week?"); a week asked about on a weekend is the coming seven days, the week the asker plans.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills import manners, status
from flowhub.skills.context import Context

__all__ = ["handle"]

_BUSY = r"(?:swamped|busy|slammed|overloaded|drowning|snowed\s+under|stretched|maxed(?:\s+out)?)"
_PERIOD = (
    r"((?:this|next)\s+week|today|tomorrow|(?:by|before|until|till)\s+\w+"
    r"|(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)"
)
_NAME = r"(?P<name>[a-z][a-z'-]{1,30}?)"
_FORMS = (
    # "how's priya looking this week, is she swamped?"
    rf"how(?:'s|’s|s|\s+is)\s+{_NAME}\s+(?:looking|doing|placed|fixed)(?:\s+{_PERIOD})?"
    rf"(?:\W+(?:is|are)\s+(?:she|he|they)\s+{_BUSY}\W*(?:{_PERIOD})?)?",
    # "is sam swamped this week?", "how busy is priya tomorrow"
    rf"(?:is|are)\s+{_NAME}\s+{_BUSY}(?:\s+{_PERIOD})?",
    rf"how\s+(?:busy|swamped|loaded)\s+is\s+{_NAME}(?:\s+{_PERIOD})?",
    # "anything on sam's list i should worry about before fri?"
    rf"(?:is\s+there\s+)?(?:anything|what(?:'s|’s|s|\s+is))\s+(?:on|in)\s+{_NAME}['’]s\s+"
    r"(?:list|plate|desk|radar)(?:\s+(?:i|we)\s+(?:should|need\s+to|have\s+to)\s+"
    rf"(?:worry|know|care)\s+about)?(?:\s+{_PERIOD})?",
)
_ASKED = tuple(re.compile(rf"^\W*{form}[\s?!.]*$", re.I) for form in _FORMS)
_WEEKEND = 5


def handle(ctx: Context) -> list[Reply] | None:
    """That person's tasks for the period asked about; None for any other message."""
    said = " ".join(ctx.text.split())
    m = next((found for form in _ASKED if (found := form.match(said))), None)
    if m is None:
        return None
    name = manners.person_lookup(ctx)(m["name"])
    if name is None:
        return None
    period = next((g for g in m.groups()[1:] if g), None)
    if period is None and m.re is _ASKED[-1]:  # "what's on priya's list?": all she has open
        return status.handle(replace(ctx, text=f"what does {name} have open?", intent="query"))
    period = period or "this week"
    if period.casefold() == "this week" and ctx.now.astimezone(ctx.zone).weekday() >= _WEEKEND:
        period = "in the next 7 days"  # said on a weekend: the week ahead
    asked = f"what does {name} have due {period}?"
    return status.handle(replace(ctx, text=asked, intent="query"))
