"""An answer to one's own waiting card said in words of another language, clause by clause.

"passa pra Ana e confirma" gives the card to Ana and saves it; "ये सैम को दे दो, नाम रखो रिपोर्ट
भेजना" gives it to Sam and renames it; "не, это удали, я не то имела в виду" drops it; "oke yg
listrik bener, simpen" saves the card about "listrik", not just the newest one. The card is the
one replied to, else the one the words name, else the sender's newest in this chat. Nothing here
becomes a task of its own.
"""

from __future__ import annotations

from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import CardSaid, card_said
from flowhub.skills import confirm_said, words
from flowhub.skills.capture import confirm_proposal, discard
from flowhub.skills.context import Context
from flowhub.skills.refer import match_titles, replied_ref
from flowhub.storage import Proposal, id_of, outbox, proposals

_SAVE = frozenset(["confirm", "save"])
_YES = frozenset(["yes", "ok"])
_DROP = frozenset(["discard", "delete it", "cancel"])
_MOVES = ("move it to ", "no, ")


def handle(ctx: Context) -> list[Reply] | None:
    """Save, drop or change the sender's card as the words say; None when they say no such thing."""
    if ctx.event.kind != "text":
        return None
    said = card_said(ctx.event.text, locale=ctx.person.locale)
    if said is None:
        return None
    if ctx.chat.kind != "direct" and not ctx.event.reply_to and set(said.acts) <= _YES:
        return None  # "ok 👍" in a group answers whoever spoke last, not one's own card
    card = _card(ctx, said)
    if card is None:
        return None
    if _DROP & set(said.acts):
        return discard(ctx, str(id_of(card)))
    replies: list[Reply] = []
    changes = _changes(said)
    for change in changes:
        replies += _edit(ctx, card, change)
    saves = bool(_SAVE & set(said.acts)) or all(act in _YES for act in said.acts)
    if changes and not replies:
        # never a card titled "Assign to …": what could not be changed is said so
        return [Reply(words.EDIT_NOT_UNDERSTOOD.format(text=ctx.event.text.strip()))]
    if not saves:
        return replies or None
    card = proposals.get_proposal(session=ctx.session, proposal_id=id_of(card))
    if card is None or card.status != "pending":
        return replies or None
    return [*replies, *confirm_proposal(ctx, card)]


def _changes(said: CardSaid) -> list[str]:
    """The edits the words ask for, as English commands: the person, the title, then the time."""
    people = [act for act in said.acts if act.startswith("assign to ")]
    titles = [act for act in said.acts if act.startswith("title: ")]
    when = " ".join(
        act.split(lead, 1)[1] for act in said.acts for lead in _MOVES if act.startswith(lead)
    )
    return [*people[-1:], *titles[-1:], *([f"move it to {when}"] if when else [])]


def _card(ctx: Context, said: CardSaid) -> Proposal | None:
    """The card the words answer: the one replied to, else the one named, else the newest."""
    kind, number = replied_ref(ctx)
    if ctx.event.reply_to:
        if kind != "proposal" or not number.isdigit():
            return None
        card = proposals.get_proposal(session=ctx.session, proposal_id=int(number))
        return card if card is not None and _own_waiting(ctx, card) else None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if said.about:
        named = match_titles(said.about, pending)
        return named[0] if len(named) == 1 else None
    return confirm_said.newest_card(ctx)


def _own_waiting(ctx: Context, card: Proposal) -> bool:
    return (
        card.status == "pending" and card.chat_id == ctx.chat_id and card.person_id == ctx.person_id
    )


def _edit(ctx: Context, card: Proposal, change: str) -> list[Reply]:
    """One change made to `card` the way a reply to it in English would make it."""
    from flowhub.skills import edit  # edit reaches back into the skills that import this

    event = ctx.event
    newest = confirm_said.newest_card(ctx)
    if not event.reply_to and (newest is None or id_of(newest) != id_of(card)):
        # the card the words name is not the newest: the edit is said as a reply to it
        ref = f"proposal:{id_of(card)}"
        shown = outbox.get_latest_outbox_by_ref(session=ctx.session, ref=ref)
        if shown is None or not shown.platform_message_id:
            return []
        event = replace(event, reply_to=shown.platform_message_id)
    return edit.handle(replace(ctx, event=event, text=change, intent="edit")) or []
