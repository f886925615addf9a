"""A saved task's move told as news, with no command verb: "photographer is sick so shoot moves
to thursday same time", "shoot moved AGAIN 🙄 now friday 11am", "ugh the shoot got pushed to
monday", "the shoot is now on tuesday", "vat deadline was pushed to the 18th btw".

The words before the move verb, back to the last clause break, name the task; the one new day or
time after it is where it goes. One saved task named: it moves, as "move X to …" would; several:
the edit skill asks which; none: left to the skills after this one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import search_when
from flowhub.skills import edit, news_changes
from flowhub.skills.context import Context
from flowhub.skills.refer import tasks_named

__all__ = ["handle"]

_BE = r"(?:is|was|has\s+been|have\s+been|got|gets|get|'s|’s)"
_MOVED_WORD = r"(?:moved|pushed(?:\s+back)?|postponed|rescheduled|bumped|shifted|delayed|put\s+off)"
_VERB = re.compile(
    rf"\s+(?:(?:{_BE}\s+)?(?:(?:now\s+)?being\s+)?{_MOVED_WORD}|moves|shifts|slips|slipped"
    rf"|(?:is|'s|’s)\s+(?:now|moving|happening)|now\s+(?:happens|is))(?=\W|$)",
    re.I,
)
# Where the sentence about the task starts: "photographer is sick so | shoot moves …".
_BREAK = re.compile(
    r"(?:^|[,.;:!?()]|\s[-–—]\s|\b(?:so|and|but|because|cause|cuz|since|then|now|btw|fyi|ugh"
    r"|ok(?:ay)?|oh|well|update|heads\s+up)\b)\s*",
    re.I,
)
_DET = re.compile(r"^(?:the|our|my|that|this|her|his|their)\s+", re.I)
_NOT_SUBJECT = re.compile(
    r"^(?:i|we|you|u|he|she|they|it|this|that|everything|everyone|nothing|someone|he's|she's"
    r"|it's|what|which|when|where|who|why|how)$",
    re.I,
)
# Only these may stand between the verb and the new time: "moved AGAIN 🙄 now friday".
_BETWEEN = re.compile(
    r"(?:[^\w]|\b(?:to|till|til|until|now|again|back|on|at|for|into|over|forward|out|it'?s|is"
    r"|and|so|lol|ugh|sadly|apparently)\b)*",
    re.I,
)
_WORDS = 30
_SUBJECT_WORDS = 6


def handle(ctx: Context) -> list[Reply] | None:
    """Move the one saved task a "X moved to …" message names; None when it names none."""
    if (told := news_changes.handle(ctx)) is not None:
        return told  # "brightline just emailed, its 95 ppl now not 80 and …"
    text = " ".join(ctx.text.split())
    if not text or "?" in text or len(text.split()) > _WORDS:
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    for verb in _VERB.finditer(text):
        subject = _subject(text[: verb.start()])
        if subject is None:
            continue
        when = _when(ctx, text[verb.end() :])
        if when is None:
            return None
        if not tasks_named(ctx, subject):
            continue
        return edit.handle(replace(ctx, text=f"move {subject} to {when}", intent="other"))
    return None


def _subject(before: str) -> str | None:
    """The task's name: the last clause's words before the verb, without "the"."""
    starts = [m.end() for m in _BREAK.finditer(before)]
    said = before[max(starts) if starts else 0 :].strip(" ,.;:!-")
    said = _DET.sub("", said).strip()
    if not said or len(said.split()) > _SUBJECT_WORDS or _NOT_SUBJECT.match(said):
        return None
    return said if re.search(r"[^\W\d_]{3,}", said) else None


def _when(ctx: Context, rest: str) -> str | None:
    """The one new day or time said after the verb, as written ("thursday", "friday 11am")."""
    found = [w for w in search_when(rest, now=ctx.now, tz=ctx.tz) if w.span is not None]
    if len(found) != 1 or found[0].rrule:
        return None
    start, end = found[0].span
    if not _BETWEEN.fullmatch(rest[:start]):
        return None  # "sam moved the boxes on monday" tells of something else
    return rest[start:end].strip() or None
