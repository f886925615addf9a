"""One day said of several waiting cards at once: "no!! both due 18 dec", "all three are due
friday", "the first two are due thu". Each card named moves and stays waiting."""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import picks_words as pw
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import read_all
from flowhub.skills.manners import without_bot_name
from flowhub.skills.picks_edit import edit_waiting, one_message
from flowhub.skills.picks_numbering import numbering
from flowhub.skills.picks_position import Unclear, position_key, positions
from flowhub.storage import Proposal, proposals

_SAID = re.compile(
    r"^(?P<ref>.+?)\s+(?:are\s+|r\s+|should\s+be\s+|can\s+be\s+)?(?:both\s+|all\s+)?"
    r"(?:due|for|on)\s+(?P<when>\S.*)$",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Move every card the message names to the day it says; None when it is not that."""
    # the words as said: "no!! both due 18 dec" is read as English whatever else it looks like
    said = [ctx.text, without_bot_name(ctx.event.text)]
    m = next((m for t in said if (m := _SAID.match(_bare(t))) is not None), None)
    if m is None:
        return None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    cards = _named(ctx, m.group("ref"), pending)
    if len(cards) < 2:
        return None
    changes, unread = read_all(f"due {m.group('when')}", now=ctx.now, tz=ctx.tz)
    if unread is not None or not changes or not all(c.when for c in changes):
        return None
    replies: list[Reply] = []
    for card in cards:
        moved = edit_waiting(ctx, card, changes)
        if moved is None:
            return None
        replies += moved
    return one_message(replies)


def _bare(text: str) -> str:
    return pw.LEAD.sub("", re.sub(r"\s+", " ", text).strip().rstrip(".!?… "))


def _named(ctx: Context, ref: str, pending: list[Proposal]) -> list[Proposal]:
    """The waiting cards "both", "all three" or "the first two" name, in the order shown."""
    ref = " ".join(ref.casefold().split())
    shown = [p for p in numbering(ctx, pending) if p.status == "pending"]
    if m := pw.ALL.match(ref):
        count = m.group("n") or m.group("m") or ("two" if ref.startswith("both") else None)
        wanted = pw.COUNTS.get(count or "", 0) or (int(count) if count and count.isdigit() else 0)
        return shown if not wanted or len(shown) == wanted else []
    key = position_key(ref)
    if key is None or key[0] == "one":
        return []
    try:
        return [shown[i] for i in positions(ref, len(shown)) or []]
    except Unclear:
        return []
