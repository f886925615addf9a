"""The other day a person asks for instead of the one they were given: "can it be thursday
morning?", "can we do the 16th?", "saturday works better for me", "not friday, monday ok?",
"jan 8 is too tight, i can do it until the 15th jan"."""

from __future__ import annotations

import re
from datetime import datetime

from flowhub.nlp import DAY_LEADS, When, parse_when

__all__ = ["asked_day"]

_WHEN = r"(?P<when>[^?.!,;]+?)"
_ASKED = (
    # "can it be thursday morning?", "can we do the 16th?", "could I push it to monday"
    re.compile(
        r"\b(?:can|could|would|shall)\s+(?:it|we|i)\s+(?:be|do(?:\s+(?:it|that|this|them))?"
        r"|make\s+it|have\s+it|move\s+it\s+to|push\s+it\s+to|go\s+(?:for|with)|say)\s+"
        rf"{_WHEN}(?:\s+instead)?\s*(?:[?.!,;]|$)",
        re.I,
    ),
    # "how about friday", "what about the 16th instead?"
    re.compile(rf"\b(?:how|what)\s+about\s+{_WHEN}(?:\s+instead)?\s*(?:[?.!,;]|$)", re.I),
    # "i can't before thursday", "not until monday"
    re.compile(
        r"\b(?:can'?t|cannot|can\s+not|not)\s+(?:do\s+it\s+)?(?:before|until|till)\s+"
        rf"{_WHEN}\s*(?:[?.!,;]|$)",
        re.I,
    ),
    # "saturday works better for me", "the 16th would be better", "monday suits me better"
    re.compile(
        rf"(?:^|[,;.!?]\s*|\bbut\s+){_WHEN}\s+(?:works|would\s+work|is|'s|would\s+be|suits\s+me"
        r"|would\s+suit\s+me)\s+(?:much\s+|a\s+lot\s+|way\s+)?better\b",
        re.I,
    ),
    # "would saturday work?", "does monday work for you?", "is the 16th ok?"
    re.compile(
        rf"\b(?:would|does|could|is|will)\s+{_WHEN}\s+(?:work|be\s+ok(?:ay)?|be\s+fine|do"
        r"|ok(?:ay)?|fine|alright)\b[^?]*\?",
        re.I,
    ),
    # "not friday, monday ok?", "monday instead?", "i could do saturday"
    re.compile(
        rf"(?:^|[,;.!]\s*|\bbut\s+){_WHEN}\s+(?:ok(?:ay)?|fine|good|alright|instead|work"
        r"(?:s)?(?:\s+for\s+you)?)\s*\?",
        re.I,
    ),
    re.compile(
        rf"\bi\s+could\s+do\s+(?:it\s+|that\s+|this\s+)?{_WHEN}(?:\s+instead)?\s*(?:[?.!,;]|$)",
        re.I,
    ),
    # "jan 8 is too tight, i can do it until the 15th jan", "i could have it done by friday"
    re.compile(
        r"\bi\s+(?:can|could)\s+(?:only\s+)?(?:do|have|finish|manage|get)\s+(?:it|that|this|them)"
        r"(?:\s+(?:done|ready|finished))?\s+(?:until|till|til|by|for)\s+"
        rf"{_WHEN}(?:\s+instead)?\s*(?:[?.!,;]|$)",
        re.I,
    ),
    # The same said in other languages: "mas só consigo até segunda que vem, pode mudar?", "solo
    # puedo hasta el lunes", "ich schaffe es erst bis Montag", "monday tak hi ho payega".
    re.compile(
        r"\b(?:s[oó]\s+)?(?:consigo|d[aá])\s+(?:(?:fazer|entregar|terminar)\s+)?(?:s[oó]\s+)?"
        rf"(?:at[eé]|pra|para)\s+(?:a\s+|o\s+)?{_WHEN}(?:\s*[,;]?\s+(?:pode|d[aá])\s+"
        r"(?:mudar|ser|passar))?\s*(?:[?.!,;]|$)",
        re.I,
    ),
    re.compile(
        r"\b(?:s[oó]lo\s+|solamente\s+)?(?:puedo|alcanzo)\s+(?:(?:hacerlo|entregarlo|tenerlo)\s+)?"
        rf"(?:hasta|para)\s+(?:el\s+)?{_WHEN}\s*(?:[?.!,;]|$)",
        re.I,
    ),
    re.compile(
        r"\b(?:ich\s+)?schaff(?:e)?\s+(?:es|das)\s+(?:erst|nur|fr[uü]hestens)\s+(?:bis\s+)?"
        rf"{_WHEN}\s*(?:[?.!,;]|$)",
        re.I,
    ),
    re.compile(
        rf"(?:^|[,;.!?]\s*|\b(?:par|lekin|magar)\s+){_WHEN}\s+tak\s+(?:hi\s+)?(?:ho\s+payega"
        r"|kar\s+pa(?:unga|ungi|oonga|oongi)|de\s+pa(?:unga|ungi))\b",
        re.I,
    ),
    # "monday is tight for me, can do tuesday?"
    re.compile(
        rf"\b(?:i\s+)?(?:can|could)\s+do\s+(?:it\s+|that\s+)?{_WHEN}(?:\s+instead)?\s*\?",
        re.I,
    ),
)
_MAX_WORDS = 25
# A reply of only a day, maybe after a word for "to" in any language: "naar maandag", "al lunes".
_BARE = re.compile(
    r"^\W*(?:(?:" + "|".join(re.escape(w) for w in DAY_LEADS) + r")\s+)?(?P<when>[^?.!,;]+?)"
    r"(?:\s+(?:then|dan|entonces|allora|тогда|instead|liever|mejor))?\s*[?.!]*$",
    re.I,
)


def asked_day(text: str, *, now: datetime, tz: str, bare: bool = False) -> When | None:
    """The one day `text` asks for instead; None when it asks for no other day.

    `bare` lets a day said alone ask for it ("naar maandag"), as it does answering a hand-off."""
    if len(text.split()) > _MAX_WORDS:
        return None
    alone = _BARE.match(text) if bare else None
    if alone is not None and (when := _only_day(alone["when"], now, tz)):
        return when
    for pattern in _ASKED:
        for m in pattern.finditer(text):
            when = parse_when(m["when"], now=now, tz=tz)
            if when is not None and not when.rrule:
                return when
    return None


def _only_day(said: str, now: datetime, tz: str) -> When | None:
    """The day `said` is when it is nothing but a day ("maandag", "the 16th"), else None."""
    when = parse_when(said, now=now, tz=tz)
    if when is None or when.rrule or said[: when.span[0]].strip() or said[when.span[1] :].strip():
        return None
    return when
