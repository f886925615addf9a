"""News and moods said to the bot: "finally sent the deck!!", "the call went well", "the client
loved the proposal", "busy morning lol".

None asks for anything, so none becomes a card. News that finishes an open task was already
ticked off by the skills before this one ("finally sent the deck" with "Send the deck" open);
what reaches here gets a short word back in a direct chat and silence in a group.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import is_day_mood
from flowhub.skills import news_words
from flowhub.skills.context import Context
from flowhub.skills.small_talk import REQUEST

__all__ = ["handle"]

_OPEN = (
    r"^\W*(?:(?:ok(?:ay)?|so|yay+|woo+h?o*|phew|omg|yes+|guess\s+what|good\s+news|update|btw"
    r"|fyi|well|and)\W+)*"
)
_DID = (
    r"(?:sent|finished|wrapped\s+up|signed|submitted|delivered|booked|paid|called|emailed|closed"
    r"|nailed|shipped|handed\s+in|sorted|fixed|confirmed|posted|published|launched|printed"
    r"|ordered|uploaded|got|did|cleared|filed|finalized|finalised|completed)"
)
# "finally sent the deck!!", "just finished the slides", "we nailed the pitch".
_DONE = re.compile(
    rf"{_OPEN}(?:(?:i|we|i'?ve|we'?ve|i\s+have|we\s+have)\s+)?(?:(?:finally|just|already"
    rf"|officially|totally)\s+)*{_DID}\b[^?]*$",
    re.I,
)
_GOOD = (
    r"(?:well|great|fine|good|ok(?:ay)?|amazing|perfect|smoothly|badly|awful|terrible|brilliant"
    r"|fantastic|awesome|a\s+success|a\s+hit|really\s+well|so\s+well|better\s+than\s+expected"
    r"|super\s+well)"
)
# "the call went well", "the client loved the proposal", "the schneiders signed today".
_OUTCOME = re.compile(
    rf"{_OPEN}(?:the|our|my|their|this|that|his|her)?\s*[\w'’&-]+(?:\s+[\w'’&-]+){{0,4}}?\s+"
    rf"(?:(?:went|was|were|turned\s+out|looked|looks|is|are)\s+(?:so\s+|really\s+)?{_GOOD}"
    r"|(?:loved|liked|hated|approved|accepted|rejected|signed|agreed|replied|answered|said\s+yes"
    r"|said\s+no|came\s+through|paid|confirmed))\b[^?]*$",
    re.I,
)
# Words that still ask for something or point ahead: such a line is no plain news.
_AHEAD = re.compile(
    r"\b(?:need|needs|have\s+to|has\s+to|must|should|will|gonna|going\s+to|tomorrow|tmrw|next"
    r"|by|before|until|till|remind|todo|to-do|don'?t\s+forget|let'?s|can\s+(?:you|u|we)"
    r"|could\s+(?:you|u)|pls|please)\b",
    re.I,
)
# "the landlord hasn't replied", "the client didn't love it": a no is no good news.
_NEGATED = re.compile(r"n'?t\b|\b(?:not|never|no|nobody|nothing)\b", re.I)
# A second clause after the news may be a task the reader cannot see: "ordered the cake, pick it
# up saturday".
_MORE = re.compile(r"[,;:.]\s*\w")


def handle(ctx: Context) -> list[Reply] | None:
    """A short word back for news or a mood; None when the message asks for something."""
    text = " ".join(ctx.text.split())
    if not text or "?" in text or REQUEST.search(text):
        return None
    if is_day_mood(text):
        said = news_words.DAY_MOOD
    elif (
        not _AHEAD.search(text)
        and not _MORE.search(text)
        and not _NEGATED.search(text)
        and (_DONE.match(text) or _OUTCOME.match(text))
    ):
        said = news_words.NEWS
    else:
        return None
    if ctx.extract(text, now=ctx.now, tz=ctx.tz, sender=ctx.person.display_name):
        return None  # "the call went well, send them the quote friday" still holds a task
    return [] if ctx.chat.kind == "group" and not ctx.event.addressed else [Reply(said)]
