"""Taking on, in a reply, a task nobody has: "I'll do the Hoffmann call monday".

The reply goes to the message that said the task ("btw someone needs to call Dr. Hoffmann's
office re the referral for Lena Wolf") or to its card. The card of that message becomes the
replier's, on the day they name, and is saved; a message with no card gives its task, as its
author said it, to the replier.
"""

from __future__ import annotations

import re
from dataclasses import replace
from zoneinfo import ZoneInfo

from sqlmodel import select

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills import capture
from flowhub.skills.context import Context
from flowhub.skills.refer import replied_ref
from flowhub.storage import InboxEvent, Proposal, inbox, proposals

__all__ = ["take_replied"]

_TAKES = re.compile(
    r"^\W*(?:(?:ok|okay|sure|fine|yes|yep|yeah|alright|np|no\s+worries)[\s,!.]+)*"
    r"(?:i'?ll|i\s+will|i\s+can|i\s+could|let\s+me|i'?m\s+on|i\s+got|i'?ve\s+got|leave\s+it\s+to\s+me)"
    r"\b(?P<rest>.*)$",
    re.I | re.S,
)
_NOT_TAKING = re.compile(r"\b(?:not|n't|never|maybe|later\s+if|if\s+i)\b", re.I)
_WORD = re.compile(r"[^\W\d_]{4,}")
_SHOWN_ID = re.compile(r"^in-(\d+)$")


def take_replied(ctx: Context) -> list[Reply] | None:
    """Save the replied-to task as the sender's; None when the reply takes nothing on."""
    m = _TAKES.match(ctx.text.strip())
    if m is None or _NOT_TAKING.search(ctx.text) or not ctx.event.reply_to:
        return None
    said = _said_message(ctx)
    cards = _open_cards(ctx, said)
    if not cards:
        return _from_message(ctx, said, m["rest"]) if said is not None else None
    card = _best(cards, ctx.text)
    if card is None or card.person_id == ctx.person_id:
        return None
    changes: dict[str, object] = {"assignee_name": ctx.person.display_name}
    when = parse_when(m["rest"], now=ctx.now, tz=ctx.tz)
    if when is not None and not when.rrule:
        changes |= {
            "due_at": when.start.astimezone(ZoneInfo("UTC")),
            "due_grain": when.grain,
            "due_tz": ctx.tz,
        }
    proposals.update_proposal(session=ctx.session, proposal=card, now=ctx.now, **changes)
    return capture.confirm_proposal(ctx, card)


def _said_message(ctx: Context) -> InboxEvent | None:
    """The person's message replied to, or the one whose card was replied to."""
    kind, number = replied_ref(ctx)
    if kind == "proposal" and number.isdigit():
        card = proposals.get_proposal(session=ctx.session, proposal_id=int(number))
        if card is None or card.source_event_id is None:
            return None
        return inbox.get_inbox_event(session=ctx.session, event_id=card.source_event_id)
    if kind:
        return None
    reply_to = ctx.event.reply_to or ""
    found = inbox.get_inbox_event_by_message(
        session=ctx.session,
        platform=ctx.event.platform,
        account=ctx.event.account,
        message_id=reply_to,
    )
    shown = _SHOWN_ID.match(reply_to)
    if found is None and shown is not None:  # the playground shows a message by its row
        found = inbox.get_inbox_event(session=ctx.session, event_id=int(shown[1]))
    return found if found is not None and found.chat == ctx.event.chat else None


def _open_cards(ctx: Context, said: InboxEvent | None) -> list[Proposal]:
    """The waiting cards of `said` that nobody has yet."""
    if said is None:
        return []
    return [
        card
        for card in proposals.get_chat_pending_proposals(session=ctx.session, chat_id=ctx.chat_id)
        if card.source_event_id == said.id and not card.assignee_name
    ]


def _best(cards: list[Proposal], text: str) -> Proposal | None:
    """The one card the reply is about: the only one, or the one sharing most words with it."""
    if len(cards) == 1:
        return cards[0]
    said = {w.casefold() for w in _WORD.findall(text)}
    scored = sorted(
        ((len(said & {w.casefold() for w in _WORD.findall(c.title)}), c) for c in cards),
        key=lambda s: -s[0],
    )
    return scored[0][1] if scored[0][0] > scored[1][0] else None


def _had_cards(ctx: Context, said: InboxEvent) -> bool:
    """Whether `said` already gave cards, whatever became of them."""
    found = ctx.session.exec(select(Proposal.id).where(Proposal.source_event_id == said.id))
    return found.first() is not None


def _from_message(ctx: Context, said: InboxEvent, rest: str) -> list[Reply] | None:
    """A card for the task of the replied-to message, the sender's, on the day they name."""
    if said.sender_id == ctx.event.sender_id or not said.text.strip() or _had_cards(ctx, said):
        return None  # a card of it was already answered: taking it on is not a new task
    drafts = ctx.extract(said.text, now=ctx.now, tz=ctx.tz, sender=None)
    if len(drafts) != 1 or drafts[0].assignee:
        return None
    title = drafts[0].title
    when = parse_when(rest, now=ctx.now, tz=ctx.tz)
    day = rest[when.span[0] : when.span[1]] if when is not None else ""
    text = f"I'll {title[:1].lower()}{title[1:]} {day}".strip()
    return capture.handle(replace(ctx, text=text, intent="capture"))
