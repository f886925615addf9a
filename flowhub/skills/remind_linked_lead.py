"""A lead time said right after a task: "remind me 30 minutes before", "and ping me an hour before".

It means a reminder that long before the task just saved or shown (a card still waiting is saved
first, as a yes would). Said of every task ("always remind me 30 min before", "remind me an hour
before for all tasks") it is the person's lead time, as the settings read it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, timedelta

from flowhub.connectors import Reply
from flowhub.skills import remind_words, settings
from flowhub.skills.assign_reply import waits_for
from flowhub.skills.capture import confirm_proposal
from flowhub.skills.capture_before import ahead_asked, remind_ahead
from flowhub.skills.context import Context
from flowhub.skills.refer import last_target
from flowhub.storage import Task, access, proposals

__all__ = ["handle"]

# Words that say the lead is for every task, not the one just talked about.
_ALWAYS = re.compile(
    r"\b(?:always|from\s+now\s+on|by\s+default|in\s+general|generally|every\s+time"
    r"|(?:for\s+)?(?:all|every|each)\s+(?:of\s+)?(?:my\s+)?(?:tasks?|reminders?|things?)"
    r"|(?:for\s+)?everything)\b",
    re.I,
)
# What else the message may hold beside the lead: softeners and joining words only.
_SOFT = re.compile(
    r"^(?:(?:ok(?:ay)?|oh|and|also|then|too|as\s+well|please|pls|plz|thanks|thx|ty|cheers"
    r"|great|cool|perfect|nice|hmm+|oh\s+and|for\s+(?:it|that|this(?:\s+one)?)"
    r"|about\s+(?:it|that|this(?:\s+one)?))\b[\s,.!]*)+$",
    re.I,
)
_NAMED = re.compile(r"\b(?:about|of|for|re)\s+(?!all\b|every\b|each\b)\w", re.I)
_LATELY = timedelta(minutes=30)


def handle(ctx: Context) -> list[Reply] | None:
    """Set the reminder before the task in view, or the lead for every task; None otherwise."""
    text = " ".join(ctx.text.split())
    if _ALWAYS.search(text):
        said = " ".join(_ALWAYS.sub(" ", text).split())
        said = re.sub(r"\s*\b(?:for|and)\s*(?=[.!]*$)", "", said)
        return settings.handle(replace(ctx, text=said)) if ahead_asked(said) else None
    ahead = ahead_asked(text)
    if ahead is None:
        return None
    if _NAMED.search(text):
        return None  # "remind me about it 3 hours before": the task reminder's own reading
    rest = text.replace(ahead, " ").strip(" ,.!")
    if rest and not _SOFT.match(rest):
        return None
    target = last_target(ctx)
    if target is None:
        return None
    kind, ident = target
    if kind == "card":
        card = proposals.get_proposal(session=ctx.session, proposal_id=ident)
        if card is None or card.status != "pending":
            return None
        replies = confirm_proposal(ctx, card)
        saved = proposals.get_proposal(session=ctx.session, proposal_id=ident)
        task = _task(ctx, saved.task_id if saved is not None else None)
        return [*replies, *_before(ctx, task, ahead)] if task is not None else replies
    if kind != "task":
        return None
    task = _task(ctx, ident)
    if task is None or task.status != "open" or waits_for(ctx, task) or not _lately(ctx, task):
        return None
    return _before(ctx, task, ahead)


def _task(ctx: Context, task_id: int | None) -> Task | None:
    if task_id is None:
        return None
    return access.get_task(session=ctx.session, task_id=task_id, viewer=ctx.viewer)


def _lately(ctx: Context, task: Task) -> bool:
    """Whether the task was saved or shown a short while ago, so the lead is about it."""
    made = task.created_at.replace(tzinfo=task.created_at.tzinfo or UTC)
    seen = ctx.thread.seen_at()
    if seen is not None and seen.tzinfo is None:
        seen = seen.replace(tzinfo=UTC)
    return ctx.now - made <= _LATELY or (seen is not None and ctx.now - seen <= _LATELY)


def _before(ctx: Context, task: Task, ahead: str) -> list[Reply]:
    set_now = remind_ahead(ctx, task, ahead)
    if set_now:
        return set_now
    if task.due_at is None:
        return [Reply(remind_words.BEFORE_NO_DUE.format(title=task.title))]
    return [Reply(remind_words.BEFORE_PAST.format(when=ahead, title=task.title))]
