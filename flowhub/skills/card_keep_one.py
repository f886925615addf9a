"""One waiting card kept and another said to be the same thing: "just keep the schulz call, the
fridge one is the same thing really", "only the send one, the other is a dupe".

The words are read as the pick they mean ("save the schulz call one, bin the fridge one"), so the
card skills after this one save the first card and drop the second. It answers nothing itself.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent
from flowhub.skills.context import Context
from flowhub.skills.refer import match_titles
from flowhub.storage import proposals

_SAME = (
    r"(?:is|'s|was|are)\s+(?:(?:just|basically|really|kind\s+of|kinda|pretty\s+much|actually"
    r"|literally)\s+)*(?:the\s+same(?:\s+(?:thing|task|one|job))?(?:\s+as\s+\w+(?:\s+\w+)?)?"
    r"|a\s+(?:dupe|duplicate|repeat|double|copy)|a\s+double|duplicated?|redundant|covered"
    r"|not\s+needed)(?:\s+(?:really|anyway|tbh|honestly|lol))*"
)
_KEEP = (
    r"(?:(?:ok(?:ay)?|so|yeah|right)[\s,]+)*(?:(?:just|only)\s+(?:(?:keep|save|confirm)\s+)?"
    r"|(?:keep|save|confirm)\s+(?:only\s+|just\s+)?)"
)
_THE = r"(?:the\s+|that\s+)?"
# "just keep the schulz call, the fridge one is the same thing really".
_KEEP_FIRST = re.compile(
    rf"^{_KEEP}{_THE}(?P<keep>[\w' -]+?)(?:\s+one)?\s*[,;.:–—-]+\s*(?:(?:and|but|since|as|coz"
    rf"|cause|because)\s+)?{_THE}(?P<drop>[\w' -]+?)(?:\s+one)?\s+{_SAME}[\s.!]*$",
    re.I,
)
# "the fridge one is the same thing really, just keep the schulz call".
_DROP_FIRST = re.compile(
    rf"^{_THE}(?P<drop>[\w' -]+?)(?:\s+one)?\s+{_SAME}\s*[,;.:–—-]+\s*(?:so\s+)?{_KEEP}{_THE}"
    r"(?P<keep>[\w' -]+?)(?:\s+one)?[\s.!]*$",
    re.I,
)
_OTHER = re.compile(r"^other(?:\s+(?:card|task))?$", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Read "keep X, Y is the same thing" as "save the X one, bin the Y one"; always None."""
    text = ctx.text.strip()
    m = _KEEP_FIRST.match(text) or _DROP_FIRST.match(text)
    if m is None or not m["keep"].strip() or not m["drop"].strip():
        return None
    waiting = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if len(waiting) < 2:
        return None  # with one card or none there is nothing to keep one of
    keep, drop = m["keep"].strip(), m["drop"].strip()
    if _OTHER.match(drop):  # "the other is a dupe": the one card of two that is not kept
        kept = match_titles(keep, waiting)
        others = [p for p in waiting if kept and p.id != kept[0].id]
        if len(kept) != 1 or len(others) != 1:
            return None
        drop = others[0].title
    ctx.text = f"save the {keep} one, bin the {drop} one"
    ctx.intent = classify_intent(ctx.text)
    return None
