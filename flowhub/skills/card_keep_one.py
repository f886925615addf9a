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

_IS = r"(?:\s+(?:is|was|are)|['’]s)\s+"
_SAME = (
    rf"{_IS}(?:(?:just|basically|really|kind\s+of|kinda|pretty\s+much|actually|literally)\s+)*"
    r"(?:the\s+same(?:\s+(?:thing|task|one|job))?(?:\s+as\s+\w+(?:\s+\w+)?)?"
    r"|a\s+(?:dupe|duplicate|repeat|double|copy)|duplicated?|redundant|covered|not\s+needed)"
    r"(?:\s+(?:really|anyway|tbh|honestly|lol))*"
)
_KEEP = (
    r"(?:(?:ok(?:ay)?|so|yeah|right)[\s,]+)*(?:(?:just|only)\s+(?:(?:keep|save|confirm)\s+)?"
    r"|(?:keep|save|confirm)\s+(?:only\s+|just\s+)?)"
)
_THE = r"(?:the\s+|that\s+)?"
_ONE = r"(?:\s+one)?(?:\s+(?:pls|please|plz))?"
# "just keep the schulz call, the fridge one is the same thing really".
_KEEP_FIRST = re.compile(
    rf"^{_KEEP}{_THE}(?P<keep>[\w' -]+?){_ONE}\s*[,;.:–—-]+\s*(?:(?:and|but|since|as|coz"
    rf"|cause|because)\s+)?{_THE}(?P<drop>[\w' -]+?)(?:\s+one)?{_SAME}[\s.!]*$",
    re.I,
)
# "the fridge one is the same thing really, just keep the schulz call".
_DROP_FIRST = re.compile(
    rf"^{_THE}(?P<drop>[\w' -]+?)(?:\s+one)?{_SAME}\s*[,;.:–—-]+\s*(?:so\s+)?{_KEEP}{_THE}"
    rf"(?P<keep>[\w' -]+?){_ONE}[\s.!]*$",
    re.I,
)
# "the fridge one's the same as the schulz call, just keep that".
_SAME_AS = re.compile(
    rf"^{_THE}(?P<drop>[\w' -]+?)(?:\s+one)?{_IS}(?:just\s+|basically\s+|really\s+)*(?:the"
    rf"\s+same(?:\s+thing)?\s+as|a\s+(?:dupe|duplicate|copy)\s+of)\s+{_THE}(?P<keep>[\w' -]+?)"
    r"(?:\s+one)?(?:\s*[,;.:–—-]+\s*(?:so\s+)?(?:just\s+|only\s+)?(?:keep|save)\s+(?:that|this"
    r"|it|the\s+\w+)(?:\s+one)?)?[\s.!]*$",
    re.I,
)
_OTHER = re.compile(r"^other(?:\s+(?:card|task))?$", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Read "keep X, Y is the same thing" as "save the X one, bin the Y one"; always None."""
    text = ctx.text.strip()
    m = _KEEP_FIRST.match(text) or _DROP_FIRST.match(text) or _SAME_AS.match(text)
    if m is None or not m["keep"].strip() or not m["drop"].strip():
        return None
    waiting = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if len(waiting) < 2:
        return None  # with one card or none there is nothing to keep one of
    keep, drop = m["keep"].strip(), m["drop"].strip()
    kept = match_titles(keep, waiting)
    if len(kept) != 1:
        return None  # "the venue is the same as last year" names no card to keep
    if _OTHER.match(drop):  # "the other is a dupe": the one card of two that is not kept
        others = [p for p in waiting if p.id != kept[0].id]
        if len(others) != 1:
            return None
        drop = others[0].title
    dropped = match_titles(drop, waiting)
    if len(dropped) != 1 or dropped[0].id == kept[0].id:
        return None
    ctx.text = f"save the {keep} one, bin the {drop} one"
    ctx.intent = classify_intent(ctx.text)
    return None
