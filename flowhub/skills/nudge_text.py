"""What a reminder about a task says when the person tells why they want it.

"remind me about the keller scans wednesday at 3pm so I can chase sam": the reminder says "Chase
Sam about the Keller scans", in the saved task's own spelling of its words and with the names
of colleagues written as names.
"""

from __future__ import annotations

import re

from flowhub.skills.context import Context
from flowhub.storage import people

__all__ = ["nudge_text", "purpose_split"]

_PURPOSE = re.compile(
    r"[\s,]+(?:so\s+(?:that\s+)?|in\s+order\s+)?(?:i|we)\s+(?:can|could|remember\s+to|don'?t\s+forget\s+to)"
    r"\s+(?P<act>[^.!?]+?)[\s.!?]*$",
    re.I,
)
_SO_TO = re.compile(r"[\s,]+(?:so\s+as\s+to|in\s+order\s+to)\s+(?P<act>[^.!?]+?)[\s.!?]*$", re.I)
_WORD = re.compile(r"[\w'-]+")


def purpose_split(what: str) -> tuple[str, str | None]:
    """ "the keller scans so I can chase sam" -> ("the keller scans", "chase sam")."""
    m = _PURPOSE.search(what) or _SO_TO.search(what)
    if m is None or not m["act"].strip():
        return what, None
    return what[: m.start()].strip(), m["act"].strip()


def nudge_text(ctx: Context, act: str, what: str, title: str) -> str:
    """ "Chase Sam about the Keller scans": the act, then what it is about as the task spells it."""
    spelled = {w.casefold(): w for w in _WORD.findall(title)}
    about = _WORD.sub(lambda m: spelled.get(m[0].casefold(), m[0]), what)
    act = _WORD.sub(lambda m: _as_name(ctx, m[0]), act)
    text = f"{act[:1].upper()}{act[1:]} about {about}"
    return text[:500]


def _as_name(ctx: Context, word: str) -> str:
    """`word` capitalised when it is a colleague's first name ("sam" -> "Sam")."""
    if len(word) < 2 or not word.isalpha() or word[:1].isupper():
        return word
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=word
    )
    firsts = {p.display_name.split(" ")[0] for p in found if p.display_name}
    match = [f for f in firsts if f.casefold() == word.casefold()]
    return match[0] if match else word
