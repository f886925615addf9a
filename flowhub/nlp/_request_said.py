"""Whether a message asks someone to act, in any language the bot reads.

"Priya yarına kadar faturaları gönderebilir misin?", "priya, vc consegue mandar …?", "@priya
kannst du … bestellen?": each language's request words (`ChatWords.request_markers`) beside the
English ones ("can you", "please").
"""

from __future__ import annotations

import re

from flowhub.nlp._lexicon import REQUEST_MARKERS
from flowhub.nlp._you_asked import you_asked

__all__ = ["asks_for"]

_MARKER = re.compile(REQUEST_MARKERS, re.I)


def asks_for(text: str) -> bool:
    """Whether `text` carries a word that asks someone to act ("kannst du", "misin", "tolong")."""
    return _MARKER.search(text) is not None or you_asked(text) != text  # "Sam, mi mandi …?"
