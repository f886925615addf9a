"""What to say when a message to several waiting cards names a part that fits no pick.

"the band one is too vague" names one card by its words and says something of it the bot can't
read as a change: it says so of that card and keeps it as the one talked about, so "call it
book the jazz trio" next renames that card, not the newest. Otherwise it lists the cards waiting.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent
from flowhub.skills import picks_words as pw
from flowhub.skills.context import Context
from flowhub.skills.edit_words import NOT_READ_FOR
from flowhub.skills.format import numbered
from flowhub.skills.picks_numbering import numbering
from flowhub.skills.picks_position import Unclear, title_match
from flowhub.storage import Proposal, id_of

__all__ = ["answer", "named"]

# "the band one is too vague", "cake card: sounds off".
_NAMED = re.compile(
    r"^(?P<what>(?:the\s+)?[\w'’ -]{1,30}?\s+(?:one|card))\s*[:,-]?\s+(?P<rest>\S.*)$", re.I
)


def answer(ctx: Context, unclear: Unclear, pending: list[Proposal]) -> list[Reply] | None:
    """The reply to a part that names no pick; None when the part may be no answer at all."""
    if not unclear.sure:
        return None
    if not unclear.said and (about := named(ctx, unclear.part, pending)) is not None:
        return about
    shown = numbering(ctx, pending)
    ctx.thread.note("cards", [id_of(p) for p in shown], now=ctx.now)
    lines = numbered([p.title for p in shown])
    said = unclear.said or pw.UNCLEAR.format(part=unclear.part, lines=lines)
    return [Reply(said)]


def named(ctx: Context, text: str, pending: list[Proposal]) -> list[Reply] | None:
    """ "the cake card sounds off": what was said of the one card it names can't be read, and
    that card is the one talked about now; None unless `text` names one waiting card so."""
    m = _NAMED.match(text.strip())
    card = title_match(pw.SUFFIXES.sub("", m["what"]), pending) if m is not None else None
    if m is None or card is None or classify_intent(m["rest"]) != "other":
        return None  # "turbot one: remind me 9:30 pls" asks something other skills read
    ctx.thread.note("cards", [id_of(card)], now=ctx.now)
    return [Reply(NOT_READ_FOR.format(text=m["rest"].strip(" .!"), title=card.title))]
