"""When a task falls due for a given person: its calendar day, and whether it is overdue.

A clock time ("Mon 10:00") is one instant everywhere. A whole day, week or month is a wall date
in its author's zone (`due_tz`): "due Friday" is Friday for everyone, and is overdue for a viewer
only once Friday is over in the viewer's own zone. Every overdue check goes through `is_overdue`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from flowhub.settings import is_zone

__all__ = ["Dated", "due_day", "is_due_today", "is_overdue"]

CLOCK_GRAINS = ("minute", "hour")


class Dated(Protocol):
    """Anything with a due: a task or a card."""

    due_at: datetime | None
    due_grain: str | None
    due_tz: str | None


def due_day(item: Dated, tz: str) -> date | None:
    """The calendar day `item` is due: its author's day for a whole day, else the viewer's."""
    if item.due_at is None:
        return None
    own = item.due_tz if item.due_tz and is_zone(item.due_tz) else None
    zone = own if own and item.due_grain not in CLOCK_GRAINS else tz
    return item.due_at.astimezone(ZoneInfo(zone)).date()


def is_overdue(item: Dated, *, now: datetime, tz: str) -> bool:
    """Whether `item`'s due has passed for a viewer in zone `tz`: a due day only once it is over."""
    if item.due_at is None:
        return False
    if item.due_grain in CLOCK_GRAINS:
        return item.due_at < now
    day = due_day(item, tz)
    return day is not None and _last_day(day, item.due_grain) < now.astimezone(ZoneInfo(tz)).date()


def _last_day(first: date, grain: str | None) -> date:
    """The last day a due of this grain covers: "next week" runs to its Sunday."""
    if grain == "week":
        return first + timedelta(days=6)
    if grain == "month":
        following = first.replace(day=28) + timedelta(days=4)
        return following - timedelta(days=following.day)
    if grain == "year":
        return first.replace(month=12, day=31)
    return first


def is_due_today(item: Dated, *, now: datetime, tz: str) -> bool:
    """Whether `item` falls due on the viewer's today (and has not passed yet, for a clock time)."""
    if item.due_at is None or is_overdue(item, now=now, tz=tz):
        return False
    return due_day(item, tz) == now.astimezone(ZoneInfo(tz)).date()
