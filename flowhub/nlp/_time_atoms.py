"""The pieces the grammar finds in text before they are combined into one `When`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta


@dataclass(slots=True)
class Atom:
    """One matched piece of a time expression.

    kind is one of: "day" (a calendar day or period: `day`, `day_end`, `grain`), "time" (a clock
    time: `hour`, `minute`, `ampm`), "part" (part of day: `part`), "instant" (an exact moment:
    `moment`), "trange" (two clock times), "recur" (`recur` fields), "shift" (`delta` applied to
    the day that follows), "count" (COUNT of a recurrence), "mod" (`op` applied to the
    expression that follows: "closest", "weekof", "after"/"before", "for").
    """

    start: int
    end: int
    kind: str
    day: date | None = None
    day_end: date | None = None
    grain: str = "day"
    hour: int | None = None
    minute: int = 0
    second: int = 0  # seconds of a clock time written with them ("15:23:24")
    ampm: str | None = None
    explicit: bool = False  # the clock time is unambiguous (am/pm, 24h form, or :mm)
    part: str | None = None
    moment: datetime | None = None
    hour2: int | None = None
    minute2: int = 0
    ampm2: str | None = None
    recur: dict[str, str] = field(default_factory=dict)
    after_done: bool = False  # a "recur" counted from completion ("every! 3 days")
    delta: timedelta | None = None
    count: int = 0
    past: bool = False  # explicitly in the past ("yesterday", "last friday", "2 days ago")
    weak: bool = False  # a day that yields to a more specific one in the same group
    holiday: str | None = None  # the holiday a day atom names, to move it to another year
    zero: bool = False  # written with a leading zero ("09:30"), so 24-hour
    tzoff: int | None = None  # minutes east of UTC when the text names a zone ("4pm CET")
    op: str | None = None  # what a "mod" atom does to the expression after it
    rank: int = 0  # tie-break between overlapping candidates of equal length

    @property
    def size(self) -> int:
        """Length of the matched text."""
        return self.end - self.start


# Parts of day: (default hour, interval start hour, interval end hour, am/pm hint).
PARTS: dict[str, tuple[int, int, int, str]] = {
    "morning": (9, 4, 12, "am"),
    "early morning": (6, 4, 9, "am"),
    "late morning": (11, 9, 12, "am"),
    "afternoon": (15, 12, 19, "pm"),
    "late afternoon": (17, 15, 19, "pm"),
    "early afternoon": (13, 12, 15, "pm"),
    "lunch": (12, 12, 14, "pm"),
    "evening": (18, 18, 24, "pm"),
    "early evening": (18, 17, 20, "pm"),
    "late evening": (21, 21, 24, "pm"),
    "night": (20, 18, 24, "pm"),
    "tonight": (20, 18, 24, "pm"),
    "late night": (21, 21, 24, "pm"),
    "after lunch": (13, 13, 17, "pm"),
    "after school": (15, 15, 21, "pm"),
    "after work": (18, 17, 21, "pm"),
    "before work": (8, 6, 9, "am"),
    "daybreak": (6, 5, 7, "am"),
    "sunrise": (6, 5, 7, "am"),
    "sunset": (19, 18, 20, "pm"),
    "during the day": (9, 8, 18, "am"),
}
