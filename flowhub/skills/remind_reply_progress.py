"""Progress news said to a reminder that went off: "half there, lukas sorted, still waiting on
the gaffer. bug me again after lunch like 3ish" is a snooze to 15:00, never a done, however
many done words the news holds; with no time asked it is put off the usual hour.
"""

from __future__ import annotations

import re

__all__ = ["asked_again", "partial"]

# Work under way, not finished: "half there", "still waiting on", "almost", "not all of them".
_PARTIAL = re.compile(
    r"(?<![\w'])(?:half(?:way)?\s+(?:there|done|through)|halfway|partly|partially|part\s+of\s+it"
    r"|still\s+(?:waiting|need|needs|chasing|missing|on\s+hold|pending)|waiting\s+(?:on|for)"
    r"|almost|nearly|not\s+(?:all|everyone|everything|quite)|only\s+(?:some|half|part)"
    r"|one\s+(?:left|to\s+go|more\s+to\s+go))(?![\w'])",
    re.I,
)
# "bug me again after lunch", "ping me again at 4", "chase me tomorrow", "try me in 20".
_AGAIN = re.compile(
    r"(?<![\w'])(?:bug|ping|remind|nudge|poke|buzz|chase|ask|try|hit)\s+me"
    r"(?:\s+again|(?=\s+(?:at|in|after|around|tomorrow|tmrw|tonight|later|later\s+on)\b))",
    re.I,
)
# A hedge before a clock ("like 3ish", "say 4") reads as "around": the clock beats the part of
# the day beside it.
_HEDGE = re.compile(
    r"(?<![\w'])(?:like|say|maybe|prob(?:ably)?|roughly)\s+(?=\d{1,2}(?:[:.]\d\d)?\s*(?:ish|am|pm)?"
    r"(?![\w:]))",
    re.I,
)


def partial(text: str) -> bool:
    """Whether `text` tells of work under way but not finished."""
    return bool(_PARTIAL.search(text))


def asked_again(text: str) -> str | None:
    """The "bug me again …" part of `text`, hedged clocks read as "around"; None without one."""
    found = list(_AGAIN.finditer(text))
    if not found:
        return None
    return _HEDGE.sub("around ", text[found[-1].start() :]).strip(" .!,;")
