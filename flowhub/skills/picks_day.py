"""A waiting card named by the day it is due: "the tuesday one", "the one for friday", "the
card due on the 10th", "tomorrow's one"."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from flowhub.nlp import parse_when
from flowhub.settings import is_zone
from flowhub.skills.context import Context
from flowhub.skills.due_day import WEEKDAY_NAMES
from flowhub.storage import Proposal

_NAMED = re.compile(
    r"^(?:the\s+|that\s+)?(?:(?:one|card|task)\s+(?:for|on|due(?:\s+on)?|set\s+for)\s+(?P<a>.+?)"
    r"|(?P<b>.+?)(?:'s|’s)?\s+(?:one|card|task))$",
    re.I,
)


def day_card(ctx: Context, part: str, pending: list[Proposal]) -> Proposal | None:
    """The one waiting card due on the day `part` names, or None."""
    m = _NAMED.match(part.strip())
    if m is None:
        return None
    said = (m["a"] or m["b"]).strip().casefold()
    weekday = next((i for i, names in enumerate(WEEKDAY_NAMES) if said in names), None)
    found = None if weekday is not None else parse_when(said, now=ctx.now, tz=ctx.tz)
    if weekday is None and (found is None or found.span != (0, len(said)) or found.rrule):
        return None
    hits = []
    for card in pending:
        if card.due_at is None:
            continue
        local = card.due_at.astimezone(ZoneInfo(ctx.tz if is_zone(ctx.tz) else "UTC"))
        on_day = found is not None and local.date() == found.start.astimezone(local.tzinfo).date()
        if on_day or (weekday is not None and local.weekday() == weekday):
            hits.append(card)
    return hits[0] if len(hits) == 1 else None
