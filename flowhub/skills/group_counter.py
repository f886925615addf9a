"""Another day asked for in the group by the person a request names: "can it be thursday
instead?", "could we do wednesday instead? tomorrow's packed". It is no decline: the request
stays theirs and its requester is offered the move, for a saved task as any counter-offer is,
for a card still waiting with a button that moves the card."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from flowhub.connectors import Button, Reply
from flowhub.i18n import localized
from flowhub.nlp import When
from flowhub.skills import assign_counter, group_claim, group_words
from flowhub.skills.assign import is_named
from flowhub.skills.assign_counter_day import asked_day
from flowhub.skills.assign_counter_words import MOVE_LABEL
from flowhub.skills.capture import card_reply, load_pending
from flowhub.skills.card_zone import due_words
from flowhub.skills.context import Context
from flowhub.skills.due import CLOCK_GRAINS
from flowhub.skills.refer import replied_ref
from flowhub.storage import Proposal, Task, as_utc, outbox, people, proposals, tasks

__all__ = ["found", "handle", "move_button"]

_MAX_WORDS = 18
_FRESH = timedelta(hours=2)
_BUTTON = "cday"


@dataclass
class _Dated:
    """A due date not yet on any card, shown the way a card's is."""

    due_at: datetime | None
    due_grain: str | None
    due_tz: str | None


def found(ctx: Context, text: str) -> Proposal | Task | None:
    """The waiting card or saved task asked of the sender that `text` asks another day for."""
    if ctx.chat.kind != "group" or _day(ctx, text) is None:
        return None
    return _card(ctx) or _task(ctx)


def handle(ctx: Context) -> list[Reply] | None:
    """Offer the requester the day the person asked asks for, instead of reading a no."""
    asked = found(ctx, ctx.text)
    if isinstance(asked, Task):
        return assign_counter.offer(ctx, asked, ctx.text)
    day = _day(ctx, ctx.text)
    if asked is None or day is None:
        return None
    start = day.start.astimezone(UTC)
    requester = people.get_person(session=ctx.session, person_id=asked.person_id)
    shown = _Dated(due_at=start, due_grain=day.grain, due_tz=ctx.tz)
    said = group_words.COUNTER_CARD.format(
        who=ctx.person.display_name,
        title=asked.title,
        when=due_words(ctx, shown, requester_id=asked.person_id),
        requester=requester.display_name.split(" ")[0] if requester else "?",
    )
    stamp = _stamp(ctx, start, day.grain)
    button = Button(f"{_BUTTON}:{asked.id}.{stamp}", localized(MOVE_LABEL))
    return [Reply(said, buttons=(button,), ref=f"counter-card:{asked.id}")]


def move_button(ctx: Context, arg: str) -> list[Reply]:
    """The card's requester moves the waiting card to the day asked for."""
    card_arg, _, stamp = arg.partition(".")
    card, refusal = load_pending(ctx, card_arg)
    if card is None:
        return refusal
    if card.person_id != ctx.person_id:
        return []
    value, _, grain = stamp.partition(".")
    if value.startswith("d") and value[1:].isdigit():
        local = datetime.strptime(value[1:], "%Y%m%d").replace(tzinfo=ctx.zone)
        due, grain = local.astimezone(UTC), grain or "day"
    elif value.isdigit():
        due, grain = datetime.fromtimestamp(int(value), tz=UTC), grain or "minute"
    else:
        return []
    card = proposals.update_proposal(
        session=ctx.session, proposal=card, now=ctx.now, due_at=due, due_grain=grain, due_tz=ctx.tz
    )
    row = outbox.get_latest_outbox_by_ref(session=ctx.session, ref=f"proposal:{card.id}")
    return [card_reply(ctx, card, edit=row.platform_message_id if row else None)]


def _day(ctx: Context, text: str) -> When | None:
    """The day `text` asks for, when it asks for one and little else."""
    if len(text.split()) > _MAX_WORDS:
        return None
    return asked_day(text, now=ctx.now, tz=ctx.tz)


def _card(ctx: Context) -> Proposal | None:
    """The card replied to, or the newest waiting card here, that names the sender."""
    kind, number = replied_ref(ctx)
    if kind == "proposal" and number.isdigit():
        one = proposals.get_proposal(session=ctx.session, proposal_id=int(number))
        cards = [one] if one is not None and one.status == "pending" else []
    else:
        pending = proposals.get_chat_pending_proposals(session=ctx.session, chat_id=ctx.chat_id)
        cards = [p for p in pending if group_claim.card_current(ctx, as_utc(p.updated_at))]
    named = [
        c
        for c in cards
        if c.assignee_name
        and c.person_id != ctx.person_id
        and c.chat_id == ctx.chat_id
        and is_named(ctx.person, c.assignee_name)
    ]
    return max(named, key=lambda c: (as_utc(c.updated_at), c.id or 0)) if named else None


def _task(ctx: Context) -> Task | None:
    """The one saved task asked of the sender lately that still waits for their answer."""
    asked = [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session, workspace_id=ctx.workspace_id, assignee_id=ctx.person_id
        )
        if t.assignment == "pending"
        and t.creator_id != ctx.person_id
        and t.status == "open"
        and ctx.now - as_utc(t.updated_at) <= _FRESH
    ]
    return asked[0] if len(asked) == 1 else None


def _stamp(ctx: Context, start: datetime, grain: str) -> str:
    """The day asked for, for a button: a whole day as its date, a time as its instant."""
    if grain in CLOCK_GRAINS:
        return f"{int(start.timestamp())}.{grain}"
    return f"d{start.astimezone(ctx.zone):%Y%m%d}.{grain}"
