"""Which side of a contract the sender is: asked with one button per party, then what that
party owes becomes the cards; the other party's duties are left out, and the side is kept for
the chat's next documents between the same parties."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from flowhub.connectors import Button, Reply
from flowhub.skills import capture, words
from flowhub.skills.context import Context
from flowhub.skills.media_retry import MADE_CARDS
from flowhub.skills.media_words import SIDE_TAKEN, WHICH_SIDE
from flowhub.storage import media

__all__ = [
    "DUTIES",
    "PARTIES",
    "SIDE",
    "button",
    "owed",
    "parties_of",
    "question",
    "said_side",
    "taken",
]

# Where a file's item keeps the contract's duties, its parties and the side its sender took.
DUTIES, PARTIES, SIDE = "duties", "parties", "side"

Duty = Sequence[str]  # (party, what it owes)

# "we're the client", "I am the contractor", "somos el proveedor", "je suis le client".
_WE_ARE = (
    r"(?:we(?:'re|’re|\s+are)|i(?:'m|’m|\s+am)|as|ich\s+bin|wir\s+sind|als|soy|somos|como"
    r"|je\s+suis|nous\s+sommes|en\s+tant\s+que|sou|somos|sono|siamo|ik\s+ben|wij\s+zijn)"
)
_ARTICLE = r"(?:the|der|die|das|el|la|le|l['’]|o|a|il|de|het)\s*"


def parties_of(duties: Sequence[Duty]) -> list[str]:
    """The parties that owe something, in the order they first do."""
    seen: list[str] = []
    for party, _ in duties:
        if party not in seen:
            seen.append(party)
    return seen


def said_side(caption: str, duties: Sequence[Duty]) -> str | None:
    """The party a caption says the sender is ("we're the client"), if it names one."""
    for party in parties_of(duties):
        said = rf"(?<!\w){_WE_ARE}\s+(?:{_ARTICLE})?{re.escape(party)}(?!\w)"
        if re.search(said, caption, re.I):
            return party
    return None


def owed(duties: Sequence[Duty], side: str) -> str:
    """What `side` owes, one duty a line."""
    return "\n".join(what for party, what in duties if party == side)


def question(media_id: int, duties: Sequence[Duty]) -> Reply:
    """“Which side are you: Client or Contractor?” with a button for each."""
    first, second = parties_of(duties)[:2]
    return Reply(
        WHICH_SIDE.format(first=first, second=second),
        buttons=(Button(f"side:{media_id}:0", first), Button(f"side:{media_id}:1", second)),
    )


def taken(side: str, duties: Sequence[Duty]) -> Reply:
    """Which side's duties the cards are, and that the other's are left out."""
    other = next((p for p in parties_of(duties) if p != side), "")
    return Reply(SIDE_TAKEN.format(side=side, other=other))


def button(ctx: Context, arg: str) -> list[Reply]:
    """A side pressed under the question: that side's duties become the sender's cards."""
    media_id, _, index = arg.partition(":")
    item = media.get_media_item(session=ctx.session, media_id=int(media_id or 0), lock=True)
    if item is None or item.person_id != ctx.person_id or not index.isdigit():
        return [Reply(words.NOT_YOURS)]
    duties = [tuple(duty) for duty in item.items.get(DUTIES) or ()]
    parties = parties_of(duties)
    if int(index) >= len(parties):
        return [Reply(words.NOT_YOURS)]
    side = parties[int(index)]
    cards = capture.handle(replace(ctx, text=owed(duties, side), intent="capture")) or []
    made = any((reply.ref or "").startswith("proposal:") for reply in cards)
    items = {**item.items, SIDE: side, PARTIES: parties, MADE_CARDS: made}
    media.update_media_item(session=ctx.session, item=item, items=items)
    return [*cards, taken(side, duties)]
