"""A short yes to the waiting cards said as a verdict, in the words the card skills know.

"both good 👍" is "both are fine", which saves the two cards just shown; "all good, save
them" is "all are fine"; "👍 save" and "ok save pls" are "save it". The words are read the
same in a private chat and in a group, where they count only from the person whose cards wait
(`manners`).
"""

from __future__ import annotations

import re

# "both good", "they're all fine", "all 3 look right", "both ok, save em".
_VERDICT = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|k|yes|yep|yeah|ya|sure|great|cool|nice|perfect)\W+)*"
    r"(?:(?:they(?:'re|’re|re|\s+are)|them|these|those)\s+)?(?P<n>both|all(?:\s+(?:of\s+)?"
    r"(?:them|em|\d|two|three|four|five))?|(?:them|em)\s+both)\s+(?:(?:look|looks|are|r|seem)\s+)?"
    r"(?:good|fine|ok(?:ay)?|great|correct|right|perfect|gtg|spot\s+on)"
    r"(?:\W+(?:save|confirm|keep)(?:\s+(?:them|em|both|all|pls|please))*)?[\W\s]*$",
    re.I,
)
# "👍 save", "ok save pls", "✅ confirm": a yes sign, then a save.
_SIGN_SAVE = re.compile(
    r"^\W*(?:(?:👍|✅|👌|ok(?:ay)?|k|yes|yep|yeah|ya|sure|good|great|cool|perfect)\W*)+"
    r"(?:save|confirm)(?:\s+(?:it|that|this(?:\s+one)?|pls|please|now))*[\W\s]*$",
    re.I,
)


def said(text: str) -> str | None:
    """The card words `text` stands for ("both are fine", "save it"), or None."""
    if text.rstrip().endswith("?"):
        return None  # "all good?" asks
    m = _VERDICT.match(text.strip())
    if m is not None:
        return "both are fine" if m["n"].casefold().endswith("both") else "all are fine"
    if _SIGN_SAVE.match(text.strip()):
        return "save it"
    return None
