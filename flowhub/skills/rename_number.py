"""A list number renamed with "call it", maybe with a question after: "3 also, call it Export 4k
master docu. and did u set a reminder for it tue evening?" renames item 3 (not what "it" meant
before) to the words up to the sentence end, then answers the rest as a message of its own."""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills.context import Context
from flowhub.skills.picks_edit import one_message

__all__ = ["handle"]

_NUMBERED = re.compile(
    r"^(?:(?:and|also|oh|ok(?:ay)?|pls|please)[\s,]+)*(?:(?:number|no\.?|#)\s*)?(?P<n>\d{1,2})"
    r"(?:\s+(?:also|too|as\s+well|then))?\s*[,:;-]?\s*(?:pls\s+|please\s+)?(?:call|name|rename"
    r"|retitle|title)\s+(?:it|that|this|that\s+one|this\s+one)\s*(?:to\s+|as\s+)?:?\s*"
    r"(?P<title>.+)$",
    re.I,
)
# Where the new title ends: a sentence end before another clause or a question.
_END = re.compile(
    r"(?:(?<!\d)[.!;]+|\?+)\s+(?=(?:and|also|oh|btw|plus|did|do|does|can|could|will|would|is"
    r"|are|have|has|what|when|where|pls|please|remind|and\s+also)\b|.*\?\s*$)",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Rename the numbered item, then answer what follows; None for other messages."""
    m = _NUMBERED.match(" ".join(ctx.text.split()))
    if m is None or ctx.event.reply_to:
        return None
    said = m["title"]
    end = _END.search(said)
    title, rest = (said[: end.start()], said[end.end() :]) if end else (said, "")
    title = title.strip(" .!;\"'“”‘’")
    if len(title) < 2:
        return None
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too

    renamed = said_alone(ctx, f"rename {m['n']} to {title}")
    more = said_alone(ctx, rest.strip()) if rest.strip() else []
    return one_message([*renamed, *more])
