"""New tasks said beside done news: "emailed the receipts over… also need oranges for saturday"
ticks off "Email receipts" and makes a card for the oranges."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent
from flowhub.skills import capture
from flowhub.skills.context import Context

# Where one thing said ends and the next begins: a stop, an ellipsis, a dash, "also".
_PARTS = re.compile(
    r"\s*(?:[.!;…]+|\.\.\.|\s[-–—]+)\s*|\s*,?\s+(?=(?:also|plus|and\s+also|oh\s+and)\s)",
    re.I,
)
_LEAD = re.compile(r"^\W*(?:(?:also|plus|and|oh|btw|then)\b\W*)+", re.I)


def parts(text: str) -> list[str]:
    """The things said in `text`, each without its joining word."""
    return [p for p in (_LEAD.sub("", part).strip() for part in _PARTS.split(text)) if p]


def new_tasks(ctx: Context, text: str, is_news: Callable[[str], bool]) -> list[Reply]:
    """Cards for the parts of `text` that ask for something new rather than tell the news."""
    asked = [p for p in parts(text) if not is_news(p) and classify_intent(p) == "capture"]
    rest = ". ".join(asked)
    sender = ctx.person.display_name
    if not rest or not ctx.extract(rest, now=ctx.now, tz=ctx.tz, sender=sender):
        return []
    return capture.handle(replace(ctx, text=rest, intent="capture")) or []
