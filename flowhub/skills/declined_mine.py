"""Taking a declined task back in words, right after hearing of the decline: "fine ill grab it
myself, sat morning", "ok i'll do it myself then, friday", "fine, mine then - tomorrow 8am".

The task is the sender's own one declined most recently, while that news is newer than any card
of theirs waiting here; it becomes theirs again as the "I'll do it" button makes it, and a day or
time said with it moves it there.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills import declined
from flowhub.skills.context import Context
from flowhub.skills.edit_saved import edit_task
from flowhub.skills.edit_words import Change
from flowhub.storage import Task, proposals, tasks

__all__ = ["handle"]

_WINDOW = timedelta(hours=2)
_MOST_WORDS = 16
_MINE = re.compile(
    r"\b(?:my\s*self|mine\s+(?:then|now|after\s+all)|it'?s\s+mine|i'?ll\s+keep\s+it)\b"
    r"|^\W*(?:(?:fine|ok(?:ay)?|ugh|right|alright)\W+)*mine\b"
    r"|\bi(?:'?ll|\s+will)\s+(?:just\s+)?(?:do|take|handle|grab|get|sort|deal\s+with)\s+(?:it|that"
    r"|this)(?:\s+(?:then|instead))?\b",
    re.I,
)
_NOT = re.compile(r"\b(?:not|never|can'?t|cannot|won'?t)\b|n't\b", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Take the task just declined back, at the day said with it; None for other messages."""
    text = " ".join(ctx.text.split())
    if ctx.event.forwarded or "?" in text or len(text.split()) > _MOST_WORDS:
        return None
    if not _MINE.search(text) or _NOT.search(text):
        return None
    task = _just_declined(ctx)
    if task is None:
        return None
    replies = declined.take_back(ctx, str(task.id))
    found = parse_when(text, now=ctx.now, tz=ctx.tz, locale=ctx.person.locale)
    if found is None or found.span is None or task.status != "open":
        return replies
    when = text[found.span[0] : found.span[1]]
    return replies + edit_task(ctx, [task], [Change(target="it", when=when)], "it")


def _just_declined(ctx: Context) -> Task | None:
    """The sender's task declined last, when it is recent and no card of theirs came since."""
    mine = tasks.get_all_tasks(
        session=ctx.session, workspace_id=ctx.workspace_id, creator_id=ctx.person_id
    )
    back = [t for t in mine if t.assignment == "declined" and t.assignee_id is None]
    if not back:
        return None
    task = max(back, key=lambda t: _utc(t.updated_at))
    at = _utc(task.updated_at)
    if ctx.now - at > _WINDOW or task.status != "open":
        return None
    cards = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    return None if any(_utc(p.updated_at) > at for p in cards) else task


def _utc(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)
