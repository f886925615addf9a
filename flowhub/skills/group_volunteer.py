"""Taking on in a group what a colleague just asked the room about.

Sam asks "who's doing the staff xmas party booking btw?"; Ana answers "nah i'll do it, i'm here
anyway. need to book it by the 12th". Neither message is a task alone, together they are Ana's
card "Book the staff xmas party" due the 12th. A question the bot has answered (with a task it
names, or a card of its own still waiting) is left to the claims of what the bot showed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.nlp import asked_who, taken_on
from flowhub.skills import capture
from flowhub.skills.context import Context
from flowhub.storage import InboxEvent, as_utc, id_of, inbox, outbox

__all__ = ["handle", "taken"]

# The question is one of the last few messages, still the one people are talking about.
_LOOK_BACK = 3
_FRESH = timedelta(minutes=30)


def taken(ctx: Context) -> str | None:
    """The task a group message takes on from the question above, as its writer would say it."""
    if ctx.chat.kind != "group" or ctx.inbox_id is None or ctx.event.forwarded:
        return None
    if taken_on(ctx.text, "do it") is None:  # cheap first: does it take anything at all?
        return None
    above = _question_above(ctx)
    if above is None:
        return None
    question, job = above
    if _bot_spoke_since(ctx, question):
        return None
    return taken_on(ctx.text, job)


def handle(ctx: Context) -> list[Reply] | None:
    """A card for the sender of what they take on from the question above; None otherwise."""
    said = taken(ctx)
    if said is None:
        return None
    return capture.handle(replace(ctx, text=said, intent="capture"), gated=False)


def _question_above(ctx: Context) -> tuple[InboxEvent, str] | None:
    """The recent message that asks who does a job, and that job."""
    before_id = ctx.inbox_id
    for _ in range(_LOOK_BACK):
        if before_id is None:
            return None
        above = inbox.get_previous_message(
            session=ctx.session,
            platform=ctx.event.platform,
            account=ctx.event.account,
            chat=ctx.event.chat,
            before_id=before_id,
        )
        if above is None or ctx.now - as_utc(above.received_at) > _FRESH:
            return None
        job = asked_who(above.text or "")
        if job is not None:
            return above, job
        before_id = above.id
    return None


def _bot_spoke_since(ctx: Context, question: InboxEvent) -> bool:
    """Whether the bot's newest message here answers the question or came after it."""
    newest = outbox.latest_posted(
        session=ctx.session, platform=ctx.event.platform, chat=ctx.event.chat, count=1
    )
    row = newest and outbox.get_outbox_by_platform_message(
        session=ctx.session,
        platform=ctx.event.platform,
        chat=ctx.event.chat,
        platform_message_id=newest[0],
    )
    if not row:
        return False
    if row.source_event_id is not None:
        return row.source_event_id >= id_of(question)
    return as_utc(row.created_at) >= as_utc(question.received_at)
