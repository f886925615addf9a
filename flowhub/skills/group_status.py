"""A status question put to everyone: "where are we on everything?", "team status pls",
"what's everyone got this week?", "ok what's still open for this week, everyone?".

In a group it lists the open tasks the whole group may see, person by person (made in the
group, or given by one member to another); in a private chat, everyone the asker works with.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import manners, status
from flowhub.skills.context import Context
from flowhub.skills.status_period import read_period
from flowhub.skills.status_query import Query

_MAX_WORDS = 12
_LEAD = r"^\W*(?:(?:ok(?:ay)?|so|right|alright|hey|hi|morning|guys|folks|all|team|quick|and)\W+)*"
_ALL = r"(?:everything|things|it\s+all|all\s+of\s+it|stuff|all\s+the\s+things|the\s+lot)"
_TEAM = (
    r"(?:the\s+)?(?:whole\s+|entire\s+)?(?:team|group|crew|gang)|everyone|everybody|all\s+of\s+us"
    r"|y'?all|guys|folks|people|you\s+all|us\s+all"
)
_PLEASE = r"(?:\s*(?:,|\s)\s*(?:pls|plz|please|thanks|thx|guys|folks|everyone|all|team))*"
_TRAIL = r"(?:\s+(?:this|next)\s+week|\s+today|\s+tomorrow)?" + _PLEASE + r"[\s?!.]*$"
_ASKS = tuple(
    re.compile(_LEAD + p, re.I)
    for p in (
        # "where are we on everything?", "where are we at", "where do we stand on things"
        rf"where\s+(?:are|r)\s+(?:we|u\s+all)\s+(?:at\s+)?(?:on|with)\s+{_ALL}{_TRAIL}",
        rf"where\s+(?:are|r)\s+we\s+at{_TRAIL}",
        rf"where\s+do\s+we\s+stand(?:\s+(?:on|with)\s+{_ALL})?{_TRAIL}",
        rf"how\s+(?:are|r)\s+we\s+(?:doing|looking)\s+(?:on|with)\s+{_ALL}{_TRAIL}",
        # "team status pls", "status update, everyone?", "status check", "what's the status?"
        rf"(?:(?:the\s+)?(?:{_TEAM})(?:'s|’s)?\s+)?(?:status|progress)(?:\s+(?:update|check"
        rf"|report|round))?(?:\s+(?:for|from|on)\s+(?:{_TEAM}|{_ALL}))?{_TRAIL}",
        rf"(?:what(?:'s|’s|s|\s+is)\s+the\s+)?status\s+(?:on|of)\s+{_ALL}{_TRAIL}",
        rf"what(?:'s|’s|s|\s+is)\s+the\s+(?:team(?:'s|’s)?\s+)?status{_TRAIL}",
        # "what's everyone got this week?", "what's everybody working on"
        rf"what(?:'s|’s|s|\s+is|\s+has|\s+does|\s+do)\s+(?:{_TEAM})\s+(?:got|get|have|has"
        rf"|doing|working\s+on|on)(?:\s+on)?(?:\s+(?:(?:on\s+)?(?:their|the)\s+plates?|left|open))?"
        rf"{_TRAIL}",
        # "what's still open for this week, everyone?": the room named at the end
        rf"what(?:'s|’s|s|\s+is|\s+are)\s+(?:still\s+)?(?:open|left|pending|outstanding|due"
        rf"|on)(?:\s+(?:for|this|next)(?:\s+this|\s+next)?\s+(?:week|today|tomorrow))?\s*,?\s*"
        rf"(?:{_TEAM}){_PLEASE}[\s?!.]*$",
    )
)


def read(text: str) -> bool:
    """Whether `text` asks everyone for the open tasks."""
    said = manners.without_bot_name(text).strip()
    if not said or len(said.split()) > _MAX_WORDS:
        return False
    return any(p.match(said) for p in _ASKS)


def handle(ctx: Context) -> list[Reply] | None:
    """List everyone's open tasks for a status question put to the team; None otherwise."""
    text = manners.without_bot_name(ctx.text)
    if not read(text):
        return None
    if ctx.chat.kind != "group" and not re.search(rf"\b(?:{_TEAM}|{_ALL})\b", text, re.I):
        return None  # a bare "status?" in a private chat asks about the asker's own
    period = read_period(text, now=ctx.now, tz=ctx.tz)
    whose = "group" if ctx.chat.kind == "group" else "everyone"
    return status.answer(ctx, Query(whose=whose, period=period), period_text=text if period else "")
