"""A yes to the waiting card that asks for a reminder before it: "yes, and remind me the day
before", "yep save it and remind me the day before", "ok sure, remind me a day before".

The sender's newest card here is saved and the reminder set before its task; a card with no day
is saved and the answer says the reminder needs one. Said again once the card is saved, it sets
the reminder on the task just saved. Never a card titled "The day".
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta

from flowhub.connectors import Reply
from flowhub.skills import remind_words
from flowhub.skills.assign_reply import waits_for
from flowhub.skills.capture import confirm_proposal
from flowhub.skills.capture_before import ahead_asked, remind_ahead
from flowhub.skills.confirm_said import newest_card
from flowhub.skills.context import Context
from flowhub.skills.refer import last_target
from flowhub.storage import Task, access, proposals

__all__ = ["handle"]

# Everything else the message may say: a yes, a save, and the words joining them.
_YES = re.compile(
    r"^(?:(?:yes|yep|yeah|yup|ya|ok(?:ay)?|sure|fine|great|perfect|cool|please|pls|and|also"
    r"|then|too|as\s+well|save(?:\s+(?:it|that|this)(?:\s+one)?)?|confirm(?:\s+(?:it|that))?"
    r"|go\s+ahead|sounds\s+good|looks\s+good|do\s+it)\b[\s,.!]*)+$",
    re.I,
)
_SAVED_LATELY = timedelta(minutes=30)


def handle(ctx: Context) -> list[Reply] | None:
    """Save the card and set the reminder before it; None for any other message."""
    text = " ".join(ctx.text.split())
    ahead = ahead_asked(text)
    if ahead is None:
        return None
    rest = text.replace(ahead, " ").strip(" ,.!")
    if rest and not _YES.match(rest):
        return None
    if not rest:
        return None  # "remind me the day before" alone is read as before
    card = newest_card(ctx)
    if card is not None:
        replies = confirm_proposal(ctx, card)
        saved = proposals.get_proposal(session=ctx.session, proposal_id=card.id or 0)
        task_id = saved.task_id if saved is not None else None
        task = access.get_task(session=ctx.session, task_id=task_id or 0, viewer=ctx.viewer)
        return [*replies, *_before(ctx, task, ahead)] if task is not None else replies
    task = _just_saved(ctx)
    if task is None or waits_for(ctx, task):
        return None  # a yes to an offer still waiting accepts it first, as its skill does
    return _before(ctx, task, ahead)


def _before(ctx: Context, task: Task, ahead: str) -> list[Reply]:
    set_now = remind_ahead(ctx, task, ahead)
    if set_now:
        return set_now
    if task.due_at is None:
        return [Reply(remind_words.BEFORE_NO_DUE.format(title=task.title))]
    return [Reply(remind_words.BEFORE_PAST.format(when=ahead, title=task.title))]


def _just_saved(ctx: Context) -> Task | None:
    """The open task "it" points at, saved a short while ago."""
    target = last_target(ctx)
    if target is None or target[0] != "task":
        return None
    task = access.get_task(session=ctx.session, task_id=target[1], viewer=ctx.viewer)
    if task is None or task.status != "open":
        return None
    made = task.created_at.replace(tzinfo=task.created_at.tzinfo or UTC)
    return task if ctx.now - made <= _SAVED_LATELY else None
