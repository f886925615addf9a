"""A waiting card named in words and dropped: "the Book it card is a duplicate, bin it", "bin the
scaffolding card, we did that already". Only the card's requester drops it, as with its button."""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills.capture import discard
from flowhub.skills.context import Context
from flowhub.skills.refer import match_titles
from flowhub.storage import Proposal, proposals

_DROP = r"(?:bin|drop|discard|delete|scrap|remove|ditch|toss|kill|cancel|get\s+rid\s+of)"
_WRONG = (
    r"(?:a\s+)?(?:duplicate|dupe|double|copy|mistake|wrong|junk|not\s+needed|not\s+a\s+task"
    r"|redundant|the\s+same(?:\s+as\s+the\s+other(?:\s+one)?)?)"
)
_SAID = (
    # "the Book it card is a duplicate, bin it"
    re.compile(
        rf"^\W*(?:the\s+)?[“\"']?(?P<what>[^,;.!?]+?)[”\"']?\s+card\s+(?:is|'s)\s+{_WRONG}\W+"
        rf"(?:so\s+|pls\s+|please\s+|just\s+)*{_DROP}\s+(?:it|that|this)(?:\s+one)?\W*$",
        re.I,
    ),
    # "bin the Book it card, it's a duplicate", "drop the scaffolding card please"
    re.compile(
        rf"^\W*(?:(?:pls|please|just|ok(?:ay)?|so)\W+)*{_DROP}\s+the\s+[“\"']?(?P<what>[^,;.!?]+?)"
        r"[”\"']?\s+card(?:\s+(?:please|pls))?(?:\W+(?:it'?s|its|that'?s)\s+[^?]*)?\W*$",
        re.I,
    ),
)


def found(ctx: Context, text: str) -> Proposal | None:
    """The sender's waiting card here that `text` names and drops, or None."""
    m = next((p.match(text.strip()) for p in _SAID if p.match(text.strip())), None)
    if m is None:
        return None
    mine = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    what = m["what"].strip()
    exact = [p for p in mine if p.title.casefold() == what.casefold()]
    named = exact or match_titles(what, mine)
    return named[0] if len(named) == 1 else None


def handle(ctx: Context) -> list[Reply] | None:
    """Drop the card the message names; None when it names none of the sender's."""
    card = found(ctx, ctx.text)
    return discard(ctx, str(card.id)) if card is not None else None
