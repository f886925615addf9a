"""A status question wrapped in chat words: "huh? show my tasks", "list pls", "wait what? my
tasks pls", "the list please": the question is answered as if asked plainly."""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent
from flowhub.skills import status
from flowhub.skills.context import Context

__all__ = ["handle"]

# "huh?", "hm?", "wait what?", "ok so": surprise or a nudge before the question.
_LEAD = re.compile(
    r"^\W*(?:(?:huh|hm+|eh|what|wait(?:\s+what)?|um+|uh+|ok(?:ay)?|so|lol|err?m?|sorry|hey)"
    r"(?:[\s,.!?…]+|$))+",
    re.I,
)
_TAIL = re.compile(
    r"(?:[\s,]+(?:please|pls|plz|thanks|thx|ty|now|again|na|yaar|mate|real\s+quick))+[\s.!?…]*$",
    re.I,
)
_THE_LIST = re.compile(r"^(?:the|ur|your|my)\s+(list|tasks|to-?dos?)$", re.I)
_MOST_WORDS = 8


def handle(ctx: Context) -> list[Reply] | None:
    """The answer to a status question said with chat words around it; None otherwise."""
    if ctx.event.forwarded or (ctx.chat.kind == "group" and not ctx.event.addressed):
        return None
    text = " ".join(ctx.text.split())
    plain = _TAIL.sub("", _LEAD.sub("", text)).strip(" ,.!?…")
    plain = _THE_LIST.sub(lambda m: "my " + m[1], plain)
    if not plain or plain == text.strip(" ,.!?…") or len(plain.split()) > _MOST_WORDS:
        return None
    if classify_intent(plain) != "query":
        return None
    return status.handle(replace(ctx, text=plain, intent="query"))
