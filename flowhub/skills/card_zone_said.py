"""The clock a new time for a saved task is said on: the speaker's own, unless the words name
another ("10am my time", "monday 10:00 eastern time", "9am berlin time", "10am ana's time").

Sam moving Ana's 09:00 Berlin call "to 10am" means 10:00 in New York, where Sam is.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from flowhub.nlp import parse_when
from flowhub.skills import remind_clock
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import Editable
from flowhub.skills.edit_words import Change
from flowhub.storage import people

_CLOCK_GRAINS = ("hour", "minute")
_FIELDS: tuple[str, ...] = ("title", "assignee_name", "due_at", "due_grain", "due_tz", "rrule")
_FIELDS += ("repeat_from", "priority")


def clock_zone(ctx: Context, item: Editable, edits: list[Change]) -> tuple[Editable, str]:
    """`item` as the clock times of `edits` read against it, and the zone the day is read in.

    A clock time is the speaker's wall time unless the message names another zone or person;
    "her time" is the other person's on the task. Other changes read as before.
    """
    if not any(_clock(ctx, c) for c in edits):
        return item, ctx.tz
    said = remind_clock.read(ctx, ctx.event.text or ctx.text)
    zone = said.zone or ctx.tz
    if said.named and said.zone is None:  # "10am her time": the other person's clock
        other = _other_zone(ctx, item)
        if other is None:
            return item, ctx.tz
        zone = other
    if zone == item.due_tz:
        return item, zone
    stand_in = SimpleNamespace(**{name: getattr(item, name) for name in _FIELDS})
    stand_in.due_tz = zone
    return cast(Editable, stand_in), zone


def _other_zone(ctx: Context, item: Editable) -> str | None:
    """The zone of the other person on a task or card: its creator for the one doing it, else
    the person doing it."""
    creator = getattr(item, "creator_id", None) or getattr(item, "person_id", None)
    assignee = getattr(item, "assignee_id", None) or _named(ctx, item.assignee_name)
    other = creator if assignee == ctx.person_id else assignee
    if other is None or other == ctx.person_id:
        return None
    person = people.get_person(session=ctx.session, person_id=other)
    return person.timezone if person is not None else None


def _named(ctx: Context, name: str | None) -> int | None:
    """The one workspace person a card's assignee name stands for, if any."""
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=name or ""
    )
    return found[0].id if len(found) == 1 else None


def _clock(ctx: Context, change: Change) -> bool:
    """Whether `change` sets a time of day ("10am", "monday 10:00")."""
    if not change.when:
        return False
    found = parse_when(change.when, now=ctx.now, tz=ctx.tz)
    return found is not None and found.grain in _CLOCK_GRAINS and not found.rrule
