"""A new title for a card said after a few words of chat, in reply to it: "it says rebar not rear
🙄 order rebar for slab L4, due tmrw", "and this: touch up hallway ceiling paint 2B, 18 dec",
"same for the cabinet door one: re-hang kitchen cabinet door 2B, 18 dec" (the card it names).

The words after the lead-in are the card's title, with a day after a comma; they must share a
word with the card's title, so chat that is no correction stays unread.
"""

from __future__ import annotations

import re

from flowhub.skills.context import Context
from flowhub.skills.edit_apply import read_all
from flowhub.skills.edit_words import Change
from flowhub.skills.picks_position import title_match
from flowhub.skills.refer import tokens
from flowhub.storage import Proposal, proposals

# Where the chat before the correction ends: a sentence end, a colon, an emoji, "lol".
_CUT = re.compile(
    r"(?:[.!?:;]+|\s[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]+|\s(?:lol|haha|smh|ugh)\b[.!,]*)"
    r"\s+(?=\S)",
    re.I,
)
# "same for the cabinet door one", "and the cabinet one too": the card the lead-in names.
_NAMES = re.compile(
    r"(?:^|\bfor\s+|\band\s+)the\s+(?P<what>[\w'’ -]{2,40}?)\s+(?:one|card)\b(?:\s+too)?\W*$", re.I
)
# A day said after the new title: "…, due tmrw", "…, 18 dec".
_DAY_AFTER = re.compile(r"^(?P<title>.+?),\s*(?P<day>(?:due\s+)?\S.{0,30})$")


def after_lead(ctx: Context, card: Proposal, text: str) -> tuple[Proposal, list[Change]] | None:
    """The card meant and its new title (and day) said after chat words; None if not that."""
    for cut in _CUT.finditer(text):
        lead, rest = text[: cut.start()].strip(), text[cut.end() :].strip(" .!")
        meant = _named(ctx, lead) or card
        changes = _retitled(ctx, meant, rest)
        if changes is not None:
            return meant, changes
    return None


def _named(ctx: Context, lead: str) -> Proposal | None:
    """The waiting card the lead-in names ("same for the cabinet door one"), if one."""
    m = _NAMES.search(lead)
    if m is None:
        return None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    return title_match(m["what"], pending)


def _retitled(ctx: Context, card: Proposal, rest: str) -> list[Change] | None:
    """`rest` read as the card's new title and maybe a day, or None."""
    title, day = rest, None
    m = _DAY_AFTER.match(rest)
    if m is not None:
        said = f"due {m['day'].removeprefix('due ').strip()}"
        when, unread = read_all(said, now=ctx.now, tz=ctx.tz)
        if unread is None and when and all(c.when for c in when):
            title, day = m["title"].strip(), when
    if len(title.split()) < 2 or not tokens(title) & tokens(card.title):
        return None
    return [Change(title=title[0].upper() + title[1:]), *(day or [])]
