"""Facts a task takes from the rest of its message.

"the lab needs the crown prep for mrs. Keller by thursday 10am latest, sam has to send the scans
before. remind me wed afternoon": the scans are due by the lab's deadline ("before" points back to
it), they go to the lab and are Mrs Keller's, and "remind me wed afternoon" asks for a reminder,
not for the due date, once the task has a deadline of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from flowhub.nlp._task_before import day_before
from flowhub.nlp._task_detail import without_details
from flowhub.nlp.types import TaskDraft, When

__all__ = ["in_context", "remind_words"]

Finder = Callable[..., list[When]]

# A bare "before" that points back to a date said earlier: "... has to send the scans before."
_BACK = re.compile(
    r"\b(?:before(?:hand)?|before\s+(?:then|that|it)|by\s+then|in\s+time|ahead\s+of\s+(?:it|that))"
    r"(?=\s*(?:[.;!?\n]|,\s*(?:and\s+)?(?:pls\s+|please\s+)?remind\b|$))",
    re.I,
)
# "remind me wed afternoon": when the sender wants a nudge, said at a clause's start.
_REMIND = re.compile(
    r"(?:^|[.;!?\n]|,|\band\b)\s*(?:(?:and|also|pls|please|oh)\s+)*(?:remind|ping|nudge)\s+"
    r"(?:me|us)\s+(?P<when>[^.;!?\n]*)",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;!?\n]")
_CLAUSE_SPLIT = re.compile(r"[.;!?\n,]+(?=\s*\w)")
# "the lab needs the crown prep for mrs. Keller": who is waiting, and whose it is.
_NEED = re.compile(
    r"\b(?P<who>the\s+[a-z][\w-]*|[A-Z][\w-]+)\s+(?:needs|wants|is\s+waiting\s+for|expects"
    r"|asked\s+for|has\s+asked\s+for)\s+(?P<what>(?:the|their|our|your|his|her)\s+[^,;.!?\n]*?)"
    r"(?:\s+for\s+(?P<for>(?:(?:mrs|mr|ms|miss|dr|prof)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
    r"|(?=\s+(?:by|before|until|on|at|this|next|tomorrow|today)\b|\s*[,;.!?\n]|$))",
)
_PRONOUN = re.compile(r"^(\S+\s+)(?:them|it)\b", re.I)
# ", I can't from here", "- I won't make it today": the writer's excuse after the task.
_EXCUSE = re.compile(
    r"\s*[,;:(–—-]\s*(?:as\s+|since\s+|because\s+|cause\s+|cuz\s+)?(?:i|we)\s+"
    r"(?:can'?t|cannot|can\s+not|won'?t|am\s+not\s+able|'m\s+not\s+able|couldn'?t"
    r"|don'?t\s+have\s+time)\b[^,;]*$",
    re.I,
)
# "I think it's due before Christmas", "should be done by friday": a sentence that only dates
# the task before it.
_DUE_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*(?:(?:i\s+think|i\s+guess|i\s+believe|probably|ideally|btw|and)[\s,]+)*"
    r"(?:it'?s|it\s+is|that'?s|this\s+is|it\s+should\s+be|should\s+be|it\s+needs\s+to\s+be"
    r"|needs\s+to\s+be|has\s+to\s+be|it\s+has\s+to\s+be|must\s+be)\s+"
    r"(?:due|done|needed|ready|finished|sorted)\s+(?P<when>[^.!?\n]+?)\s*(?:[.!?]+|$)",
    re.I,
)
# The pointing back said at a title's end: "collect their deposit before it".
_BACK_TAIL = re.compile(
    r"\s*,?\s*(?:before(?:hand)?|before\s+(?:then|that|it)|by\s+then|ahead\s+of\s+(?:it|that))$",
    re.I,
)
_HONORIFIC = re.compile(r"^(mrs|mr|ms|miss|dr|prof)\.?\s+", re.I)
# Verbs that move a thing to whoever waits for it.
_SENDING = frozenset(
    "send deliver bring email mail take courier forward post drop ship upload give hand".split()  # noqa: SIM905
)


def remind_words(text: str) -> str | None:
    """The time words of a "remind me <time>" clause in `text`, or None."""
    m = _REMIND.search(text)
    return m["when"].strip() if m and m["when"].strip() else None


def in_context(
    text: str, drafts: list[TaskDraft], *, now: datetime, tz: str, finder: Finder
) -> list[TaskDraft]:
    """`drafts` with the deadline a bare "before" points back to, and the recipient and the
    person a thing is for taken from the need said before them."""
    drafts = _due_said_after([_without_excuse(d) for d in drafts], text, now, tz, finder)
    drafts = without_details(drafts, len(_CLAUSE_SPLIT.findall(text.strip())) + 1)
    back = _BACK.search(text)
    if back is None or not drafts:
        return drafts
    clause_start = _clause_start(text, back.start())
    earlier = [w for w in finder(text[:clause_start], now=now, tz=tz) if w.start > now]
    if not earlier:
        return drafts
    deadline = earlier[-1]
    drafts = [_without_back(d) for d in drafts]
    nudge = _nudge_time(text, now=now, tz=tz, finder=finder)
    said = text[clause_start : back.end()].lower()
    need = _NEED.search(text, 0, clause_start)
    out = []
    for draft in drafts:
        verb = draft.title.split()[0].lower() if draft.title.split() else ""
        if verb and verb in said:
            if draft.due is None or (nudge is not None and draft.due.start == nudge):
                draft = replace(draft, due=replace(deadline, span=(0, 0)))
            if need is not None:
                draft = replace(draft, title=_with_need(draft.title, verb, need))
        out.append(draft)
    return out


def _due_said_after(
    drafts: list[TaskDraft], text: str, now: datetime, tz: str, finder: Finder
) -> list[TaskDraft]:
    """ "Book the autoclave service? I think it's due before Christmas": the date of the task."""
    for m in _DUE_SENTENCE.finditer(text):
        found = finder(m["when"], now=now, tz=tz)
        undated = [i for i, d in enumerate(drafts) if d.due is None]
        if len(found) != 1 or not undated or found[0].start <= now:
            continue
        when = found[0]
        if when.span[0] > 2 or m["when"][when.span[1] :].strip(" .!?,"):
            continue  # more than the date follows: not only when it is due
        when = day_before(m["when"], when) or when
        i = undated[-1]
        drafts = [*drafts[:i], replace(drafts[i], due=replace(when, span=(0, 0))), *drafts[i + 1 :]]
    return drafts


def _without_back(draft: TaskDraft) -> TaskDraft:
    """ "Collect their deposit before it": the due date says when, the title says what."""
    title = _BACK_TAIL.sub("", draft.title)
    return replace(draft, title=title) if len(title.split()) >= 2 else draft


def _without_excuse(draft: TaskDraft) -> TaskDraft:
    """ "Call the office, I can't from here": why the writer cannot is not part of the task."""
    m = _EXCUSE.search(draft.title)
    return replace(draft, title=draft.title[: m.start()]) if m and m.start() > 8 else draft


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `text[at]` starts: after the last stop or comma before it."""
    cut = max(text.rfind(c, 0, at) for c in ".;!?\n,")
    return cut + 1 if cut >= 0 else 0


def _nudge_time(text: str, *, now: datetime, tz: str, finder: Finder) -> datetime | None:
    words = remind_words(text)
    found = finder(words, now=now, tz=tz) if words else []
    return found[0].start if found else None


def _with_need(title: str, verb: str, need: re.Match[str]) -> str:
    """ "Send the scans" -> "Send the scans for Mrs. Keller to the lab"."""
    what = need["what"]
    if _PRONOUN.match(title) and len(what.split()) <= 5:
        title = _PRONOUN.sub(lambda m: m[1] + what, title, count=1)  # "print them": the slides
    low = title.lower()
    if need["for"]:
        person = _HONORIFIC.sub(lambda m: f"{m[1].capitalize()}. ", need["for"])
        if person.split()[-1].lower() not in low:
            title = f"{title} for {person}"
    who = need["who"]
    if verb in _SENDING and " to " not in f" {low} " and who.split()[-1].lower() not in low:
        title = (
            f"{title} to {who[:1].lower()}{who[1:]}"
            if who.lower().startswith("the ")
            else (f"{title} to {who}")
        )
    return title
