"""A person's name said alone to a card just shown gives the card to that person.

"Sam", "to Priya", "Прие", "Сэму", "Priya'ya", "Sam'e", "a Priya", "für Sam", "aan Sam",
"untuk Priya", "priya ko", "لبريا": the sender's card shown last in this chat (or the one the
message replies to) goes to that person and is shown again; nothing is saved yet.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flowhub.connectors import Reply
from flowhub.nlp import names_alone
from flowhub.skills.context import Context
from flowhub.skills.edit import edit_card
from flowhub.skills.edit_words import Change
from flowhub.skills.refer import replied_ref
from flowhub.storage import Person, Proposal, id_of, people, proposals

__all__ = ["handle"]

# A card shown longer ago than this is no longer what a bare name talks to.
_RECENT = timedelta(minutes=30)


def handle(ctx: Context) -> list[Reply] | None:
    """Give the card just shown to the person the message names alone; None otherwise."""
    said = names_alone(ctx.text)
    if not said:
        return None
    card = _card(ctx)
    if card is None:
        return None
    person = _person(ctx, said)
    if person is None:
        return None
    return edit_card(ctx, card, [Change(target="it", assignee=person.display_name)])


def _person(ctx: Context, said: tuple[str, ...]) -> Person | None:
    """The one workspace person the first spelling that names anyone names."""
    for name in said:
        found = people.find_people_by_name(
            session=ctx.session, workspace_id=ctx.workspace_id, name=name
        )
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _card(ctx: Context) -> Proposal | None:
    """The sender's waiting card the message replies to, else the one card shown last here."""
    kind, number = replied_ref(ctx)
    if kind == "proposal" and number.isdigit():
        found = proposals.get_proposal(session=ctx.session, proposal_id=int(number))
        mine = found is not None and found.person_id == ctx.person_id
        return found if mine and found is not None and found.status == "pending" else None
    seen = ctx.thread.last_seen()
    if seen is None or seen[0] != "cards" or len(seen[1]) != 1:
        return None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    shown = [p for p in pending if id_of(p) == seen[1][0]]
    if len(shown) != 1 or ctx.now - _aware(shown[0].updated_at or shown[0].created_at) > _RECENT:
        return None
    return shown[0]


def _aware(at: datetime | None) -> datetime:
    if at is None:
        return datetime.min.replace(tzinfo=UTC)
    return at if at.tzinfo else at.replace(tzinfo=UTC)
