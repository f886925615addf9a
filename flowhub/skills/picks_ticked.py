"""Numbers of a list said done, then something else: "1 and 3 are done, and push the flower
budget to today 2pm", "2, 4 finished. also remind me at 5 to call the dj".

Every number named is ticked off, as "1 and 3 are done" alone would; the rest is answered as a
message of its own, after them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills.context import Context

__all__ = ["handle"]

_TICKED = re.compile(
    r"^\W*(?P<head>(?:(?:no\.?|#)?\d{1,2}\s*(?:,|and|&|\+)\s*)+(?:no\.?|#)?\d{1,2}\s+"
    r"(?:(?:are|were|r|is)\s+)?(?:(?:both|all|now|already)\s+)*"
    r"(?:done|finished|sorted|complete|completed|ticked\s+off))\b"
    r"\s*[,;.!]+\s*(?:(?:and|also|then|plus|oh|pls|please)\b[\s,]*)*(?P<rest>\S.*)$",
    re.I | re.S,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Tick off the numbers said done, then answer the rest; None for other messages."""
    if ctx.event.reply_to or ctx.event.kind != "text":
        return None
    m = _TICKED.match(" ".join(ctx.text.split()))
    if m is None:
        return None
    from flowhub.skills import done  # done reads the lists this answers
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too

    ticked = done.handle(replace(ctx, text=m["head"], intent="done"))
    if not ticked:
        return None
    return [*ticked, *said_alone(ctx, m["rest"])]
