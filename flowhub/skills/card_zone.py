"""Which zone a card's clock times read in, and whose time to call it.

A card in a group is one message everyone reads, whoever pressed its button last: its times stay
in one zone, the zone its time was said in (else its requester's), and carry a short label
("Ana's time") when the people around it live in different zones. A direct chat is one person's,
so its cards read in that person's zone, unlabelled.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from flowhub.settings import is_zone
from flowhub.skills import words
from flowhub.skills.context import Context
from flowhub.skills.format import proposal_card
from flowhub.storage import Person, Proposal, people

__all__ = ["card_text", "shared_zone"]

_NEIGHBOURS = 50


def card_text(ctx: Context, proposal: Proposal) -> str:
    """The card of `proposal` as it should read in this chat."""
    if ctx.chat.kind != "group":
        return proposal_card(proposal, viewer_tz=ctx.tz, now=ctx.now)
    tz, label = shared_zone(ctx, proposal.person_id, proposal.due_tz, at=proposal.due_at)
    return proposal_card(proposal, viewer_tz=tz, now=ctx.now, zone_label=label)


def shared_zone(
    ctx: Context, requester_id: int | None, said_tz: str | None, *, at: datetime | None
) -> tuple[str, str | None]:
    """The zone a group message about a due shows it in, and the label its clock times carry."""
    requester = (
        people.get_person(session=ctx.session, person_id=requester_id) if requester_id else None
    )
    own = requester.timezone if requester else ctx.tz
    tz = said_tz if said_tz and is_zone(said_tz) else own
    around = _people_around(ctx, requester)
    instant = at or ctx.now
    if len({_offset(p.timezone, instant) for p in around} | {_offset(tz, instant)}) < 2:
        return tz, None
    if requester is not None and _offset(own, instant) == _offset(tz, instant):
        return tz, words.ZONE_PERSON.format(name=requester.display_name.split(" ")[0])
    return tz, words.ZONE_CITY.format(city=tz.rsplit("/", 1)[-1].replace("_", " "))


def _people_around(ctx: Context, requester: Person | None) -> list[Person]:
    """Who reads this group: its members, else the workspace's first people, and the asker."""
    found = people.get_group_members(session=ctx.session, chat_ids=[ctx.chat_id])
    if len(found) < 2:  # a group nobody else has written in yet
        found = people.get_workspace_people(
            session=ctx.session, workspace_id=ctx.workspace_id, limit=_NEIGHBOURS
        )
    return [*found, ctx.person, *([requester] if requester else [])]


def _offset(tz: str, at: datetime) -> object:
    zone = ZoneInfo(tz) if is_zone(tz) else ZoneInfo("UTC")
    return at.astimezone(zone).utcoffset()
