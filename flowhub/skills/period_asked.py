"""A period said alone with no card waiting asks what is on then: "this week", "next week?",
"rest of the month" list the tasks; they never move the task touched last. Right after a list
the status skills read it as a follow-up of that list.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills.context import Context
from flowhub.storage import proposals

__all__ = ["handle"]

_PERIOD = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so)[\s,]+)?(?P<p>(?:(?:this|next|the|"
    r"coming|rest\s+of\s+(?:the|this))\s+)(?:week|month|weekend)|this\s+wk|next\s+wk)\W*$",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """The tasks of the period said alone; None for anything else or with a card waiting."""
    m = _PERIOD.match(ctx.text)
    if m is None or ctx.event.reply_to:
        return None
    seen = ctx.thread.last_seen()
    if seen is not None and seen[0].startswith("list"):
        return None  # after a list, "next week?" follows that question (whose, which)
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if pending:
        return None  # "next week" to a card moves the card
    period = m["p"].replace("wk", "week")
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too

    asked = f"what's on {period}"
    return said_alone(replace(ctx, text=asked, intent="query"), asked) or None
