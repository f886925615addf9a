"""Waiting cards picked by whose they are: "confirm the sam one. hold off on priya's for a sec",
"save sam's", "bin the one for priya", "keep mine, drop sam's".

Each part names a card by the person it is for and says what to do with it: save it, drop it,
or leave it waiting. A name that fits no card, or more than one, leaves the message to the other
readers.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills.capture import confirm_proposal, discard
from flowhub.skills.context import Context
from flowhub.skills.picks_edit import one_message, summary
from flowhub.storage import Proposal, proposals

__all__ = ["handle"]

_SAVE = r"(?:save|confirm|keep|yes\s+to|ok|okay|go\s+with|add|take)"
_DROP = r"(?:discard|drop|bin|scrap|delete|remove|ditch|no\s+to|forget|lose|kill)"
_HOLD = (
    r"(?:hold\s+off\s+on|hold|wait\s+on|wait\s+with|leave|park|not\s+yet\s+on|don'?t\s+save"
    r"|skip\s+for\s+now)"
)
_WHOSE = (
    r"(?:the\s+(?P<a>[a-z][\w-]*)\s+(?:one|card)|(?P<b>[a-z][\w-]*)['’]s(?:\s+(?:one|card))?"
    r"|the\s+(?:one|card)\s+for\s+(?P<c>[a-z][\w-]*)|(?P<mine>mine|my\s+one|my\s+card))"
)
_PART = re.compile(
    rf"^(?:(?:and|then|but|pls|please|just|ok|so)\s+)*(?:(?P<save>{_SAVE})|(?P<drop>{_DROP})"
    rf"|(?P<hold>{_HOLD}))\s+{_WHOSE}(?:\s+(?:for\s+(?:a\s+sec|now|a\s+bit|a\s+moment|the\s+moment)"
    r"|please|pls|too|as\s+well|for\s+now))*$",
    re.I,
)
_CUT = re.compile(r"\s*(?:[.;!]+|,|\band\b|\bbut\b)\s*", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Save, drop or hold the waiting cards the message names by their person; None if not so."""
    parts = [p for p in _CUT.split(ctx.text.strip()) if p and p.strip()]
    if not parts:
        return None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if not pending:
        return None
    plan: dict[int, tuple[Proposal, str]] = {}
    for part in parts:
        m = _PART.match(part.strip())
        if m is None:
            return None
        card = _whose(ctx, m, pending)
        if card is None or card.id in plan:
            return None
        verdict = "save" if m["save"] else "drop" if m["drop"] else "hold"
        plan[card.id or 0] = (card, verdict)
    if all(v == "hold" for _, v in plan.values()):
        return None
    replies: list[Reply] = []
    saved, dropped, held = [], [], []
    for card, verdict in plan.values():
        if verdict == "save":
            replies += confirm_proposal(ctx, card)
            saved.append(card)
        elif verdict == "drop":
            replies += discard(ctx, str(card.id))
            dropped.append(card)
        else:
            held.append(card)
    return one_message([*replies, Reply(summary(saved, dropped, [], held))])


def _whose(ctx: Context, m: re.Match[str], pending: list[Proposal]) -> Proposal | None:
    """The one waiting card for the person the part names ("sam", "priya's", "mine")."""
    if m["mine"]:
        me = ctx.person.display_name.casefold().split(" ")[0]
        named = [p for p in pending if _first(p) in ("", me)]
    else:
        name = (m["a"] or m["b"] or m["c"] or "").casefold()
        named = [p for p in pending if _first(p) == name]
    return named[0] if len(named) == 1 else None


def _first(card: Proposal) -> str:
    return (card.assignee_name or "").casefold().lstrip("@").split(" ")[0]
