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
from flowhub.skills.due import CLOCK_GRAINS, Dated
from flowhub.skills.format import proposal_card, when_text
from flowhub.storage import Person, Proposal, people

__all__ = ["card_text", "due_words", "reader_label", "shared_zone"]

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
    requester = _person(ctx, requester_id)
    own = requester.timezone if requester else ctx.tz
    tz = said_tz if said_tz and is_zone(said_tz) else own
    around = _people_around(ctx, requester)
    instant = at or ctx.now
    if len({_offset(p.timezone, instant) for p in around} | {_offset(tz, instant)}) < 2:
        return tz, None
    return tz, _label(requester, tz, instant)


def due_words(
    ctx: Context, item: Dated, *, requester_id: int | None, reader: Person | None = None
) -> str:
    """A saved due in words for this chat, or for `reader`'s private chat when given.

    A private reader sees their own clock, and the time it was set in when that differs:
    "Mon 7 Dec, 04:00 your time, 10:00 Ana's time". A group sees the shared zone and label, and
    the speaker's own clock in brackets when it differs: "Wed 9 Dec, 15:00 Sam's time (Thu 10
    Dec, 01:30 yours)".
    """
    if item.due_at is None:
        return ""
    at, grain = item.due_at, item.due_grain
    if reader is not None or ctx.chat.kind != "group":
        tz = reader.timezone if reader is not None else ctx.tz
        shown = when_text(at, grain, tz, item.due_tz)
        said = item.due_tz if item.due_tz and is_zone(item.due_tz) else tz
        if grain not in CLOCK_GRAINS or _offset(said, at) == _offset(tz, at):
            return shown
        their = _label(_person(ctx, requester_id), said, at)
        theirs = _short(when_text(at, grain, said), shown)
        return words.ZONE_THEIRS.format(when=shown, theirs=theirs, label=their)
    tz, label = shared_zone(ctx, requester_id, item.due_tz, at=at)
    shown = when_text(at, grain, tz, item.due_tz)
    if grain not in CLOCK_GRAINS or label is None:
        return shown
    if _offset(ctx.tz, at) == _offset(tz, at):
        return f"{shown} {label}"
    yours = _short(when_text(at, grain, ctx.tz), shown)
    return words.ZONE_BOTH.format(when=shown, label=label, yours=yours)


def reader_label(ctx: Context) -> str | None:
    """ "Priya's time" for the asker's own clock times in a group whose readers span zones."""
    if ctx.chat.kind != "group":
        return None
    if len({_offset(p.timezone, ctx.now) for p in _people_around(ctx, None)}) < 2:
        return None
    return words.ZONE_PERSON.format(name=ctx.person.display_name.split(" ")[0])


def _short(other: str, shown: str) -> str:
    """ "15:00" rather than "Mon 7 Dec, 15:00" when both fall on the same day."""
    day, _, clock = other.rpartition(", ")
    return clock if day and shown.startswith(day + ",") else other


def _person(ctx: Context, person_id: int | None) -> Person | None:
    return people.get_person(session=ctx.session, person_id=person_id) if person_id else None


def _label(requester: Person | None, tz: str, at: datetime) -> str:
    """ "Ana's time" when `tz` is the requester's clock, else "Kolkata time"."""
    if requester is not None and _offset(requester.timezone, at) == _offset(tz, at):
        return words.ZONE_PERSON.format(name=requester.display_name.split(" ")[0])
    return words.ZONE_CITY.format(city=tz.rsplit("/", 1)[-1].replace("_", " "))


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
