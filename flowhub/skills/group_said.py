"""Answers to a waiting group card said with more than a yes, put the way the card skills read
them: "on it - call it 'rent 6 chafing dishes'" from the person the card names takes it under
that title; "will do, back on the 14th" is a yes (when one is back is not the deadline);
"yeah rename it to rent 6 chafing dishes" from the one who asked is a rename."""

from __future__ import annotations

import re

from flowhub.skills import remind_reply_words, reply_words
from flowhub.skills.assign import is_named
from flowhub.skills.context import Context
from flowhub.skills.group_ack import answered_card, replied_card
from flowhub.storage import Proposal, proposals

_YES_THEN = re.compile(r"^(?P<yes>[^,;.!–—-]+?)\s*(?:[,;.!–—-]+|\s+(?:and|so)\s)\s*(?P<rest>.+)$")
# "call it 'rent 6 chafing dishes'", "rename it to …", "name it …".
_TITLE = re.compile(
    r"^(?:(?:yeah|yes|yep|ok(?:ay)?|sure|and|but|pls|please)[\s,]+)*"
    r"(?:call|name|title|re-?name|retitle)\s+(?:it|this|that|the\s+card|the\s+task)\s+"
    r"(?:to\s+|as\s+)?[\"'“‘]?(?P<title>[^\"'”’]{3,80}?)[\"'”’]?\s*[.!]*$",
    re.I,
)
# "back on the 14th", "I'm off till monday", "away until the 10th": when one is around.
_AROUND = re.compile(
    r"^(?:i'?m\s+|i\s+am\s+|i'?ll\s+be\s+|i\s+will\s+be\s+)?(?:back|home|in|around|off|away|out"
    r"|travel(?:l)?ing|on\s+holiday|on\s+leave)\s+(?:on|from|by|till|until|til|after|before)\b",
    re.I,
)


def trim(ctx: Context) -> None:
    """Put an answer to a waiting group card the way the card skills read it, in `ctx.text`."""
    if ctx.chat.kind != "group":
        return
    text = ctx.text.strip()
    whole = _TITLE.match(text)
    if whole is not None:  # "yeah rename it to …" from the one who asked
        card = _card(ctx, "yes")
        if card is not None and card.person_id == ctx.person_id:
            ctx.text = f"call it {whole['title'].strip()}"
            return
    m = _YES_THEN.match(text)
    if m is None or not _says_yes(m["yes"]):
        return
    card = _card(ctx, m["yes"])
    if card is None or not card.assignee_name or not is_named(ctx.person, card.assignee_name):
        return
    rest = m["rest"].strip()
    named = _TITLE.match(rest)
    if named is not None:  # "on it - call it 'rent 6 chafing dishes'": taken under that title
        title = named["title"].strip()
        proposals.update_proposal(
            session=ctx.session, proposal=card, now=ctx.now, title=title[:1].upper() + title[1:]
        )
        ctx.text = m["yes"]
    elif _AROUND.match(rest):
        ctx.text = m["yes"]  # the deadline stays


def yes_around(text: str) -> str | None:
    """The yes of "will do, back on the 14th", or None."""
    m = _YES_THEN.match(text.strip())
    if m is None or not _says_yes(m["yes"]) or not _AROUND.match(m["rest"].strip()):
        return None
    return m["yes"]


def titled_yes(text: str) -> bool:
    """Whether `text` is a yes with a title for the card: "on it - call it 'rent 6 dishes'"."""
    m = _YES_THEN.match(text.strip())
    return m is not None and _says_yes(m["yes"]) and _TITLE.match(m["rest"].strip()) is not None


def _says_yes(yes: str) -> bool:
    return reply_words.agrees(yes) or remind_reply_words.under_way(yes)


def _card(ctx: Context, yes: str) -> Proposal | None:
    card = replied_card(ctx) if ctx.event.reply_to else answered_card(ctx, yes)
    return card if card is not None and card.chat_id == ctx.chat_id else None
