"""Changes to a saved task told as news from someone else: "brightline just emailed, its 95 ppl
now not 80 and they want it at 8 instead of 7:30", "the hendersons called, they want it at 5
instead of 4".

The name before "emailed", "called" or "texted" names the one open task; each clause after it is
an amount said again ("its 95 ppl now not 80") or a new time ("they want it at 8 instead of
7:30"). Every clause must read, or the message is left to the skills after this one.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import edit_amount
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import read_all
from flowhub.skills.edit_saved import edit_task
from flowhub.skills.edit_words import Change
from flowhub.skills.refer import tasks_named

__all__ = ["handle"]

_LEAD = re.compile(
    r"^\W*(?:(?:so|ok|oh|btw|update|fyi)\b[\s,:!-]*)*(?P<who>(?:the\s+)?[\w'’&.-]+"
    r"(?:\s+(?!just\b|finally\b|has\b|have\b)[\w'’&.-]+)?)\s+(?:just\s+|finally\s+|has\s+just\s+|have\s+just\s+)?"
    r"(?:e-?mailed|called|texted|wrote|messaged|rang|replied|confirmed|got\s+back(?:\s+to\s+(?:me|us))?"
    r"|sent\s+(?:an?\s+)?(?:email|mail|message|text))\b[\s,:;!.-]*(?:(?:and\s+)?(?:said|says)\s+)?"
    r"(?:(?:that|-)\s+)?(?P<rest>\S.*)$",
    re.I,
)
_CLAUSES = re.compile(
    r"\s*(?:[,;](?!\s*(?:not|instead|rather)\b)\s*(?:and\s+)?|\.\s+|\s+and\s+(?:also\s+)?"
    r"|\s+but\s+)",
    re.I,
)
# "they want it at 8 instead of 7:30", "it's at 5 now, not 4", "now at 9 not 8".
_TIME = re.compile(
    r"^(?:(?:they|she|he|we)\s+(?:want|need|would\s+like|'d\s+like|prefer)\s+it\s+|(?:it'?s|its"
    r"|it\s+is)\s+(?:now\s+)?|(?:now\s+)?)(?P<when>(?:at|on|for|by)\s+[^,;]+?)"
    r"(?:\s+now)?(?:,?\s+(?:instead\s+of|not|rather\s+than)\s+[^,;]+)?\s*[.!]*$",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Apply the changes a message of news names for one saved task; None otherwise."""
    m = _LEAD.match(" ".join(ctx.text.split()))
    if m is None:
        return None
    found = [t for t in tasks_named(ctx, m["who"]) if t.status == "open"]
    if len(found) != 1:
        return None
    changes: list[Change] = []
    for clause in _CLAUSES.split(m["rest"].strip()):
        change = _read(ctx, clause.strip(" .!"))
        if change is None:
            return None
        changes.append(change)
    if not changes:
        return None
    return edit_task(ctx, found, changes, m["who"])


def _read(ctx: Context, clause: str) -> Change | None:
    """The one change a clause of the news says: an amount again, or a new time."""
    if (amount := edit_amount.read(clause, now=ctx.now, tz=ctx.tz)) is not None:
        amount.target = ""
        return amount
    timed = _TIME.match(clause)
    if timed is None:
        return None
    changes, unread = read_all(f"move it to {timed['when']}", now=ctx.now, tz=ctx.tz)
    if unread is not None or len(changes) != 1 or changes[0].when is None:
        return None
    changes[0].target = ""
    return changes[0]
