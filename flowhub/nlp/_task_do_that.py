"""A task said first and its person and time after it: "chase the deposit, sam should do that by
monday eod", and a task asked for as "add one for chasing the deposit".

Both are read as the plain request ("ask sam to chase the deposit by monday eod", "chase the
deposit"), so the person and the time land on the task and "add one for" is no title.
"""

from __future__ import annotations

import re

from flowhub.nlp._task_verbs import verb_base

__all__ = ["said_plainly"]

_NOT_NAMES = frozenset(
    ("i", "we", "you", "he", "she", "they", "someone", "somebody", "anyone", "everyone", "it")
)
# "…, sam should do that by monday eod", "…. priya can handle it tomorrow".
_DO_THAT = re.compile(
    r"^(?P<task>[^,;.!?]{3,}?)\s*[,;.]\s*(?:and\s+)?(?P<who>@?[^\W\d_][\w.-]*)\s+(?:should"
    r"|can|could|will|needs?\s+to|has\s+to|must|is\s+going\s+to|'?ll)\s+(?:do|handle|take|own"
    r"|sort|cover|get)\s+(?:that|it|this)(?:\s+one)?(?P<rest>(?:\s+[^,;.!?]*)?)[\s.!]*$",
    re.I,
)
_FILLER = re.compile(r"^(?:(?:oh|and|also|plus|so|ok(?:ay)?)[\s,]+)+", re.I)
# "add one for chasing the deposit", "add another one to call the dj", "one more: order lights".
_ADD_ONE = re.compile(
    r"^(?P<lead>(?:(?:oh|and|also|plus|so|ok(?:ay)?)[\s,]+)*(?:(?:pls|please|can\s+you|could\s+you)\s+)?(?:add|make|create|put\s+in|set\s+up)"
    r"\s+(?:one|another(?:\s+one)?|a\s+new\s+one|one\s+more)\s+"
    r"(?:(?:for|about)\s+(?=[^\W\d_]+ing\b)|to\s+(?=[^\W\d_])))(?P<verb>[^\W\d_]+)\b",
    re.I,
)


def said_plainly(text: str) -> str:
    """`text` as the plain request when it says the task before its person, else unchanged."""
    text = _ADD_ONE.sub(lambda m: verb_base(m["verb"]) or m["verb"], text.strip(), count=1)
    m = _DO_THAT.match(text)
    if m is None or m["who"].casefold() in _NOT_NAMES:
        return text
    task = _FILLER.sub("", m["task"].strip())
    return f"ask {m['who']} to {task}{m['rest'].rstrip()}"
