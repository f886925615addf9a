"""A sentence after a request that only says by when: "can u check w the müllers if they want a
vegan option? would be good to know before tuesday", "could u send me the invoices? need them
for the tax guy by thursday", "can you call the bank? needs to happen by friday".

The second sentence is no task of its own ("Need them for the tax guy", "Happen"): its deadline
moves onto the request before it, and the rest of it is left out.
"""

from __future__ import annotations

import re

__all__ = ["deadline_onto_ask"]

_TWO = re.compile(r"^(?P<ask>[^.?!\n]{6,}?)(?P<stop>[?.!]+)\s+(?P<said>[^.?!\n]{4,}?)[\s.!?]*$")
_ONLY_WHEN = re.compile(
    r"^(?:(?:it|that|this)\s+)?(?:(?:would|'d)\s+be\s+(?:good|great|nice|ideal|helpful|handy)\s+to"
    r"\s+(?:know|have\s+(?:it|them|that)|get\s+(?:it|them|that)|hear\s+back)|(?:(?:i|we|they|he|she"
    r"|(?:the|our|my)\s+[\w'-]+)\s+)?(?:need|needs|want|wants|(?:would|'d)\s+like)\s+(?:it|them"
    r"|this|that|those|to\s+know|to\s+have\s+(?:it|them|this|that))|(?:it|this|that)\s+"
    r"needs\s+to\s+(?:happen|be\s+done|be\s+sorted)|needs\s+to\s+(?:happen|be\s+done|be\s+sorted)"
    r"|(?:has|have)\s+to\s+be\s+(?:done|sorted|in)|ideally|preferably|at\s+the\s+latest)"
    r"(?:\s+for\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?)?\s+(?P<when>(?:by|before|until|till"
    r"|on|no\s+later\s+than)\s+[\w\s:'-]{2,30}?)$",
    re.I,
)
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "It would be good to know before tuesday": the answer is wanted by Monday, the day before;
# "need it before tuesday" stays Tuesday, as a plain "before" a weekday does everywhere.
_WISHED = re.compile(r"^(?:(?:it|that|this)\s+)?(?:would|'d)\s+be\s+", re.I)
_BEFORE_DAY = re.compile(r"^before\s+(?:next\s+)?(" + "|".join(_DAYS) + r")\s*$", re.I)


def deadline_onto_ask(text: str) -> str:
    """`text` with a trailing "would be good to know before tuesday" said as the request's own
    deadline; `text` itself when there is no such sentence."""
    m = _TWO.match(text.strip())
    if m is None:
        return text
    said = _ONLY_WHEN.match(m["said"].strip())
    if said is None:
        return text
    when = said["when"].strip()
    if _WISHED.match(m["said"].strip()) and (day := _BEFORE_DAY.match(when)):
        when = "by " + _DAYS[_DAYS.index(day[1].casefold()) - 1]
    return f"{m['ask'].rstrip()} {when}{m['stop']}"
