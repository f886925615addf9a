"""Saying no in English words to a task one was given, as the Decline button does: "decline the
kowalski allergy one", "gonna pass on the van check", "nah decline that one, the menu's done".

The no leads the message. Said of "it", "that one" or nothing, it answers the offer waiting; said
with other words, those words name the offer. What follows a break ("…, the allergy menu's
already done") is the reason passed on to the one who gave it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Said", "read"]

_LEAD = re.compile(
    r"^\W*(?:(?:nah|no|nope|sorry|ok(?:ay)?|yeah|ugh|hmm+|actually|um+|so|then|i|i'?ll|ill|i'?m"
    r"|im|will|gonna|going\s+to|have\s+to|gotta|got\s+to|need\s+to|must|imma|i'?d\s+rather"
    r"|rather|afraid)\b[^\w'’]*)*"
    r"(?P<verb>declin(?:e|ed|ing)|reject(?:ed|ing)?|pass(?:ing)?(?P<on>\s+on)?"
    r"|say(?:ing)?\s+no\s+to|turn(?:ing)?\s+down|not\s+(?:taking|accepting))\b"
    r"(?P<what>[^,.;:!?()\n—–]*?)\s*(?:(?:\s-\s|[,.;:!?()\n—–])\W*(?P<rest>.*))?$",
    re.I | re.S,
)
# Words that point at the offer without naming it, or only soften the no.
_POINTERS = frozenset(
    """it this that one the task offer them these those last new for now pls please sorry
    thanks thx too also either""".split()  # noqa: SIM905
)
_MOST_WORDS = 40


@dataclass(frozen=True)
class Said:
    """A no said to an offer: the words naming it ("" for "that one") and the reason given."""

    named: str
    reason: str | None


def read(text: str) -> Said | None:
    """The no `text` leads with, else None ("pass the salt to ana" is no answer)."""
    said = " ".join(text.split())
    if len(said.split()) > _MOST_WORDS:
        return None
    m = _LEAD.match(said)
    if m is None:
        return None
    what = m["what"].strip()
    named = " ".join(w for w in re.findall(r"[\w'’]+", what) if w.casefold() not in _POINTERS)
    # "pass it to sam" hands it on; "pass on the van check" says no to it.
    if m["verb"].casefold().startswith("pass") and not m["on"] and named:
        return None
    reason = (m["rest"] or "").strip() or None
    return Said(named=named, reason=reason)
