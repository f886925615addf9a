"""Saved tasks and waiting cards asked for together: "show me everything thats on my list + whats
still waiting", "my tasks and the pending cards pls".

The answer is the task list as "my tasks" gives it, then the waiting cards numbered as "save 2"
counts them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills import picks_waiting
from flowhub.skills.context import Context
from flowhub.storage import proposals

__all__ = ["handle"]

_LIST = (
    r"(?:(?:everything|all|what'?s|whats|what\s+is|stuff|things)\s+(?:that'?s\s+|thats\s+|that\s+is"
    r"\s+|i\s+have\s+|i'?ve\s+got\s+)?on\s+my\s+(?:list|plate)|my\s+(?:whole\s+|full\s+)?(?:list"
    r"|tasks|to-?dos?|to-?do\s+list|saved\s+tasks)|(?:all\s+)?(?:the\s+)?saved\s+(?:tasks|ones)"
    r"|all\s+(?:my\s+)?tasks|everything\s+(?:saved|i\s+have))"
)
_WAITING = (
    r"(?:(?:what'?s|whats|what\s+is|anything|everything|all|the\s+ones?|stuff|things|cards?)\s+"
    r"(?:that'?s\s+|thats\s+|that\s+is\s+|(?:still\s+)?)?(?:still\s+)?(?:waiting|pending|unsaved"
    r"|not\s+(?:yet\s+)?saved|to\s+(?:confirm|save))|(?:the\s+)?(?:waiting|pending|unsaved)"
    r"(?:\s+(?:ones|cards?|tasks|stuff))?|(?:the\s+)?cards?(?:\s+(?:still\s+)?(?:waiting|pending))?)"
)
_JOIN = r"\s*(?:\+|&|,)?\s*(?:\+|&|and|plus|as\s+well\s+as|with|also|n)?\s*(?:also\s+)?"
_ASK = re.compile(
    r"^(?:(?:hey|hi|ok(?:ay)?|so|pls|please|can\s+(?:you|u)|could\s+(?:you|u))\W+)*"
    r"(?:(?:show|list|give|send|tell|get)\s+(?:me\s+)?|what\s+about\s+|i\s+want\s+(?:to\s+see\s+)?)?"
    rf"(?P<a>{_LIST}|{_WAITING}){_JOIN}(?P<b>{_LIST}|{_WAITING})"
    r"(?:\s+(?:pls|please|thanks|too|as\s+well))?[\s?.!]*$",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """The task list, then the waiting cards; None for other messages."""
    m = _ASK.match(" ".join(ctx.text.split()))
    if m is None:
        return None
    kinds = {_kind(m["a"]), _kind(m["b"])}
    if kinds != {"list", "waiting"}:
        return None
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too

    listed = said_alone(replace(ctx, intent="status"), "my tasks")
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    return [*listed, *picks_waiting.answer(ctx, pending, more=False)]


def _kind(said: str) -> str:
    return "list" if re.fullmatch(_LIST, said, re.I) else "waiting"
