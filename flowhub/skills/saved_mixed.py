"""Sentences that change saved tasks, said with new tasks or questions in one message.

"call kiln repair guy today before 12. bisque firing push to wednesday" makes a card for the
call and moves the saved bisque firing; "celadon is mixed ✔️ and whats overdue in general?"
ticks the glaze off and answers the question; "wait no undo that, i only drafted it. but the
lumen one IS done" takes back the last tick, then ticks the lumen invoice. Each sentence is
answered as if it were said alone: first those that change what exists, then the new tasks,
then the questions, so an answer counts what the message changed.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent, extract_tasks, parse_when
from flowhub.skills import done_meaning, done_news, edit_multi, undo_said
from flowhub.skills.context import Context
from flowhub.skills.done_pool import sender_open
from flowhub.skills.picks_edit import one_message

__all__ = ["handle", "kind_of", "parts_of"]

_WORDS = 60
# Sentence ends; "and" or "also" before a question word starts a question of its own.
_SPLIT = re.compile(
    r"(?<=[.!?])\s+|\s*[;\n]+\s*|(?<=[✔✅☑️])\s*(?=\w)"
    r"|\s*,?\s+(?:and|also|plus|but|oh and)\s+(?=(?:what|whats|what's|how|hows|how's|which|when"
    r"|who|whos|who's|is|are|anything|any|do|does|did|can|could)\b[^.!]*\?\s*$)",
    re.I,
)
_LEAD = re.compile(r"^(?:(?:and|also|plus|but|oh|ok|okay|so|then|btw)\b[\s,]*)+", re.I)
_DONE_WITH = re.compile(
    r"^(?:i'?m\s+|i\s+am\s+)?(?:done|finished|through)\s+with\s+(?P<t>.+?)[\s.!]*$", re.I
)
_TICK = re.compile(r"\s*(?:✅|✔️?|☑️?)\s*$")
_UNDO_NAMED = re.compile(
    r"^(?:undo|untick|un-tick)\s+(?!(?:that|it|this|the\s+last|last|everything|all)\b)(?P<t>.+)$",
    re.I,
)
# A reason after the act: "…, not finished yet", "…, i only drafted it".
_REASON = re.compile(r"\s*,\s*(?:not|i\s+only|it'?s\s+not|its\s+not|still)\b.*$", re.I)
_POINTS_BACK = re.compile(r"\b(?:it|them|that|this|there)\b(?!\s*:)", re.I)
_ORDER = {"undo": 0, "saved": 1, "new": 2, "ask": 3}


def may_split(ctx: Context, text: str) -> bool:
    """Whether `text` is the sender's own short message to the bot, outside any flow: one whose
    parts may be done one by one."""
    if not text or ctx.event.forwarded or ctx.event.reply_to or len(text.split()) > _WORDS:
        return False
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return False
    return ctx.thread.flow_kind(ctx.now) is None


def handle(ctx: Context) -> list[Reply] | None:
    """Each sentence answered as said alone, when some change saved tasks and others do not."""
    text = ctx.text.strip()
    if not may_split(ctx, text):
        return None
    parts = parts_of(text)
    if len(parts) < 2:
        return None
    read = [kind_of(ctx, p) for p in parts]
    if os.environ.get("FLOWHUB_DEBUG_MIXED"):
        print("MIXED", read)
    kinds = [k for k, _ in read]
    if "undo" in kinds[1:]:
        return None  # "…, the site visit isn't done actually. undo": the undo is of that news
    if None in kinds or not any(k in ("saved", "undo") for k in kinds):
        return None
    if all(k == "saved" for k in kinds) and all(edit_multi.reads_act(ctx, p) for p in parts):
        return None  # only edits the edit skills read as they are: they read them together
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too

    replies: list[Reply] = []
    for kind, said in sorted(read, key=lambda r: _ORDER[r[0] or "ask"]):
        alone = replace(ctx, event=replace(ctx.event, text=said), text=said)
        applied = edit_multi.apply_act(alone, said) if kind == "saved" else None
        replies += applied if applied is not None else said_alone(ctx, said)
    return one_message(replies) if replies else None


def parts_of(text: str) -> list[str]:
    """The sentences of a message, without the words that join them."""
    parts = (_LEAD.sub("", p.strip()).strip(" ,") for p in _SPLIT.split(text) if p)
    return [p for p in parts if re.search(r"\w", p)]


def kind_of(ctx: Context, part: str) -> tuple[str | None, str]:
    """What a sentence is ("undo", "saved", "new", "ask" or None) and the words to answer."""
    if (act := _on_saved(ctx, part)) is not None:
        return "saved", act
    if undo_said.says_undo(part, ctx.person.locale):
        return "undo", part
    intent = classify_intent(part)
    if intent == "query" or part.endswith("?"):
        return "ask", part
    if intent not in ("capture", "remind") or _POINTS_BACK.search(part):
        return None, part  # "remind me monday to clean it out": about the sentence before
    if intent == "capture" and parse_when(part, now=ctx.now, tz=ctx.tz) is None:
        return None, part  # "transfer went through finally": news, not a task of its own
    return ("new", part) if extract_tasks(part, now=ctx.now, tz=ctx.tz) else (None, part)


def _on_saved(ctx: Context, part: str) -> str | None:
    """The words that move, rename, tick, reopen or drop the one saved task `part` names."""
    head = _REASON.sub("", part)  # "undo the nord one, not finished yet"
    said = _TICK.sub(" done", head) if _TICK.search(head) else head
    if (m := _DONE_WITH.match(said)) is not None:
        said = f"{m['t']} done"  # "done with invoice café lumen"
    if (m := _UNDO_NAMED.match(said)) is not None:
        said = f"reopen {m['t']}"  # "undo the nord one": not the last act, that task
    if edit_multi.reads_act(ctx, said):
        return said if said != head else part
    mine = sender_open(ctx)
    if not mine or classify_intent(part) == "query":
        return None
    if done_meaning.news_task(part, mine) is not None or done_news.find(ctx, part) is not None:
        return part
    return None
