"""An afterthought inside a message: "ping the caterer before thursday, oh and chase the deposit".

"oh and", "oh also" and "oh, and" start a new thought: what follows is read as a sentence of
its own, never glued onto the task before it, and the "oh" is no word of either title.
"""

from __future__ import annotations

import re

__all__ = ["oh_and_apart"]

_OH_AND = re.compile(
    r"(?<=\S)(?:\s*[,;:.!-]+\s*|\s+)oh+[\s,!.]+(?:(?:and|also|plus|&)[\s,]+)+(?:also\s+)?(?=\S)",
    re.I,
)


def oh_and_apart(text: str) -> str:
    """`text` with each mid-message "oh and ..." turned into a new sentence."""
    return _OH_AND.sub(". ", text)
