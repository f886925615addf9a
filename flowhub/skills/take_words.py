"""Plain-word acceptances of a task handed over: "ok the tiles are fine i'll take them", "ya i
can take it np"."""

from __future__ import annotations

import re

_MOST_WORDS = 12
# "i'll take them", "I can do it", "ok fine, I'll handle that one", "leave it with me"
_TAKES = re.compile(
    r"(?:^|[\s,.;!-])(?:i(?:'ll|’ll|\s+will|\s+can)|let\s+me)\s+"
    r"(?:take|do|handle|grab|sort|cover|deal\s+with)\s+"
    r"(?:it|them|that|this|that\s+one|this\s+one|those|these)"
    r"(?:\s+(?:on|over|then|too|for\s+you))?[\s.!👍🙂]*$"
    r"|(?:^|[\s,.;!-])leave\s+(?:it|them|that)\s+with\s+me[\s.!👍🙂]*$",
    re.I,
)


def takes_it(text: str) -> bool:
    """Whether a short message ends by taking on the thing it answers ("… i'll take them")."""
    said = text.strip()
    return len(said.split()) <= _MOST_WORDS and _TAKES.search(said) is not None


# Chat around a taking-on that changes nothing: "ya", "yeah so" before it, "np", "lol" after.
_LEAD = re.compile(
    r"^\W*(?:(?:ya|yah|yea|yeah|yep|yup|yes|ok(?:ay)?|sure|oh|so|well|hey)\b[\s,!.]*)+"
)
_TAIL = re.compile(
    r"(?:[\s,!.]+(?:np|no\s+problem|no\s+worries|lol|haha|ofc|of\s+course|happy\s+to|anyway)"
    r"|[\s,!.]*[👍🙂😊🙌💪✅]+)+[\s,!.]*$",
    re.I,
)


def tidy(text: str) -> str:
    """`text` without the yes before a taking-on and the chat after it ("ya i can take it np")."""
    said = _TAIL.sub("", _LEAD.sub("", text.strip())).strip()
    return said or text.strip()
