"""The plain data `flowhub.nlp` returns: `When` and `TaskDraft` (frozen, no I/O)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Grain = Literal["minute", "hour", "day", "week", "month", "year"]
Priority = Literal["low", "normal", "high", "urgent"]
Intent = Literal["capture", "remind", "query", "done", "help", "settings", "other"]

GRAINS: tuple[Grain, ...] = ("minute", "hour", "day", "week", "month", "year")
PRIORITIES: tuple[Priority, ...] = ("low", "normal", "high", "urgent")
INTENTS: tuple[Intent, ...] = ("capture", "remind", "query", "done", "help", "settings", "other")


@dataclass(frozen=True, slots=True)
class When:
    """A point or span in time read from text, in the user's zone.

    `start` is aware and in the user's zone (the first occurrence for a recurrence); `end` is the
    exclusive end of a range or None; `grain` is what the text pinned down; `rrule` is an RFC 5545
    RRULE body (no "RRULE:" prefix) or None; `span` is the (start, end) character offsets of the
    expression in the text that was parsed. `after_completion` is True when the rule repeats
    counted from when the thing is done ("every! 3 days", "3 days after I finish"), not on the
    calendar; `rrule` then still names the interval.
    """

    start: datetime
    end: datetime | None = None
    grain: Grain = "day"
    rrule: str | None = None
    span: tuple[int, int] = (0, 0)
    after_completion: bool = False


@dataclass(frozen=True, slots=True)
class TaskDraft:
    """A task proposed from text, before anyone confirms it."""

    title: str
    assignee: str | None = None
    due: When | None = None
    priority: Priority = "normal"
