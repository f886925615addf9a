"""Changes to waiting cards named by their words, said as plain facts, in the card skills' words.

"thinset one is priyas job not mine, she does ordering. and give it thursday" is "give the
thinset one to Priya, thursday"; "ceiling crack is ana's, and the invoice is priya's + its end
of month not wed" gives each card on and dates the invoice; "the invoice one goes to priya, due
end of month" says the same of one card. "it" after a card named means that card. The reason
said beside ("she does ordering") changes nothing. A message is read so only when every clause
is such a change, a drop or save of a named card, or a reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from flowhub.nlp import parse_when
from flowhub.skills.edit_aside import is_reason
from flowhub.skills.picks_position import title_match
from flowhub.storage import Proposal

_NAME = (
    r"(?:the\s+|that\s+|this\s+)?(?P<what>[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}?)"
    r"(?:\s+(?:one|card|task))?"
)
# "thinset one is priyas job not mine", "ceiling crack is ana's", "the invoice one goes to priya".
_OWNER = re.compile(
    rf"^{_NAME}\s+(?:is|'s|’s|should\s+be|goes\s+to|is\s+for|belongs\s+to)\s+"
    r"(?P<who>[^\W\d_]+?)(?:'s|’s|s)?(?:\s+(?:job|task|thing|one|baby))?(?:\s*,?\s+not\s+"
    r"(?:mine|me|my\s+job|sam'?s|ana'?s|priya'?s))?$",
    re.I,
)
# "give it thursday", "make it friday", "its end of month not wed", "due end of month".
_WHEN_IT = re.compile(
    r"^(?:(?:give|make|set|move|put|push)\s+(?:it|that)\s+(?:to\s+|for\s+|on\s+)?|(?:it'?s|it’s"
    r"|it\s+is|its)\s+(?:due\s+)?|due\s+)(?P<when>.+?)(?:\s*,?\s+not\s+[\w:]+)?$",
    re.I,
)
_DROP = re.compile(rf"^(?:drop|discard|bin|scrap|ditch|toss|delete|trash)\s+{_NAME}$", re.I)
_CLAUSE = re.compile(r"\s*(?:[.;!]+\s+|,\s*|\s+[-–—+]+\s+|\s+and\s+(?=the\s))\s*", re.I)
_ASIDE = re.compile(r"\s*\([^)]{1,60}\)")
_LEAD = re.compile(r"^(?:(?:ok(?:ay)?|k|and|also|oh|so|plus)\b[\s,]*)+", re.I)


def said(
    text: str,
    pending: list[Proposal],
    person: Callable[[str], str | None],
    *,
    now: datetime,
    tz: str,
) -> str:
    """`text` said as one step per named card ("give the X one to Priya, thursday"), or as it
    came when it is not such a message."""
    clauses = [c for c in _CLAUSE.split(_ASIDE.sub("", text).strip()) if c.strip(" .!")]
    if len(clauses) < 2 and not any(_OWNER.match(_LEAD.sub("", c).strip(" .!")) for c in clauses):
        return text
    steps: dict[str, dict[str, str]] = {}
    order: list[str] = []
    last = ""
    changed = False
    for clause in clauses:
        bare = _LEAD.sub("", clause).strip(" .!")
        if (m := _DROP.match(bare)) and title_match(m["what"], pending) is not None:
            order.append(f"drop the {m['what']} one")
            continue
        if (m := _OWNER.match(bare)) and title_match(m["what"], pending) is not None:
            who = person(m["who"])
            if who is None:
                return text
            last = m["what"]
            steps.setdefault(last, {})["who"] = who
            changed = True
            continue
        if (m := _WHEN_IT.match(bare)) and last and _a_day(m["when"], now=now, tz=tz):
            steps.setdefault(last, {})["when"] = m["when"]
            changed = True
            continue
        if is_reason(bare, now=now, tz=tz, strong=True):
            continue
        return text
    if not changed:
        return text
    for what, step in steps.items():
        when = step.get("when")
        if "who" in step:
            order.append(f"give the {what} one to {step['who']}" + (f", {when}" if when else ""))
        elif when:
            order.append(f"move the {what} one to {when}")
    return ". ".join(order)


def _a_day(said: str, *, now: datetime, tz: str) -> bool:
    found = parse_when(said, now=now, tz=tz)
    return found is not None and found.span is not None and found.span[0] <= 4
