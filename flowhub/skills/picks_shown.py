"""Numbers and places said right after the cards were shown or listed: "1, 3 and 4 pls".

After "Waiting for your yes: 1. … 2. …" or a batch of fresh cards, a message made only of their
numbers or places ("1, 3 and 4", "save 2 and 3", "the first two, bin the rest") answers those
cards, before any reader takes a number for a time or a day of the newest card.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import picks_words as pw
from flowhub.skills.context import Context
from flowhub.skills.picks_clause import clause, looks_like_ref, pieces


def handle(ctx: Context) -> list[Reply] | None:
    """The picks a message of card numbers asks, right after several cards were shown."""
    seen = ctx.thread.last_seen()
    if ctx.event.reply_to or ctx.event.kind != "text" or not seen:
        return None
    if seen[0] != "cards" or len(seen[1]) < 2:
        return None
    text = re.sub(r"\s+", " ", ctx.text).strip().rstrip(".!?… ")
    if not only_places(text):
        return None
    from flowhub.skills import picks  # picks reaches back into the skills importing this one

    return picks.handle(ctx)


def only_places(text: str) -> bool:
    """Whether every part of `text` picks cards by number, place or as a group ("1, 3 and 4")."""
    found = False
    for piece in pieces(text):
        if pw.AFFIRM.match(piece) or pw.FILLER.match(piece):
            continue
        said = clause(piece, None)
        if said is None or not looks_like_ref(said.what):
            return False
        found = True
    return found
