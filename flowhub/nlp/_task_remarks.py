"""A remark in brackets beside a task: "call the plumber tomorrow (he said mornings are best)".

The remark is set aside while the task is read, so its words (a comma, a time, a day) neither
split the task nor change its date, and it comes back at the end of the title. A bracket that
only says when ("(by friday)", "(the 19th)") is left in place to be read as the date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flowhub.nlp.types import TaskDraft

__all__ = ["with_remarks_aside"]

_BRACKET = re.compile(r"\s*\((?P<r>[^()\n]{3,200})\)")
_WORD = re.compile(r"[^\W\d_]{2,}")
# Words a bracket may hold when it only says when.
_WHEN_WORDS = re.compile(
    r"\b(?:on|by|at|due|from|till|until|before|after|the|of|next|this|morning|afternoon|evening"
    r"|night|noon|midday|am|pm|today|tonight|tomorrow|tmrw|mon|tue|tues|wed|thu|thur|thurs|fri"
    r"|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?"
    r"|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?"
    r"|dec(?:ember)?|week|month|st|nd|rd|th|latest|asap|urgent|every|each)\b",
    re.I,
)


def with_remarks_aside(text: str, read: Callable[[str], list[TaskDraft]]) -> list[TaskDraft] | None:
    """The tasks `read` finds in `text` with its bracketed remarks set aside, the remarks at the
    end of the title of the task they follow; None when the text holds no such remark or no
    task takes them."""
    if "\n" in text.strip():
        return None
    remarks = [m["r"].strip() for m in _BRACKET.finditer(text) if _remark(m["r"])]
    if not remarks:
        return None
    bare = _BRACKET.sub(lambda m: "" if _remark(m["r"]) else m.group(0), text).strip()
    if not _WORD.search(bare):
        return None
    drafts = read(bare)
    if len(drafts) > 1 and len(remarks) == 1:
        return _remark_on_its_task(text, drafts, remarks[0], read)
    if len(drafts) != 1:
        return None
    draft = drafts[0]
    return [replace(draft, title=f"{draft.title} ({'; '.join(remarks)})")]


def _remark_on_its_task(
    text: str, drafts: list[TaskDraft], remark: str, read: Callable[[str], list[TaskDraft]]
) -> list[TaskDraft] | None:
    """ "tasting thu 4pm (3 tiers). and collect the deposit before it": the remark goes to the
    task said just before it, the last one read from the words up to the bracket."""
    m = next(m for m in _BRACKET.finditer(text) if _remark(m["r"]))
    head = read(text[: m.start()])
    i = len(head) - 1
    if i < 0 or i >= len(drafts) or head[i].title.casefold() != drafts[i].title.casefold():
        return None
    out = list(drafts)
    said = remark.rstrip(" !?.")  # "(still not paid!!)" keeps its words, not its shouting
    out[i] = replace(out[i], title=f"{out[i].title} ({said})")
    return out


# A bracket that says who does it is read as the assignee: "(assigned to Priya)", "(@sam)".
_WHO = re.compile(r"^\s*(?:assigned\s+to|assign\s+to|owner\s*:|for\s+@|@)", re.I)


def _remark(said: str) -> bool:
    """Whether a bracket says more than when or who: words beyond days, times and joiners."""
    return not _WHO.match(said) and bool(_WORD.search(_WHEN_WORDS.sub(" ", said)))
