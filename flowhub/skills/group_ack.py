"""Which card a bare "ok", "yes" or "👍" answers in a group, if any.

In a group "ok" is mostly chat between people, so a bare answer counts only when it comes from
the card's requester (or, for a yes, from the person the card names) and the card is the newest
one waiting in the chat. Right after the card that is enough; later, up to the time a
conversation flow lasts, only while nobody else has said anything in the chat since the card.
A yes from the one person a waiting card names is about that card, among any number waiting.
A reply to a card answers that card, whenever it comes.
"""

from __future__ import annotations

import re
from datetime import timedelta

from flowhub.skills.assign import is_named
from flowhub.skills.context import Context
from flowhub.skills.refer import replied_ref
from flowhub.storage import Proposal, as_utc, proposals, state

# An answer this soon after its card is about the card, whatever was said in between.
_RIGHT_AFTER = timedelta(minutes=5)
# As long as a conversation flow lasts (`flowhub.conversations` lets one lapse after 30 minutes).
_STILL_ON = timedelta(minutes=30)
_NO = re.compile(r"^\s*(?:no|nope|nah|cancel|discard|drop|👎|❌)\b", re.I)


def answered_card(ctx: Context, text: str) -> Proposal | None:
    """The card the sender's bare answer `text` in this group is about, or None for chat."""
    if ctx.chat.kind != "group":
        return None
    if ctx.event.reply_to:  # a reply says which card it answers, whenever it comes
        card = replied_card(ctx)
        return card if card is not None and _may_answer(ctx, card, text) else None
    pending = proposals.get_chat_pending_proposals(session=ctx.session, chat_id=ctx.chat_id)
    if not pending:
        return None
    card = max(pending, key=lambda p: (as_utc(p.updated_at), p.id or 0))
    for_me = [p for p in pending if p.person_id != ctx.person_id and _names_sender(ctx, p)]
    if len(for_me) == 1 and not _NO.match(text):
        card = for_me[0]  # "yep" from the one person a waiting card names, among several cards
        if ctx.now - as_utc(card.updated_at) <= _STILL_ON:
            return card
    if not _may_answer(ctx, card, text):
        return None
    shown = as_utc(card.updated_at)
    age = ctx.now - shown
    if age <= _RIGHT_AFTER:
        return card
    if age > _STILL_ON:
        return None
    since = state.get_people_since(session=ctx.session, chat_id=ctx.chat_id, since=shown)
    return None if set(since) - {ctx.person_id} else card


def replied_card(ctx: Context) -> Proposal | None:
    """The pending card the message replies to, if it replies to one."""
    kind, number = replied_ref(ctx)
    if kind != "proposal" or not number.isdigit():
        return None
    card = proposals.get_proposal(session=ctx.session, proposal_id=int(number))
    return card if card is not None and card.status == "pending" else None


def _may_answer(ctx: Context, card: Proposal, text: str) -> bool:
    """The card's requester answers it either way; the person it names only says yes."""
    if card.chat_id != ctx.chat_id:
        return False
    if card.person_id == ctx.person_id:
        return True
    return _names_sender(ctx, card) and not _NO.match(text)


def _names_sender(ctx: Context, card: Proposal) -> bool:
    return bool(card.assignee_name) and is_named(ctx.person, card.assignee_name or "")
