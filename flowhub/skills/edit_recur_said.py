"""A new repeat said with a verdict or a reason around it: "hmm every other friday is enough tbh,
we dont go through that much", "once a month is fine really, they don't need more".

The repeat is read as "make it every other friday" would be, on the card or task in view; the
verdict ("is enough", "will do") and the reason after it are left out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent
from flowhub.skills import edit
from flowhub.skills.context import Context
from flowhub.skills.refer import last_target

__all__ = ["handle"]

_LEAD = re.compile(
    r"^(?:(?:hmm+|hm+|ok(?:ay)?|actually|nah|no+|well|so|um+|i\s+think|i\s+guess|maybe|honestly"
    r"|tbh|wait|yeah|ya|ugh)\b[\s,.!]*)+",
    re.I,
)
_REPEAT = (
    r"(?:every|each|once|twice|three\s+times|weekly|monthly|daily|fortnightly|bi-?weekly"
    r"|every\s+other)\b"
)
_TAIL = (
    r"(?:\s+(?:tbh|honestly|really|i\s+think|imo|for\s+(?:it|that|this|now|us|me)|then|too"
    r"|actually|surely|probably))*"
)
# "every other friday is enough tbh", "once a month will do", "weekly is plenty".
_SAID = re.compile(
    rf"^(?P<r>{_REPEAT}.*?)\s+(?:is|are|'s|would\s+be|should\s+be|will\s+be|will|would|should)"
    rf"\s+(?:(?:more\s+than\s+|quite\s+|totally\s+|probably\s+|really\s+)?(?:enough|plenty"
    rf"|fine|ok(?:ay)?|good|better|sufficient|do|work)|be\s+(?:enough|plenty|fine|ok(?:ay)?"
    rf"|good|better)){_TAIL}(?P<rest>(?:\s*[,;.!\-–—]+\s*|\s+(?:since|because|as|cause|cuz|coz)"
    r"\s+).*)?$",
    re.I,
)
_ONCE = re.compile(r"\bonce\s+(?:a|an|per|every)\s+(?P<u>day|week|fortnight|month|year)\b", re.I)
_REASON = re.compile(
    r"^[\s,;.!\-–—]*(?:since|because|as|cause|cuz|coz|we|i|they|he|she|it|that|there|nobody"
    r"|no\s+one|the|our|my|not)\b",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """The new repeat of the card or task in view; None for other messages."""
    text = _LEAD.sub("", " ".join(ctx.text.split())).strip()
    m = _SAID.match(text)
    if m is None:
        return None
    rest = (m["rest"] or "").strip(" ,;.!-–—")
    if rest and (not _REASON.match(rest) or classify_intent(rest) in ("remind",)):
        return None
    if last_target(ctx) is None:
        return None
    said = _ONCE.sub(r"every \g<u>", m["r"].strip())  # "once a month": every month
    return edit.handle(replace(ctx, text=f"make it {said}"))
