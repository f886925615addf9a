"""An answer to several tasks one was given at once, in a direct chat.

"yep i'll take both of those" accepts every offer still waiting from a short while ago; "accept
the hoffmann invoice and the weber deposit tasks" accepts the ones its words name, "can't do
either of them" declines them all. "… and get rid of that card" also drops the card made from an
earlier answer read as a new task. The answers to this chat come as one message.
"""

from __future__ import annotations

import re
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.skills import assign, assign_answer_words
from flowhub.skills.capture import discard
from flowhub.skills.context import Context
from flowhub.storage import Task, as_utc, proposals, tasks

__all__ = ["handle"]

# How long offers still take an answer that names none of them ("i'll take both").
_WINDOW = timedelta(hours=4)
_MOST_WORDS = 12
_AFTER_ALL = (
    r"(?=\W*$|[\s,.!]+(?:of|tasks?|ones?|jobs?|this|today|tomorrow|then|please|pls|thanks|ok"
    r"|sure|and|but|no|sorry|right|now|for\s+you)\b)"
)
# "both", "both of those", "all of them", "either of them"; never "both kids".
_ALL = re.compile(
    rf"\b(?:(?:both|either|neither){_AFTER_ALL}|all\s+(?:of\s+)?(?:them|those|these|three|four)\b"
    r"|each\s+of\s+them|the\s+two\s+of\s+them)",
    re.I,
)
# Naming the offers takes a word that answers: "accept the hoffmann and the weber ones".
_ANSWERS = re.compile(
    r"\b(?:accept\w*|decline\w*|reject\w*|yes\s+to|no\s+to|i\s+meant|i'?ll\s+(?:take|do)"
    r"|i\s+(?:will|can)\s+(?:take|do))\b",
    re.I,
)
_YES = re.compile(
    r"\b(?:accept(?:ed|ing)?|take|taking|yes|yep|yeah|yup|sure|ok(?:ay)?|fine|i'?ll\s+do"
    r"|i\s+can\s+do|will\s+do|on\s+it)\b",
    re.I,
)
_NO = re.compile(
    r"\b(?:decline|reject|can'?t|cannot|won'?t|unable|neither|not\s+able|no\s+to)\b",
    re.I,
)
_DROP_CARD = re.compile(
    r"\b(?:get\s+rid\s+of|bin|discard|drop|delete|scrap|remove|cancel|ditch|trash|lose|kill)"
    r"\s+(?:this|that|the)(?:\s+(?:new|stray|extra|other|wrong))?\s+(?:card|one\s+you\s+made)\b",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]{3,}", re.U)
_COMMON = frozenset(
    [
        "the", "and", "for", "with", "from", "that", "this", "these", "those", "task", "tasks",
        "one", "ones", "job", "jobs", "call", "send", "pay", "get", "make", "check", "book", "buy",
    ]
)  # fmt: skip
_INTENTS = ("remind", "query", "settings", "help")


def handle(ctx: Context) -> list[Reply] | None:
    """Answer two or more waiting offers said together; None when the message is not that."""
    if ctx.chat.kind != "direct" or ctx.event.reply_to or ctx.intent in _INTENTS:
        return None
    waiting = _waiting(ctx)
    if len(waiting) < 2:
        return None
    text = ctx.text
    named = _named(text, waiting) if _ANSWERS.search(text) else []
    if len(named) < 2 and not _ALL.search(text):
        return None
    if len(named) < 2 and len(text.split()) > _MOST_WORDS:
        return None  # "both" inside a longer message is about something else
    chosen = named if len(named) >= 2 else [t for t in waiting if _recent(ctx, t)]
    if len(chosen) < 2:
        return None
    accepted = _YES.search(text) is not None and not _says_no(text)
    if not accepted and not _says_no(text):
        return None
    replies: list[Reply] = []
    for task in chosen:
        reason = None if accepted else text
        replies += assign.answer(ctx, task, accepted=accepted, reason=reason, alone=False)
    if _DROP_CARD.search(text):
        replies += _drop_latest_card(ctx)
    return _joined(replies)


def _says_no(text: str) -> bool:
    if re.search(r"\bi\s+meant\b", text, re.I):
        return False  # "no! I meant accept …": the no takes back what happened before
    return _NO.search(text) is not None or assign_answer_words.declines(text)


def _waiting(ctx: Context) -> list[Task]:
    return [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session, workspace_id=ctx.workspace_id, assignee_id=ctx.person_id
        )
        if t.assignment == "pending"
        and t.status == "open"
        and t.creator_id != ctx.person_id
        and t.assignee_id == ctx.person_id
    ]


def _recent(ctx: Context, task: Task) -> bool:
    return ctx.now - as_utc(task.updated_at) <= _WINDOW


def _named(text: str, waiting: list[Task]) -> list[Task]:
    """The offers a word of `text` names, a word no other waiting offer's title has."""
    said = {w.casefold() for w in _WORD.findall(text)}
    own = {id(t): _words(t.title) for t in waiting}
    named = []
    for task in waiting:
        others = set().union(*(own[id(t)] for t in waiting if t is not task))
        if (own[id(task)] - others - _COMMON) & said:
            named.append(task)
    return named


def _words(title: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(title)}


def _drop_latest_card(ctx: Context) -> list[Reply]:
    mine = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    return discard(ctx, str(mine[-1].id)) if mine else []


def _joined(replies: list[Reply]) -> list[Reply]:
    """The new messages to this chat as one; edits and messages to others as they are."""
    here = [r for r in replies if r.to is None and r.edit is None and not r.buttons]
    rest = [r for r in replies if r not in here]
    if len(here) < 2:
        return replies
    return [Reply("\n".join(r.text for r in here)), *rest]
