"""A drop of the card just made, then something else in the same message.

"no, get rid of that card. move the oven repair call to tuesday, keep 8am" discards the newest
waiting card, then reads the rest as a message of its own (here a change to another card or task,
at 08:00 as said); "no no scrap that one, i meant change the license card" drops the card and
answers the rest as it would alone, saying what is still unclear.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills import edit_words
from flowhub.skills.capture import discard
from flowhub.skills.confirm_said import newest_card
from flowhub.skills.context import Context
from flowhub.storage import id_of

_DROP_THIS = re.compile(
    r"^(?:(?:no+|nope|nah|wait|oops|sorry|ugh|hmm+|actually|ok(?:ay)?)[\s,!.]+)*(?:pls\s+|please\s+)?"
    r"(?:discard|ditch|bin|scrap|drop|toss|kill|delete|remove|get\s+rid\s+of|trash|nix|chuck"
    r"|cancel|forget|throw\s+(?:away|out)|dump|lose)\s+(?:that|this|it)(?:\s+(?:one|card|new\s+one))?"
    r"\s*(?:[.,;!]+|\s+-+)\s*(?P<meant>(?:i\s+)?meant(?:\s+to)?[\s:,]+|i\s+mean[\s:,]+)?(?P<rest>\S.*)$",
    re.I,
)
# "…, keep 8am", "same time 8am": the hour said to stay is the hour of the change.
_KEEP_HOUR = re.compile(
    r"[,;]?\s*(?:and\s+|but\s+)?(?:keep|same|still)\s+(?:it\s+)?(?:at\s+)?(?:the\s+)?(?:time\s+)?"
    r"(?P<t>\d{1,2}(?::\d{2})?\s*(?:am|pm))\b",
    re.I,
)
# "i meant change the license card": a change named with no new value.
_CHANGE = re.compile(r"^(?:change|edit|fix|update|correct|move)\s", re.I)
_KEEP_TIME = re.compile(r"[,;]?\s*(?:and\s+|but\s+)?(?:keep|same)\s+(?:the\s+)?time\b", re.I)


def handle(ctx: Context, text: str) -> list[Reply] | None:
    """The newest card dropped and the rest of `text` answered alone; None if not such a message."""
    m = _DROP_THIS.match(text)
    if m is None or ctx.event.reply_to:
        return None
    card = newest_card(ctx)
    if card is None:
        return None
    rest = _KEEP_TIME.sub("", _KEEP_HOUR.sub(r" at \g<t>", m.group("rest"))).strip(" ,.;")
    from flowhub.skills.card_clauses import said_alone  # it reads the skills importing this one

    replies = discard(ctx, str(id_of(card)))
    if (
        m.group("meant")
        and _CHANGE.match(rest)
        and parse_when(rest, now=ctx.now, tz=ctx.tz) is None
    ):
        return [*replies, Reply(edit_words.NOT_UNDERSTOOD.format(text=rest))]  # which change?
    return [*replies, *said_alone(ctx, rest)] if rest else replies
