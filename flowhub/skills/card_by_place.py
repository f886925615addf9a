"""A place said beside a save or drop verb names a waiting card, never a saved task: with two
cards waiting, "scrap the first one" drops the first card and "send the second" saves the
second, whatever list was shown before. A place past the cards waiting changes nothing.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import capture
from flowhub.skills import picks_words as pw
from flowhub.skills.capture import confirm_proposal
from flowhub.skills.context import Context
from flowhub.skills.picks_numbering import numbering
from flowhub.storage import Proposal, id_of

__all__ = ["act", "place_of"]

_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
}  # fmt: skip
_PLACE = re.compile(
    r"^(?:the\s+|that\s+|this\s+)?(?P<word>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th"
    r"|last)(?:\s+(?:one|card|task))?$"
    r"|^(?:the\s+|number\s+|card\s+|no\.?\s*|#)?(?P<n>\d{1,2})$",
    re.I,
)
_KEEP = re.compile(rf"^(?:{pw.KEEP}|send|ship|go\s+ahead\s+with)$", re.I)
_DROP = re.compile(rf"^(?:{pw.DROP})$", re.I)


def place_of(ref: str) -> int | None:
    """1 for "the first one" or "#1", 0 for "the last one"; None when `ref` names no place."""
    m = _PLACE.match(ref.strip())
    if m is None:
        return None
    if m["n"]:
        return int(m["n"])
    word = m["word"].casefold()
    return 0 if word == "last" else _ORDINALS[word]


def act(ctx: Context, verb: str, ref: str, pending: list[Proposal]) -> list[Reply] | None:
    """Save or drop the waiting card at the place `ref` says; None when `ref` says no place."""
    place = place_of(ref)
    if place is None or not pending:
        return None
    cards = [c for c in numbering(ctx, pending) if c.status == "pending"] or pending
    if place > len(cards):
        return [Reply(pw.NO_SUCH.format(number=place, count=len(cards)))]
    card = cards[place - 1]
    if _KEEP.match(verb):
        return confirm_proposal(ctx, card)
    if _DROP.match(verb):
        return capture.discard(ctx, str(id_of(card)))
    return None
