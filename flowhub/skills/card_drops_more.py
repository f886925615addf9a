"""More waiting cards dropped in the words of the drop just made.

"discard the side gate card and that 'drop off the gate' one" is one drop for each card named;
right after a drop, "and the dog one" (or "the dog one too") drops that card as well, never
saves it. Cards are named by their words; a name that fits no single waiting card is left as
said.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from flowhub.conversations import Thread
from flowhub.skills.picks_position import title_match
from flowhub.storage import Proposal

_DROP = r"discard|drop|bin|scrap|ditch|delete|toss|trash|kill"
_ONE = r"(?:the|that|this)\s+[^,.;!?]+?\s+(?:one|card)"
_TWO = re.compile(
    rf"^\W*(?P<v>{_DROP})\s+(?P<a>{_ONE})\s*(?:,\s*)?(?:and|&|\+)\s+(?P<b>{_ONE})(?:\s+too)?\W*$",
    re.I,
)
_MORE = re.compile(
    r"^\W*(?:(?:and|also|plus|oh|same\s+(?:for|with))\s+)+(?P<a>(?:the|that|this)\s+[^,.;!?]+?\s+"
    r"(?:one|card))(?:\s+(?:too|as\s+well|also))?\W*$|^\W*(?P<b>(?:the|that|this)\s+[^,.;!?]+?\s+"
    r"(?:one|card))\s+(?:too|as\s+well)\W*$",
    re.I,
)
_WORDS = re.compile(r"^(?:the|that|this)\s+|\s+(?:one|card)$", re.I)
_RECENT = timedelta(minutes=10)


def said(
    text: str, pending: list[Proposal], thread: Thread, *, dropped: bool, now: datetime
) -> str:
    """`text` as one drop per card it names, or as it came."""
    m = _TWO.match(text.strip())
    if m is not None:
        a, b = (_named(m[k], pending) for k in ("a", "b"))
        if a is not None and b is not None and a is not b:
            return f"{m['v']} {_plain(m['a'])}. {m['v']} {_plain(m['b'])}"
        return text
    m = _MORE.match(text.strip())
    if m is None or not _just_dropped(thread, dropped, now=now):
        return text
    ref = m["a"] or m["b"]
    return f"discard {_plain(ref)}" if _named(ref, pending) is not None else text


def _plain(ref: str) -> str:
    """ "that 'x' one" as "the x one"."""
    return f"the {_WORDS.sub('', _WORDS.sub('', ref.strip())).strip(chr(39) + chr(34))} one"


def _named(ref: str, pending: list[Proposal]) -> Proposal | None:
    words = _WORDS.sub("", _WORDS.sub("", ref.strip())).strip("'\"“”‘’")
    return title_match(words, pending) if words else None


def _just_dropped(thread: Thread, dropped: bool, *, now: datetime) -> bool:
    """Whether the last thing done here, a moment ago, was dropping cards."""
    undo = thread.undo or {}
    at = undo.get("at")
    if undo.get("tasks") or not at or not dropped:
        return False
    when = datetime.fromisoformat(str(at))
    return now - when <= _RECENT
