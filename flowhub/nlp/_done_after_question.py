"""News that something is done, after a short question or complaint about it.

"loh kok dibalikin? cek stok sayur udah selesai", "why is it back?? invoice is paid", "ué,
voltou por quê? já liguei pro mecânico": the question before it asks nothing to look up, so the
message says what its done part says.
"""

from __future__ import annotations

import re

from flowhub.nlp.intents import classify_intent

__all__ = ["done_after_question"]

_LEAD = re.compile(r"^\s*(?P<lead>[^?？؟.!\n]{1,60}?[?？؟]+)\s+(?P<rest>\S.*)$", re.S)
_MAX_LEAD_WORDS = 6


def done_after_question(text: str) -> str | None:
    """The done part of `text` when a short question leads it, else None."""
    m = _LEAD.match(text)
    if m is None or len(m["lead"].split()) > _MAX_LEAD_WORDS:
        return None
    rest = m["rest"].strip()
    if classify_intent(m["lead"]) == "query" or classify_intent(rest) != "done":
        return None
    return rest
