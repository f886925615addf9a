"""A no that goes on about other things: "no no, those are 3 tasks for me, all due friday",
"nope, these are two separate tasks", "no wait, they're both mine", "no no, i meant accept it".

Such a no corrects what the bot made of something else (a card, a list); it never answers an
offer it does not name. A no with a reason about the one saying it ("no sorry, i'm off all
week") still answers the offer.
"""

from __future__ import annotations

import re

__all__ = ["about_other"]

# The no, with its softeners, that leads the message.
_LEAD = re.compile(r"^\W*(?:(?:no+|nope|nah|nay|uh+|um+|hmm+|wait|sorry)\b[^\w'’]*)+", re.I)
# Words after the no that speak of things, not of the one asked: several of them, counted or
# pointed at ("those", "they're", "both", "3 tasks", "two separate things").
_OTHER = re.compile(
    r"\b(?:those|these|they|they'?re|theyre|them|both|each|all\s+of\s+(?:them|those|these)"
    r"|separate(?:ly)?|(?:\d+|two|three|four|five|six|several|different)\s+(?:\w+\s+)?"
    r"(?:tasks?|things?|items?|cards?|to-?dos?|jobs?|ones|separate))\b",
    re.I,
)
# "no no, i meant accept the plates task": the no takes back what the bot did, not the offer.
_MEANT = re.compile(r"^(?:i\s+)?(?:meant|mean|said)\b", re.I)
# "no wait …": the no stops the bot to correct it, not to refuse.
_WAIT = re.compile(r"^\W*(?:no+|nope|nah)\W+wait\b", re.I)


def about_other(text: str) -> bool:
    """Whether a leading no goes on to speak of other things than the offer asked about."""
    lead = _LEAD.match(text)
    if lead is None:
        return False
    rest = text[lead.end() :]
    if _MEANT.match(rest.strip()):
        return True
    return bool(rest.strip()) and (_WAIT.match(text) is not None or _OTHER.search(rest) is not None)
