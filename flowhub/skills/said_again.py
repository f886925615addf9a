"""A time said again after a misreading: "i said 2pm not 1", "no, I meant 9:30".

The lead ("I said", "I meant") only points back at what was misread; the rest is read as the
message it stands for ("2pm not 1" moves the reminder just snoozed or the card just shown).
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import search_when
from flowhub.skills.context import Context

__all__ = ["handle"]

_LEAD = re.compile(
    r"^\W*(?:(?:no+|nope|nah|wait|oops|ugh+|argh+|wtf|omg|lol|sorry)\W+)*(?:i|I)\s+"
    r"(?:said|meant|asked\s+for|wanted|typed|wrote)\s+(?P<rest>.+)$",
    re.I | re.S,
)
_MOST_WORDS = 6


def handle(ctx: Context) -> list[Reply] | None:
    """Read "i said 2pm not 1" as "2pm not 1"; None when the message is not such a correction."""
    m = _LEAD.match(ctx.text.strip())
    if m is None:
        return None
    rest = m["rest"].strip()
    if len(rest.split()) > _MOST_WORDS or not search_when(rest, now=ctx.now, tz=ctx.tz):
        return None
    from flowhub.skills.card_clauses import said_alone  # it reads the skills importing this one

    return said_alone(ctx, rest) or None
