"""A waiting card named by its whole title: "scrap 'the shoot' card" means the card "The shoot",
never a saved task that only has "shoot" among its words."""

from __future__ import annotations

from flowhub.skills.context import Context
from flowhub.skills.refer import tokens
from flowhub.storage import Proposal, proposals

__all__ = ["waiting_card_titled"]


def waiting_card_titled(ctx: Context, phrase: str) -> Proposal | None:
    """The sender's one waiting card in this chat whose title is `phrase`, word for word."""
    said = tokens(phrase)
    if not said:
        return None
    found = [
        card
        for card in proposals.get_pending_proposals(
            session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
        )
        if tokens(card.title) == said
    ]
    return found[0] if len(found) == 1 else None
