"""Focused help: "how do I set a repeating reminder?" gets one answer with one example."""

from __future__ import annotations

import re

from flowhub.integrations import INTEGRATIONS
from flowhub.skills import help_words as say

__all__ = ["how_to"]

# "how do I ...", "how can I ...", "how to ...", "is there a way to ..."
_HOW = re.compile(
    r"^\s*(?:(?:hi|hey|ok|so|and)\b[\s,!]*)?(?:how\s+(?:do|can|should|would)\s+(?:i|we)"
    r"|how\s+to|is\s+there\s+a\s+way\s+to|what'?s\s+the\s+way\s+to|where\s+do\s+i)\b",
    re.I,
)
_NAME = re.compile(r"\b(?:to|for)\s+@?([A-Za-z][\w-]{1,30})\s*[?!.]*$")
_NOT_WHO = frozenset(("me", "myself", "someone", "somebody", "them", "him", "her", "it", "others"))
# Checked in order: the first that matches picks the answer.
_TOPICS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(src, re.I), key)
    for src, key in (
        (r"\b(?:connect|integrat\w*|link|hook\s+up|sync)\b", "connect"),
        (
            r"\b(?:repeat\w*|recurr\w*|every\s+(?:day|week|month|year)|daily|weekly|monthly)\b",
            "repeat",
        ),
        (r"\b(?:assign\w*|delegate|give|hand\s+(?:off|over)|share)\b", "assign"),
        (r"\b(?:remind\w*|alarm|alert|notif\w*|ping)\b", "remind"),
        (r"\b(?:time\s*zone|timezone|zone)\b", "zone"),
        (r"\b(?:digest|summary|briefing)\b", "digest"),
        (r"\b(?:delete|remove|cancel|get\s+rid)\b", "delete"),
        (r"\b(?:done|complete|finish|tick|check\s+off|mark)\b", "done"),
        (
            r"\b(?:edit|change|move|reschedule|rename|postpone|due\s+date|deadline|priority)\b",
            "edit",
        ),
        (r"\b(?:see|list|view|show|check|find)\b", "list"),
        (r"\b(?:add|create|make|capture|save|new|forward)\b", "capture"),
    )
)
_ANSWERS = {
    "repeat": say.HOW_REPEAT,
    "remind": say.HOW_REMIND,
    "zone": say.HOW_ZONE,
    "digest": say.HOW_DIGEST,
    "delete": say.HOW_DELETE,
    "done": say.HOW_DONE,
    "edit": say.HOW_EDIT,
    "list": say.HOW_LIST,
    "capture": say.HOW_CAPTURE,
}


def how_to(text: str) -> str | None:
    """The focused answer to a "how do I ...?" question, or None when it names no topic."""
    how = _HOW.match(text)
    if how is None:
        return None
    rest = text[how.end() :]
    for pattern, key in _TOPICS:
        if pattern.search(rest):
            return _answer(key, rest)
    return None


def _answer(key: str, rest: str) -> str:
    if key == "connect":
        return say.HOW_CONNECT.format(tool=_tool(rest))
    if key == "assign":
        named = _NAME.search(rest)
        who = named.group(1) if named and named.group(1).lower() not in _NOT_WHO else "Sam"
        return say.HOW_ASSIGN.format(who=who[:1].upper() + who[1:])
    return _ANSWERS[key]


def _tool(rest: str) -> str:
    """The tool the question names ("connect Trello"), else the first one FlowHub knows."""
    low = rest.lower()
    for kind, cls in INTEGRATIONS.items():
        if kind.replace("_", " ") in low or cls.title.lower() in low:
            return kind.replace("_", " ")
    return next(iter(INTEGRATIONS)).replace("_", " ")
