"""A saved repeating task's new rule said in plain words: "change pack parcels for courier to every
friday only", "the parcels task: fridays only, 13:00", "make pack parcels for courier repeat every
friday only", "courier changed their route, from next week the parcels only on fridays".

The one open repeating task the other words name gets the rule, as "change X to every friday at
13:00" would give it; "from next week" starts it there. Nothing else named: left to the skills
after this one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import When, search_when
from flowhub.skills import edit
from flowhub.skills.context import Context
from flowhub.skills.refer import match_titles
from flowhub.storage import Task, tasks

__all__ = ["handle"]

# What says the rule changes rather than a new task: "only", "change", "now", "from next week".
_CUE = re.compile(
    r"\b(?:only|change[sd]?|make|switch|set|now|instead|should|from\s+next|starting|anymore"
    r"|no\s+longer|gone|repeat|recur)\b|:",
    re.I,
)
_CLAUSE = re.compile(r"\s*(?:[,.;:!]|\s[-–—]\s|\b(?:and|but|so)\b)\s*", re.I)
_NOISE = re.compile(
    r"\b(?:change[sd]?|make|switch|set|to|into|repeat(?:ing)?|recur(?:ring)?|only|now|actually"
    r"|should|be|is|one|task|thing|the|my|our|pls|please|from|starting|next|week|on|at|every"
    r"|each)\b",
    re.I,
)
_START_CUE = re.compile(r"\b(?:from|starting|as\s+of|beginning|begins?)\s*$", re.I)
_DAY_PLURAL = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekend)s\b", re.I
)
_WORDS = 30


def handle(ctx: Context) -> list[Reply] | None:
    """Give the named saved repeating task the rule said; None when none is named."""
    text = " ".join(ctx.text.split())
    if not text or "?" in text or len(text.split()) > _WORDS or not _CUE.search(text):
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    found = _search(ctx, text)
    repeats = [w for w in found if w.rrule and w.span is not None]
    if len(repeats) != 1:
        return None
    task = _named(ctx, _blanked(text, found))
    if task is None:
        return None
    rule = _rule(text, repeats[0], found)
    return edit.handle(replace(ctx, text=f"change {task.title} to {rule}", intent="other"))


def _search(ctx: Context, text: str) -> list[When]:
    """Every day and time said, sentence by sentence: "on fridays. tuesday …" is two things."""
    found: list[When] = []
    for sentence in re.finditer(r"[^.;!\n]+", text):
        for when in search_when(sentence.group(), now=ctx.now, tz=ctx.tz):
            if when.span is not None:
                span = (when.span[0] + sentence.start(), when.span[1] + sentence.start())
                found.append(replace(when, span=span))
    return found


def _blanked(text: str, found: list[When]) -> str:
    """`text` with every day and time said taken out, so only the naming words are left."""
    chars = list(text)
    for when in found:
        if when.span is not None:
            chars[when.span[0] : when.span[1]] = [" "] * (when.span[1] - when.span[0])
    return "".join(chars)


def _named(ctx: Context, words: str) -> Task | None:
    """The one open repeating task of the sender's that a clause of `words` names."""
    pool = [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session,
            workspace_id=ctx.workspace_id,
            status="open",
            visible_to=ctx.viewer,
            limit=200,
        )
        if t.rrule and ctx.person_id in (t.assignee_id, t.creator_id)
    ]
    if not pool:
        return None
    named: list[Task] = []
    for clause in _CLAUSE.split(words):
        said = " ".join(_NOISE.sub(" ", clause).split())
        if not said:
            continue
        for task in match_titles(said, pool):
            if task not in named:
                named.append(task)
    return named[0] if len(named) == 1 else None


def _rule(text: str, repeat: When, found: list[When]) -> str:
    """The rule in the words the edit reads: "every friday at 13:00 from next week"."""
    start, end = repeat.span or (0, len(text))
    said = text[start:end]
    said = re.sub(r"\b(?:only|repeat(?:ing)?|on)\b", " ", said, flags=re.I)
    said = _DAY_PLURAL.sub(r"\1", " ".join(said.split()))
    if not re.match(r"(?:every|each|daily|weekly|monthly|yearly|fortnightly|bi-?weekly)\b", said):
        said = f"every {said}"
    parts = [said]
    for when in found:
        if when is repeat or when.span is None or when.rrule:
            continue
        at = text[when.span[0] : when.span[1]].strip()
        if when.grain in ("minute", "hour"):
            parts.append(at if re.match(r"(?:at|@)\b", at, re.I) else f"at {at}")
        elif _START_CUE.search(text[: when.span[0]]) or re.match(r"(?:from|starting)\b", at):
            parts.append(at if re.match(r"(?:from|starting)\b", at) else f"from {at}")
    return " ".join(parts)
