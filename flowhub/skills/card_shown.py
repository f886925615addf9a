"""Showing a card again after an edit: in place, or anew where an in-place change goes unseen."""

from __future__ import annotations

from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills.capture import card_message_id, card_reply
from flowhub.skills.context import Context
from flowhub.skills.edit_saved import card_said
from flowhub.storage import Proposal, id_of, outbox


def card_shown(ctx: Context, proposal: Proposal, fields: dict[str, object]) -> Reply:
    """The changed card: edited in place, or, in a private chat after a typed change or where
    other messages came after it, shown again below with a line saying what changed (an edit
    above the person's own message goes unseen there; a group keeps one card)."""
    old_card = card_message_id(ctx, id_of(proposal))
    # Typed below the card; a reply to the card itself (or a form saved on it) edits it there.
    typed = ctx.event.kind == "text" and ctx.event.reply_to != old_card
    if (
        old_card is not None
        and ctx.chat.kind == "direct"
        and (typed or not card_is_last(ctx, proposal))
    ):
        card = card_reply(ctx, proposal)
        return replace(card, text=f"{card_said(ctx, proposal, fields)}\n{card.text}")
    return card_reply(ctx, proposal, edit=old_card)


def card_changed(ctx: Context, proposal: Proposal, fields: dict[str, object]) -> list[Reply]:
    """`card_shown`, and in a group a typed change to the card kept in place is also said in a
    line below, so that everyone there sees what changed."""
    shown = card_shown(ctx, proposal, fields)
    if shown.edit is None or ctx.chat.kind == "direct" or ctx.event.kind != "text":
        return [shown]
    return [shown, Reply(card_said(ctx, proposal, fields))]


def card_is_last(ctx: Context, proposal: Proposal) -> bool:
    """Whether the card is still the newest thing the bot said in its chat."""
    row = outbox.get_latest_outbox_by_ref(session=ctx.session, ref=f"proposal:{id_of(proposal)}")
    if row is None or row.id is None:
        return False
    later = outbox.get_outbox_messages(
        session=ctx.session, platform=row.platform, chat=row.chat, after_id=row.id, limit=1
    )
    return not later
