"""Who may change a waiting card: the person who asked for it, and the person it is for.

Sam's card "Pay the invoice" for Priya in the group is Priya's to rename or move before it is
saved, by Edit or by a reply; everyone there sees the change said below the card.
"""

from __future__ import annotations

from flowhub.skills.context import Context
from flowhub.storage import Proposal, access

__all__ = ["is_for", "may_change"]


def is_for(ctx: Context, card: Proposal) -> bool:
    """Whether `card` names the sender as the one to do it, and someone else asked for it."""
    from flowhub.skills.assign import is_named  # assign reaches back into the card skills

    named = bool(card.assignee_name) and is_named(ctx.person, card.assignee_name or "")
    return named and card.person_id != ctx.person_id


def may_change(ctx: Context, card: Proposal) -> bool:
    """Whether the sender may change `card` from this chat: its requester or its person."""
    if not access.may_touch_proposal(ctx.viewer, card):
        return False
    return card.person_id == ctx.person_id or is_for(ctx, card)
