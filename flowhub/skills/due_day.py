"""The words that name the day a card or task is due: "the wed one" is the one due on Wednesday."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from flowhub.settings import is_zone

WEEKDAY_NAMES: tuple[tuple[str, ...], ...] = (
    ("mon", "monday"),
    ("tue", "tues", "tuesday"),
    ("wed", "weds", "wednesday"),
    ("thu", "thur", "thurs", "thursday"),
    ("fri", "friday"),
    ("sat", "saturday"),
    ("sun", "sunday"),
)


def due_day_words(item: object) -> frozenset[str]:
    """The names of the weekday `item` is due on, in its own zone; none when it has no due."""
    due = getattr(item, "due_at", None)
    if not isinstance(due, datetime):
        return frozenset()
    zone = getattr(item, "due_tz", None)
    local = due.astimezone(ZoneInfo(zone)) if zone and is_zone(zone) else due
    return frozenset(WEEKDAY_NAMES[local.weekday()])
