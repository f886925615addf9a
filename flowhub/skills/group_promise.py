"""A promise said to people in a group that names nothing: "I'll draft it", "ok Ana I'll do it 👍",
"sure, I'll look later", "I'll take care of it tomorrow". It points at something said between
people, so it is no card unasked; "I'll send the invoice friday" names its thing and still is.
"""

from __future__ import annotations

import re

__all__ = ["vague"]

_ACK = (
    r"(?:ok(?:ay)?|k|sure(?:\s+thing)?|yes|yep|yeah|yup|ya|alright|aight|cool|great|fine|np"
    r"|no\s+(?:worries|problem|prob)|of\s+course|absolutely|will\s+do|got\s+it|gotcha|right"
    r"|haha|lol|oh|ah|hey|hi|and|then|so|thanks|thx|ty)"
)
_NAME = r"(?:@?[A-Z][a-z]+)"
_ACKS = rf"(?:{_ACK}\b[\s,!.:;-]*)*"
_LEAD = rf"^\W*{_ACKS}(?:{_NAME}\b[\s,!.:;-]*)?{_ACKS}"
_I_WILL = (
    r"(?:i'?ll|ill|i\s+will|i\s+can|i\s+could|i'?m\s+(?:gonna|going\s+to)|i'?d\s+(?:be\s+happy\s+to)"
    r"|gonna|let\s+me|i\s+shall|will)(?:\s+(?:try\s+(?:to|and)|go\s+ahead\s+and|just|def(?:initely)?"
    r"|also|quickly|probably))*"
)
_PRONOUN = r"(?:it|that|this|them|those|these|one)"
_PARTICLE = r"(?:up|out|over|through|off|in|back|down|on|along)"
# What follows the verb when the thing is only pointed at: "it", "into it", "care of it", "a look".
_OBJECT = (
    rf"(?:{_PRONOUN}(?:\s+{_PARTICLE})?"
    rf"|{_PARTICLE}\s+{_PRONOUN}"
    rf"|(?:into|to|at|on|with|over|through|after|about|for)\s+{_PRONOUN}"
    rf"|care\s+of\s+{_PRONOUN}"
    rf"|a\s+(?:look|peek|stab|go|crack)(?:\s+(?:at|into)\s+{_PRONOUN})?"
    rf"|back\s+to\s+(?:you|u|ya|them|him|her|everyone|y'?all)(?:\s+(?:on|about)\s+{_PRONOUN})?"
    r")"
)
_WHEN = (
    r"(?:later(?:\s+(?:today|on|tonight))?|soon|now|right\s+now|asap|tonight|today|tomorrow|tmrw"
    r"|in\s+(?:a\s+(?:bit|sec|second|minute|min|moment)|\d+\s*\w*)|first\s+thing(?:\s+tomorrow)?"
    r"|after\s+(?:lunch|the\s+call|the\s+meeting|work|this|that)|this\s+(?:morning|afternoon|evening|week)"
    r"|(?:by|before|on|after|until|next)\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|then"
    r"|at\s+\d[\w:.]*|when\s+i\s+(?:can|get\s+(?:a\s+)?(?:chance|sec|minute|back))|once\s+i'?m\s+back)"
)
_TAIL = (
    r"(?:[\s,.!;:-]*(?:no\s+(?:worries|problem|prob)|np|thanks|thx|ty|for\s+sure|don'?t\s+worry"
    r"|👍|🙏|👌|✅|💪|🙂|😊|😉|👀|!))*"
)
# The verb may be any single word ("draft", "sort", "look"); with no object it needs a time or
# nothing at all after it ("I'll look later", "I'll try").
_VAGUE = re.compile(
    rf"{_LEAD}{_I_WILL}\s+\w+(?:\s+{_OBJECT})?(?:[\s,]+{_WHEN})*{_TAIL}[\W]*$",
    re.I,
)
_ON_IT = re.compile(
    rf"{_LEAD}(?:(?:i'?m\s+)?on\s+it|leave\s+it\s+(?:with|to)\s+me|consider\s+it\s+done"
    rf"|(?:i\s+)?got\s+(?:it|this)|will\s+do)(?:[\s,]+{_WHEN})*{_TAIL}[\W]*$",
    re.I,
)


def vague(text: str) -> bool:
    """Whether `text` is a promise that names nothing: "I'll draft it", "sure, I'll look later"."""
    said = " ".join(text.replace("’", "'").split())
    return bool(_ON_IT.match(said) or _VAGUE.match(said))
