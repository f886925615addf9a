"""Settings said in casual English words: "can u push my digest to 7:30, ill be in early", "and
the daily summary at 9:30?", "can you talk to me in hindi?", "english is easier, switch back
pls", and several in one message: "set my timezone to India pls, and send me a daily summary at
9:30am".

Each is read only in the sender's own words about their digest or language, so "remind me to push
the digest article to 7:30 readers" or "switch the spanish class to monday" stay tasks.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.i18n import language_named
from flowhub.skills import settings
from flowhub.skills.context import Context

__all__ = ["handle"]

_OPENERS = (
    r"^\W*(?:(?:ok(?:ay)?|so|and|also|oh|hey|btw|actually|then|haha|lol|pls|please|plz"
    r"|can\s+(?:you|u)|could\s+(?:you|u)|would\s+you|will\s+you|from\s+now\s+on)\b[^\w'’]*)*"
)
# "push my digest to 7:30", "the daily summary at 9:30?", "send me a daily summary at 9:30am".
_DIGEST = re.compile(
    _OPENERS + r"(?:(?:push|move|change|set|put|switch|shift|make|bump|have|send\s+me|give\s+me"
    r"|i\s+want|i'?d\s+like)\s+)?(?:my|the|a|your)?\s*(?:daily\s+|morning\s+)?"
    r"(?:digest|(?<=daily\s)summary|(?<=morning\s)summary|(?<=my\s)summary|(?<=daily\s)recap)"
    r"(?:\s+(?:time|email|message))?(?:\s+(?:to|at|for))?\s+"
    r"(?P<v>\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)(?![\w:])"
    r"(?:\s+(?:instead|please|pls|plz|then|too|only|every\s+day|each\s+day|daily))*"
    r"\s*(?:$|[,.;!?—–(]|\s-\s)",
    re.I,
)
# "can you talk to me in hindi?", "pls reply in spanish from now on", "speak german with me".
_LANGUAGE = re.compile(
    _OPENERS + r"(?:talk|speak|reply|answer|write|respond|text|chat|message)(?:\s+(?:to|with))?"
    r"(?:\s+(?:me|us))?\s+(?:in\s+)?(?P<v>[^\W\d_]+)(?:\s+(?:with|to)\s+(?:me|us))?"
    r"(?:\s+(?:please|pls|plz|from\s+now\s+on|instead|now|only|again))*\W*$",
    re.I,
)
# "switch back pls", "go back to english", "change it back": the language named is the one.
_BACK = re.compile(
    r"(?<![\w'])(?:switch|change|go|put|turn|set)\s+(?:it\s+|me\s+|us\s+|that\s+)?back"
    r"(?:\s+to\s+(?P<v>[^\W\d_]+))?(?:\s+(?:pls|please|plz|now|again|thanks|thx))*"
    r"\s*(?:$|[,.;!?])",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]+")
_MOST_WORDS = 24
# Where one setting ends and the next begins: "…India pls, and send me …", "… 8:15. also …".
_CLAUSE = re.compile(r"\s*(?:[,;.!?]+\s*(?:and\s+|also\s+)*|\s+and\s+(?:also\s+)?)", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Change the settings the message asks for in casual words; None when it asks for none."""
    text = " ".join((ctx.event.text or ctx.text).split())
    if not text or len(text.split()) > _MOST_WORDS or ctx.event.forwarded:
        return None
    if (both := _several(ctx, text)) is not None:
        return both
    return _one(ctx, text)


def _one(ctx: Context, text: str) -> list[Reply] | None:
    """The one setting `text` asks for in casual words, changed; None for anything else."""
    if m := _DIGEST.match(text):
        return [settings.digest_at(ctx, m["v"])]
    if (m := _LANGUAGE.match(text)) and language_named(m["v"]):
        return [settings.language_to(ctx, m["v"])]
    if (m := _BACK.search(text)) and (code := _back_to(text, m)) is not None:
        return [settings.language_to(ctx, code)]
    return None


def _back_to(text: str, m: re.Match[str]) -> str | None:
    """The one language a "switch back" names, when the sender does not speak it yet."""
    if m["v"]:
        return m["v"] if language_named(m["v"]) else None
    named = {code for w in _WORD.findall(text) if (code := language_named(w)) and len(w) > 3}
    return next(iter(named)) if len(named) == 1 else None


def _several(ctx: Context, text: str) -> list[Reply] | None:
    """Each setting of a message that asks for two or more, in order; None unless every part
    of it asks for a setting."""
    parts = [p for p in _CLAUSE.split(text) if p and p.strip()]
    if len(parts) < 2 or not all(_reads(p) or settings.asks(p) for p in parts):
        return None
    replies: list[Reply] = []
    for part in parts:  # in order: a zone set first shows in the digest time after it
        replies += _one(ctx, part) or settings.handle(replace(ctx, text=part)) or []
    return replies


def _reads(text: str) -> bool:
    """Whether `text` is one of the casual settings this module reads."""
    if _DIGEST.match(text):
        return True
    m = _LANGUAGE.match(text)
    return m is not None and language_named(m["v"]) is not None
