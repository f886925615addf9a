"""Picks said first, then something else in a sentence of its own: "save all 3. the photographer
advance one - will i get pinged monday 6pm?", "keep 1 and 3. thanks!".

The first sentence answers the waiting cards as it would alone; the rest is answered as a message
of its own, after them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent
from flowhub.skills.context import Context
from flowhub.skills.picks_shown import only_places
from flowhub.storage import proposals

__all__ = ["handle"]

# Where the first sentence ends.
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\s+[-–—]+\s+")
_END = ".!?;,… "


def handle(ctx: Context) -> list[Reply] | None:
    """Answer the picks of the first sentence, then the rest; None for other messages."""
    if ctx.event.reply_to or ctx.event.kind != "text":
        return None
    text = " ".join(ctx.text.split())
    parts = _SENTENCE.split(text, maxsplit=1)
    if len(parts) != 2:
        return None
    head, rest = parts[0].rstrip(_END), parts[1].strip()
    if not head or not rest or not only_places(head):
        return None
    if classify_intent(rest) == "capture":  # "save 2 and bin 1. also book the van": one turn
        return None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if len(pending) < 2:
        return None
    from flowhub.skills import picks  # picks reaches back into the skills importing this one
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too

    picked = picks.handle(replace(ctx, text=head))
    if not picked:
        return None
    return [*picked, *said_alone(ctx, rest)]
