"""A typed yes to the bot's own question that has one button presses that button.

"Sounds like “Fix the boiler” is done. Tick it off? [✔️ Mark done]", answered "yes" or "ja klar",
ticks it off, as tapping the button would; a 👍 that changes nothing would leave it open.
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import col, select

from flowhub.connectors import Reply
from flowhub.skills import confirm_said, reply_words
from flowhub.skills.context import Context
from flowhub.storage import Outbox, inbox

# A yes this long after the question still answers it, if the bot said nothing since.
_STILL_ASKED = timedelta(minutes=30)
_QUESTION_MARKS = ("?", "؟", "？")


def handle(ctx: Context) -> list[Reply] | None:
    """Press the one button of the bot's last message here when it asked and was answered yes."""
    text = ctx.event.text.strip()
    if not (reply_words.agrees(text) or confirm_said.says_yes(text, ctx.person.locale)):
        return None
    last = ctx.session.exec(
        select(Outbox)
        .where(Outbox.platform == ctx.event.platform, Outbox.chat == ctx.event.chat)
        .order_by(col(Outbox.id).desc())
        .limit(1)
    ).first()
    if last is None or not _asks_once(last) or _asked_someone_else(ctx, last):
        return None
    created = (
        last.created_at
        if last.created_at.tzinfo
        else last.created_at.replace(tzinfo=ctx.now.tzinfo)
    )
    if ctx.now - created > _STILL_ASKED:
        return None
    from flowhub.skills import BUTTON_ACTIONS  # the registry holds this skill too

    button_id = str(last.reply["buttons"][0][0])
    action, _, arg = button_id.partition(":")
    handler = BUTTON_ACTIONS.get(action)
    return handler(ctx, arg) if handler is not None else None


def _asks_once(row: Outbox) -> bool:
    """Whether a sent reply is a question with exactly one button, not an edit of a card."""
    reply = row.reply or {}
    said = str(reply.get("text") or "").rstrip()
    return (
        not reply.get("edit")
        and len(reply.get("buttons") or []) == 1
        and said.endswith(_QUESTION_MARKS)
    )


def _asked_someone_else(ctx: Context, row: Outbox) -> bool:
    """Whether the question answered another person's message (in a group)."""
    if row.source_event_id is None:
        return False
    asked = inbox.get_inbox_event(session=ctx.session, event_id=row.source_event_id)
    return asked is not None and asked.sender_id != ctx.event.sender_id
