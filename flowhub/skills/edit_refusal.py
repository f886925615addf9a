"""An edit said with a "no" before it or a reason after it: "omg no. friday", "no → thursday",
"nope, make it 10", "thursday - the client can't do wed", "monday (client away till then)".

The "no" only says the card or task in view is wrong, and the reason only says why: neither is a
title, a new task or a discard. What is left is read as the plain edit ("friday", "make it 10")
on the card or task in view.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent, search_when
from flowhub.skills import edit
from flowhub.skills.context import Context
from flowhub.skills.refer import last_target

__all__ = ["handle", "plain_edit"]

_NO = r"(?:no+|nope|nah+|nay|not\s+that|wrong)"
_MOOD = (
    r"(?:omg|oh|ugh+|argh+|hmm+|wait|oops|lol|ah+|god|geez|jeez|sorry|actually|ok(?:ay)?|so|um+)"
)
# "omg no.", "ugh no no,", "wait no →", "nope ->": the refusal and what leads into it.
_LEAD = re.compile(
    rf"^\W*(?:{_MOOD}\W+)*{_NO}\b(?:\W+(?:{_NO}|{_MOOD})\b)*"
    r"(?:\s*(?:[-=]+>|→|⇒|➡️?|[:,.!;]|\s[-–—]\s?)\s*)*\s*",
    re.I,
)
# Where a reason starts: "- the client can't", "(client away)", "because ...", ", they're closed".
_REASON = re.compile(
    r"\s+[-–—]+\s+\S.*$|\s*\([^()]*\)?\s*$"
    r"|\s*[,;]?\s+(?:because|bc|cause|'cause|cuz|coz|since|as)\s+\S.*$"
    r"|\s*[,;.!]+\s+(?=(?:the|they|they'?re|he|he'?s|she|she'?s|we|we'?re|i|i'?m|it|its|it'?s"
    r"|that|that'?s|there|our|my|their|his|her|client|office)\b).*$",
    re.I,
)
# Openings that make the rest an edit of the thing in view.
_EDIT_VERB = re.compile(
    r"^(?:(?:make|move|push|change|set|put|shift|bump|reschedule|postpone|delay|bring|pull"
    r"|give|assign|hand|call|rename|name|title)\s+(?:it|that|this|the\s+(?:date|time|day|card"
    r"|task|deadline))\b|(?:move|push|change|shift|bump|reschedule|postpone|rename)\s+(?:it\s+)?"
    r"to\b|(?:it'?s|its|it\s+is|should\s+be)\s+(?:for|due|on|at|by)\b|(?:for|to)\s+@?[a-z]+$)",
    re.I,
)
_RENAME = re.compile(r"^(?:call|rename|name|title)\b", re.I)
_BRACKET = re.compile(r"\s*\([^()]*\)?\s*$")
# Words a plain time may keep around it: "at 10", "to thursday then", "thursday instead pls".
_TIME_FILLER = frozenset(
    "at on by to for the it instead then pls please plz rather maybe same time day".split()  # noqa: SIM905
)


def handle(ctx: Context) -> list[Reply] | None:
    """The edit left once the "no" and the reason are set aside; None for other messages."""
    text = " ".join(ctx.text.split())
    lead = _LEAD.match(text)
    refused = lead is not None and lead.end() < len(text)
    rest = text[lead.end() :] if refused and lead else text
    if refused:
        head = plain_edit(ctx, rest)
    else:  # without a "no", only a day with a reason in brackets is left to this skill
        bare = _BRACKET.sub("", rest).strip(" ,.;:!")
        head = bare if bare != rest and _only_time(ctx, bare) else None
        if last_target(ctx) is None:
            return None  # "monday (client away)" with nothing in view may well be a new task
    if head is None:
        return None
    return edit.handle(replace(ctx, text=head, intent=classify_intent(head)))


def plain_edit(ctx: Context, text: str) -> str | None:
    """`text` without a reason after it, when what is left reads as an edit; else None."""
    whole = text.strip(" ,.;:!")
    if _RENAME.match(whole):
        return whole  # a new title may hold a dash: "call it PSYC final - Hall B"
    head = _REASON.sub("", text).strip(" ,.;:!-–—")
    for said in (head, whole) if head != text else (whole,):
        if said and (_EDIT_VERB.match(said) or _only_time(ctx, said)):
            return said
    return None


def _only_time(ctx: Context, text: str) -> bool:
    """Whether `text` says a time and little else: "friday", "at 10", "thursday 3pm instead"."""
    found = search_when(text, now=ctx.now, tz=ctx.tz)
    if not found:
        return False
    left = text
    for when in sorted(found, key=lambda w: w.span[0], reverse=True):
        left = left[: when.span[0]] + " " + left[when.span[1] :]
    return all(w.casefold() in _TIME_FILLER for w in re.findall(r"[\w']+", left))
