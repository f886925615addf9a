"""Whether a clause asks the bot what it can do or how it works, in a language other than English.

The English questions are the help skill's own; the other languages' are data in
`lang/_about_bot.py`.
"""

from __future__ import annotations

import re
from functools import cache

from flowhub.nlp.lang._about_bot import ABOUT_BOT

__all__ = ["asks_about_bot"]


@cache
def _pattern() -> re.Pattern[str]:
    forms = [form for forms in ABOUT_BOT.values() for form in forms]
    return re.compile(rf"(?:{'|'.join(forms)})", re.I)


def asks_about_bot(clause: str) -> bool:
    """Whether `clause` (one clause, marks around it allowed) asks what the bot can do."""
    said = clause.strip(" \t¿¡?!.,;:…؟").strip()
    return bool(said) and _pattern().fullmatch(said) is not None
