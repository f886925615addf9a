"""Settings said in casual English words: "can u push my digest to 7:30, ill be in early", "and
the daily summary at 9:30?", "can you talk to me in hindi?", "english is easier, switch back
pls". Several in one message ("set my timezone to India pls, and send me a daily summary at
9:30am") are read clause by clause in `settings_many`.

Each is read only in the sender's own words about their digest or language, so "remind me to push
the digest article to 7:30 readers" or "switch the spanish class to monday" stay tasks.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.i18n import language_named
from flowhub.skills import settings
from flowhub.skills.context import Context

__all__ = ["handle", "names_language", "one", "reads"]

_OPENERS = (
    r"^\W*(?:(?:ok(?:ay)?|so|and|also|oh|hey|btw|actually|then|haha|lol|pls|please|plz"
    r"|can\s+(?:you|u)|could\s+(?:you|u)|would\s+you|will\s+you|from\s+now\s+on)\b[^\w'’]*)*"
)
# "push my digest to 7:30", "the daily summary at 9:30?", "can i get the daily overview at 7 in
# the morning?", "the recap at 8 instead pls".
_DIGEST = re.compile(
    _OPENERS + r"(?:(?P<verb>push|move|change|set|put|switch|shift|make|bump|have|send\s+me"
    r"|give\s+me|get\s+me|get|(?:can|could|may)\s+i\s+(?:get|have)|i\s+want|i'?d\s+like)\s+)?"
    r"(?:my|the|a|your)?\s*(?:daily\s+|morning\s+)?"
    r"(?:digest|(?<=daily\s)(?:summary|recap|overview|roundup|briefing)"
    r"|(?<=morning\s)(?:summary|recap|overview|roundup|briefing)|(?<=my\s)(?:summary|recap)"
    r"|(?<=the\s)(?P<recap>recap))"
    r"(?:\s+(?:time|email|message))?(?:\s+(?:to|at|for))?\s+"
    r"(?P<v>\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)(?![\w:])"
    r"(?:\s+(?P<part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight))?"
    r"(?:\s+(?:instead|please|pls|plz|then|too|only|every\s+day|each\s+day|daily|o'?clock))*"
    r"\s*(?:$|[,.;!?—–(]|\s-\s)",
    re.I,
)
# A task's verbs before "the recap": "move the recap to 9" moves a task called that.
_RECAP_VERBS = frozenset(
    ["push", "move", "change", "set", "put", "switch", "shift", "make", "bump"]
)
# "can you talk to me in hindi?", "pls reply in spanish from now on", "speak german with me".
_LANGUAGE = re.compile(
    _OPENERS + r"(?:talk|speak|reply|answer|write|respond|text|chat|message)(?:\s+(?:to|with))?"
    r"(?:\s+(?:me|us))?\s+(?:in\s+)?(?P<v>[^\W\d_]+)(?:\s+(?:with|to)\s+(?:me|us))?"
    r"(?:\s+(?:please|pls|plz|from\s+now\s+on|instead|now|only|again))*\W*$",
    re.I,
)
# "can u switch to german for me? my english is ok but …", "change my language to spanish, the
# team reads along": the language set, whatever reason is said after it.
_SWITCH = re.compile(
    _OPENERS + r"(?:switch|change|set|put|turn|move)\s+(?:(?:me|us|it|everything|things|the\s+bot"
    r"|(?:my|the|your)\s+language|language)\s+)?(?:over\s+)?(?:to|into)\s+(?P<v>[^\W\d_]+)"
    r"(?:\s+(?:for\s+(?:me|us)|please|pls|plz|from\s+now\s+on|instead|now|only|again))*"
    r"\s*(?:$|[?.!,;—–(]|\s-\s)",
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


def handle(ctx: Context) -> list[Reply] | None:
    """Change the settings the message asks for in casual words; None when it asks for none."""
    text = " ".join((ctx.event.text or ctx.text).split())
    if not text or len(text.split()) > _MOST_WORDS or ctx.event.forwarded:
        return None
    return one(ctx, text)


def one(ctx: Context, text: str) -> list[Reply] | None:
    """The one setting `text` asks for in casual words, changed; None for anything else."""
    if m := _digest(text):
        return [settings.digest_at(ctx, _digest_time(m))]
    if (m := _LANGUAGE.match(text) or _SWITCH.match(text)) and language_named(m["v"]):
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


def _digest(text: str) -> re.Match[str] | None:
    """The digest time asked for in casual words; not a task's "move the recap to 9"."""
    m = _DIGEST.match(text)
    if m is None or (m["recap"] and (m["verb"] or "").lower() in _RECAP_VERBS):
        return None
    return m


def _digest_time(m: re.Match[str]) -> str:
    """The time said, with "in the evening" or "in the morning" as pm or am."""
    value, part = m["v"].strip(), (m["part"] or "").lower()
    if part and not re.search(r"[ap]\.?m", value, re.I):
        value += "am" if "morning" in part else "pm"
    return value


def reads(text: str) -> bool:
    """Whether `text` is one of the casual settings this module reads."""
    return _digest(text) is not None or names_language(text)


def names_language(text: str) -> bool:
    """Whether `text` asks in casual words to be answered in a language the bot speaks."""
    m = _LANGUAGE.match(text) or _SWITCH.match(text)
    if m is not None and language_named(m["v"]) is not None:
        return True
    back = _BACK.search(text)
    return back is not None and back["v"] is not None and language_named(back["v"]) is not None
