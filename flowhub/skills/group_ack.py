"""Which card a bare "ok", "yes" or "👍" answers in a group, if any.

In a group "ok" is mostly chat between people, so a bare answer counts only when it comes from
the card's requester (or, for a yes, from the person the card names) and the card is the newest
one waiting in the chat. Right after the card that is enough; later, up to the time a
conversation flow lasts, only while nobody else has said anything in the chat since the card.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from flowhub.skills.assign import is_named
from flowhub.skills.context import Context
from flowhub.storage import Proposal, proposals, state

# An answer this soon after its card is about the card, whatever was said in between.
_RIGHT_AFTER = timedelta(minutes=5)
# As long as a conversation flow lasts (`flowhub.conversations` lets one lapse after 30 minutes).
_STILL_ON = timedelta(minutes=30)
_NO = re.compile(r"^\s*(?:no|nope|nah|cancel|discard|drop|👎|❌)\b", re.I)


def answered_card(ctx: Context, text: str) -> Proposal | None:
    """The card the sender's bare answer `text` in this group is about, or None for chat."""
    if ctx.chat.kind != "group":
        return None
    pending = proposals.get_chat_pending_proposals(session=ctx.session, chat_id=ctx.chat_id)
    if not pending:
        return None
    card = max(pending, key=lambda p: (_utc(p.updated_at), p.id or 0))
    requester = card.person_id == ctx.person_id
    named = bool(card.assignee_name) and is_named(ctx.person, card.assignee_name or "")
    if not (requester or (named and not _NO.match(text))):
        return None
    shown = _utc(card.updated_at)
    age = ctx.now - shown
    if age <= _RIGHT_AFTER:
        return card
    if age > _STILL_ON:
        return None
    since = state.get_people_since(session=ctx.session, chat_id=ctx.chat_id, since=shown)
    return None if set(since) - {ctx.person_id} else card


def _utc(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)
