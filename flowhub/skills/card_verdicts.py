"""A waiting card named with a verdict on it, said in the words the card skills know.

"permit hold on, need to check w/ the council first" is "leave the permit one"; "ok council
called back, permit is a go. save that one" is "save the permit one". A verdict counts only
when its words name exactly one waiting card; the news said beside a go-ahead ("council called
back") is no task of its own.
"""

from __future__ import annotations

import re
from datetime import datetime

from flowhub.skills.edit_aside import is_reason
from flowhub.skills.picks_position import title_match
from flowhub.storage import Proposal

_NAME = (
    r"(?:the\s+|that\s+|this\s+)?(?P<what>[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}?)"
    r"(?:\s+(?:one|card))?"
)
# "permit hold on", "the permit one can wait", "hold off on the permit".
_HOLD = re.compile(
    rf"^(?:{_NAME}\s+(?:hold\s+on|hold\s+off|on\s+hold|can\s+wait|waits|wait|stays|for\s+later"
    r"|not\s+yet|later)|(?:hold|wait)\s+(?:off\s+)?(?:on|with)\s+"
    rf"{_NAME.replace('what', 'what2')})$",
    re.I,
)
# "permit is a go", "the permit one is good to go", "permit's approved".
_GO = re.compile(
    rf"^{_NAME}(?:\s+is|'s|’s|\s+was)\s+(?:a\s+go|good\s+to\s+go|a\s+go\s+now|go|fine\s+now"
    r"|ok(?:ay)?\s+now|good\s+now|approved|sorted|cleared|confirmed)$",
    re.I,
)
# "save that one", "confirm it": the save said after a go-ahead, which it repeats.
_SAVE_IT = re.compile(
    r"^(?:(?:so|ok(?:ay)?|pls|please|just|and)\s+)*(?:save|confirm|keep)\s+(?:that|it|this)"
    r"(?:\s+one)?(?:\s+(?:pls|please|now|too))*$",
    re.I,
)
_CLAUSE = re.compile(r"\s*(?:[.;!]+\s+|,\s*|\s+[-–—]+\s+)\s*")
_LEAD = re.compile(r"^(?:(?:ok(?:ay)?|k|and|but|so|also|oh|yeah|yep|right|alright)\b[\s,]*)+", re.I)
_CARD_VERB = re.compile(
    r"\b(?:save|confirm|keep|discard|bin|drop|scrap|ditch|delete|move|give|make|rename|call"
    r"|leave|hold|wait)\b",
    re.I,
)
_MOST_NEWS_WORDS = 6


def said(text: str, pending: list[Proposal], *, now: datetime, tz: str) -> str:
    """`text` with its verdicts on named cards said as card words; unchanged when there are none."""
    clauses = [c for c in _CLAUSE.split(text.strip()) if c and c.strip(" .!")]
    if len(clauses) < 2 and not any(_HOLD.match(_LEAD.sub("", c)) for c in clauses):
        return text
    out: list[str] = []
    went = False
    found = False
    for clause in clauses:
        bare = _LEAD.sub("", clause).strip(" .!")
        hold = _HOLD.match(bare)
        go = _GO.match(bare)
        what = (hold["what"] or hold["what2"]) if hold else go["what"] if go else ""
        if what and title_match(what, pending) is not None:
            out.append(f"{'leave' if hold else 'save'} the {what} one")
            went, found = went or bool(go), True
        else:
            out.append(clause.strip())
    if not found:
        return text
    kept: list[str] = []
    for clause, new in zip(clauses, out, strict=True):
        bare = _LEAD.sub("", clause).strip(" .!")
        if new != clause.strip():
            kept.append(new)
        elif went and _SAVE_IT.match(bare):
            continue  # "… permit is a go. save that one": that one is the permit
        elif _news(bare, went=went, now=now, tz=tz):
            continue
        else:
            kept.append(clause.strip())
    return ", ".join(kept)


def _news(clause: str, *, went: bool, now: datetime, tz: str) -> bool:
    """Whether a clause beside a verdict only says why or what happened ("council called back",
    "need to check w/ the council first")."""
    if not clause:
        return True
    if is_reason(clause, now=now, tz=tz, strong=True):
        return True
    words = clause.split()
    return went and len(words) <= _MOST_NEWS_WORDS and not _CARD_VERB.search(clause)
