"""Whether "undo" means the last change kept for it: not when the sender said something since
that changed nothing ("planten hebben water gehad" that found no task, then "zet maar terug")."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from flowhub.connectors import Reply
from flowhub.i18n import Text
from flowhub.skills import edit_words, undo_said
from flowhub.skills.context import Context
from flowhub.storage import access, proposals

HELD_BACK = Text(
    "Your last message didn't change anything, so nothing was undone. The change before it was "
    "to “{title}”: say “undo” again to take that back."
)
NOTHING_CHANGED = Text("Your last message didn't change anything, so nothing was undone.")
# Chat that asks for nothing: "thanks", "ok", "👍", "lol".
_CHAT = re.compile(
    r"^\W*(?:thanks?|thank\s+you|thx|ty|ok(?:ay)?|cool|great|nice|perfect|lol|haha\w*|hm+"
    r"|oops|wait|hmm+|ugh|sorry|yes|yep|no|nope)?[\W\s]*$",
    re.I,
)


def stop(ctx: Context, last: dict[str, Any] | None) -> list[Reply] | None:
    """Why "undo" reverts nothing now, or None when it reverts `last`."""
    if not last:
        return [Reply(edit_words.NOTHING_RECENT)]
    if last.get("held") or not said_since(ctx, last):
        return None
    ctx.thread.undo = {**last, "held": True}  # a second "undo" takes the older change back
    return [Reply(held_back(ctx, last))]


def said_since(ctx: Context, last: dict[str, Any]) -> bool:
    """Whether the sender sent another message in this chat after the change `last` kept."""
    at = _when(last.get("at"))
    above = ctx.message_above()
    if at is None or above is None or above.sender_id != ctx.event.sender_id:
        return False
    if _CHAT.match(above.text or ""):
        return False
    if undo_said.says_undo(above.text or "", ctx.person.locale):
        return False  # "…, annule" that undid nothing, then "annule": the same ask again
    return _utc(above.received_at) > at


def held_back(ctx: Context, last: dict[str, Any]) -> str:
    """What to say when the kept change is older than the sender's last message."""
    title = _title(ctx, last)
    return HELD_BACK.format(title=title) if title else str(NOTHING_CHANGED)


def _title(ctx: Context, last: dict[str, Any]) -> str:
    for snap in last.get("tasks") or []:
        task = access.get_task(session=ctx.session, task_id=int(snap["id"]), viewer=ctx.viewer)
        if task is not None:
            return task.title
    for snap in last.get("cards") or []:
        card = proposals.get_proposal(session=ctx.session, proposal_id=int(snap["id"]))
        if card is not None:
            return card.title
    for snap in last.get("reminders") or []:
        reminder = access.get_reminder(
            session=ctx.session, reminder_id=int(snap["id"]), viewer=ctx.viewer
        )
        if reminder is not None:
            return reminder.text
    return ""


def _when(value: object) -> datetime | None:
    try:
        return _utc(datetime.fromisoformat(str(value))) if value else None
    except ValueError:
        return None


def _utc(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)
