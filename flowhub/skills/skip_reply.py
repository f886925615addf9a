"""This time of a repeating reminder let go in chat words, answering it when it goes off: "skip
this week yaar, i'm at the sangeet 💃", "not this week, im off sick", "skip this one pls,
travelling". The why after it is chat; it changes nothing else and makes no card."""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import remind_manage
from flowhub.skills.context import Context
from flowhub.skills.refer import answered_occurrence

__all__ = ["handle"]

# The first clause lets this one go; whatever follows a comma or a full stop is the reason.
_SKIP = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|sorry|ugh|nah|no|pls|please|can\s+(?:you|u)|let'?s|just)\b[\s,]*)*"
    r"(?:(?:skip|pass(?:\s+on)?|miss|drop)\s+(?:it\s+)?(?:this|today'?s|tonight'?s)"
    r"(?:\s+(?:week|one|time|round|friday|monday|tuesday|wednesday|thursday|saturday|sunday))?"
    r"(?:'?s(?:\s+one)?)?|not\s+this\s+(?:week|time|one|round)|not\s+today|skip(?:\s+it)?)"
    r"(?:\s+(?:yaar|na|pls|please|plz|bro|mate|sorry|lol|haha|then|thanks|thx))*"
    r"\s*(?:$|[,.;:!?—–(-]|\s+(?:i'?m|im|i\s+am|we'?re|as|because|bc|cos|coz|since)\b)",
    re.I,
)
_MOST_WORDS = 25


def handle(ctx: Context) -> list[Reply] | None:
    """Skip the firing this message answers when it says to let it go; None otherwise."""
    if len(ctx.text.split()) > _MOST_WORDS or _SKIP.match(ctx.text) is None:
        return None
    occurrence = answered_occurrence(ctx, replied=bool(ctx.event.reply_to))
    if occurrence is None or occurrence.id is None:
        return None
    return remind_manage.skip_button(ctx, f"{occurrence.reminder_id}:{occurrence.id}")
