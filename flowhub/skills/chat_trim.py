"""Chat words around a task that are no part of it: a greeting that names the writer ("hello
FlowHub, Priya here."), "kindly note" before what has to be done, and a last clause that hands
the task to the person it already names ("ana has to sign for the delivery, assign her na").

The message is read again without them, so they never become cards of their own ("Priya here",
"Assign her na").
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import manners
from flowhub.skills.answer_as import answer_as
from flowhub.skills.context import Context

__all__ = ["handle"]

# "hello FlowHub, Priya here.", "hi, sam here.", "good morning, this is ana."
_INTRO = re.compile(
    r"^\W*(?:(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening)|namaste|morning)\b"
    r"(?:\s+(?:there|all|flowhub|bot))?\s*[,!.]*\s*)?"
    r"(?:(?:it'?s|this\s+is)\s+(?P<a>[^\W\d_]+)|(?P<b>[^\W\d_]+)\s+here)\s*[.!,;:]+\s*",
    re.I,
)
# "kindly note I have to", "pls note that i need to": the note is the task after it.
_NOTE = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=,\s))(?:(?:kindly|please|pls|just)\s+)?(?:note|fyi)(?:\s+that)?"
    r"\s*[:,]?\s+(?=(?:i|we)\s+(?:have\s+to|need\s+to|must|will\s+have\s+to|gotta|should)\b)",
    re.I,
)
# ", assign her na", ". give it to him pls", ". assign it to her": the named person again.
_HANDED = re.compile(
    r"\s*[,.;]\s*(?:(?:and|so|pls|please|just)\s+)*(?:assign|give|hand|pass)\s+"
    r"(?:(?:it|this|that)\s+)?(?:to\s+)?(?:her|him|them)"
    r"(?:\s+(?:na|pls|please|plz|yaar|then|thanks|thx|ok))*\W*$",
    re.I,
)
_MOST_WORDS = 80


def handle(ctx: Context) -> list[Reply] | None:
    """The message read again without the chat words around its task; None when it has none."""
    text = ctx.text
    if ctx.event.forwarded or not text or len(text.split()) > _MOST_WORDS:
        return None
    trimmed = _trimmed(ctx, text)
    if trimmed is None or trimmed == text or not trimmed.strip():
        return None
    return answer_as(ctx, trimmed, besides=handle)


def _trimmed(ctx: Context, text: str) -> str | None:
    """`text` without its greeting, its "kindly note" and a hand-off to the person named."""
    out = text
    if (m := _INTRO.match(out)) and _is_writer(ctx, m["a"] or m["b"]) and out[m.end() :].strip():
        out = out[m.end() :]
    out = _NOTE.sub("", out)
    if (m := _HANDED.search(out)) and m.start() > 0 and _names_someone(ctx, out[: m.start()]):
        out = out[: m.start()]
    return out.strip() if out != text else None


def _is_writer(ctx: Context, name: str) -> bool:
    """Whether `name` is the writer's own first name."""
    own = (ctx.person.display_name or "").split(" ")[0]
    return bool(own) and own.casefold() == name.casefold()


def _names_someone(ctx: Context, text: str) -> bool:
    """Whether `text` names a person of the team other than the writer."""
    own = (ctx.person.display_name or "").casefold()
    lookup = manners.person_lookup(ctx)
    for word in set(re.findall(r"[^\W\d_]{2,}", text)):
        found = lookup(word)
        if found is not None and found.casefold() != own:
            return True
    return False
