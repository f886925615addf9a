"""Picks with a question joined on by a comma or "then": "keep both, and what's on my plate this
week?", "save 1 and 2, then show my tasks", "confirm it and what's due friday?".

The picks answer the waiting cards as they would alone; the question is answered after them, as
a message of its own.
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

# Where the picks end and the question starts: ", and what's …", ", then show …", " and what's …".
_JOIN = re.compile(
    r"\s*,\s*(?:(?:and|then|also|plus|so)\s+)*|\s+(?:and\s+)?then\s+"
    r"|\s+and\s+(?=(?:what|which|when|how|is|are|do|does|did|show|list|tell|anything)\b)",
    re.I,
)
_ASKS = re.compile(
    r"\?\s*$|^(?:what|which|when|how|is|are|do|does|did|anything)\b|^(?:show|list|tell)\b", re.I
)
_END = ".!?;,… "
_PICKS_AT_MOST = 200


def handle(ctx: Context) -> list[Reply] | None:
    """Answer the picks, then the question joined on; None for other messages."""
    if ctx.event.reply_to or ctx.event.kind != "text":
        return None
    text = " ".join(ctx.text.split())
    for m in _JOIN.finditer(text):
        if m.start() > _PICKS_AT_MOST:
            return None  # card picks are a few words; later joins are not read as picks
        head, rest = text[: m.start()].rstrip(_END), text[m.end() :].strip()
        if head and rest and only_places(head):
            break
    else:
        return None
    if not _ASKS.search(rest) or classify_intent(rest) not in ("query", "other", "help"):
        return None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if not pending:
        return None
    from flowhub.skills import picks  # picks reaches back into the skills importing this one
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too

    picked = picks.handle(replace(ctx, text=head))
    if not picked:
        return None
    return [*picked, *said_alone(ctx, rest)]
