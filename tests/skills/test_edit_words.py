"""Reading edits in plain words and merging a new date with the old due time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from flowhub.skills.edit_apply import apply_all, read, read_all
from flowhub.skills.edit_words import tidy

NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)  # Wednesday
BERLIN = ZoneInfo("Europe/Berlin")


def _card(due: datetime | None, grain: str | None = "hour") -> SimpleNamespace:
    return SimpleNamespace(
        title="Book the venue",
        assignee_name=None,
        due_at=due.astimezone(UTC) if due else None,
        due_grain=grain if due else None,
        due_tz="Europe/Berlin" if due else None,
        rrule=None,
        repeat_from="calendar",
        priority="normal",
    )


def _edit(text: str, item: SimpleNamespace) -> dict[str, object]:
    changes, unread = read_all(tidy(text), now=NOW, tz="Europe/Berlin")
    assert unread is None, text
    fields, problem = apply_all(item, changes, now=NOW, tz="Europe/Berlin", me="Ana")
    assert problem is None, text
    return fields


def _local(fields: dict[str, object]) -> str:
    due = fields["due_at"]
    assert isinstance(due, datetime)
    return due.astimezone(BERLIN).strftime("%a %d %H:%M")


FRIDAY_4PM = datetime(2026, 3, 6, 16, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("make it wednesday", "Wed 11 16:00"),
        ("actually thursday please", "Thu 05 16:00"),
        ("at 10am", "Fri 06 10:00"),
        ("change the time to 9:15", "Fri 06 09:15"),
        ("an hour earlier", "Fri 06 15:00"),
        ("push it back 2 days", "Sun 08 16:00"),
        ("bring it forward a day", "Thu 05 16:00"),
        ("postpone it a week", "Fri 13 16:00"),
        ("the 20th", "Fri 20 16:00"),
    ],
)
def test_dates_keep_what_they_do_not_name(text: str, expected: str) -> None:
    assert _local(_edit(text, _card(FRIDAY_4PM))) == expected


def test_people_titles_priorities_and_repeats() -> None:
    card = _card(FRIDAY_4PM)
    assert _edit("hand it over to Sam", card) == {"assignee_name": "Sam"}
    assert _edit("Priya will handle it", card) == {"assignee_name": "Priya"}
    assert _edit("I'll do it myself", card) == {"assignee_name": None}
    assert _edit("rename it to Book the hall", card) == {"title": "Book the hall"}
    assert _edit("that's urgent", card) == {"priority": "urgent"}
    assert _edit("low priority", card) == {"priority": "low"}
    assert _edit("no deadline", card)["due_at"] is None
    weekly = _edit("make it weekly", card)
    assert (
        weekly["rrule"] == "FREQ=WEEKLY;BYDAY=FR;BYHOUR=16;BYMINUTE=0"
        and _local(weekly) == "Fri 06 16:00"
    )
    both = _edit("due monday 9am, priority high", card)
    assert _local(both) == "Mon 09 09:00" and both["priority"] == "high"


def test_a_new_repeat_keeps_the_days_and_time_it_leaves_unsaid() -> None:
    card = _card(FRIDAY_4PM)
    card.rrule = "FREQ=WEEKLY;BYDAY=FR;BYHOUR=16;BYMINUTE=0"
    other = _edit("every other week instead", card)
    assert other["rrule"] == "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;BYHOUR=16;BYMINUTE=0"
    daily = _edit("make it daily", card)
    assert daily["rrule"] == "FREQ=DAILY;BYHOUR=16;BYMINUTE=0"
    assert _edit("stop repeating it", card)["rrule"] is None


@pytest.mark.parametrize(
    "text",
    [
        "buy milk",
        "call grandma on sunday",
        "book the venue friday 4pm",
        "remind me 30 minutes before",
        "what's due friday?",
        "the meeting went well",
    ],
)
def test_ordinary_messages_are_not_edits(text: str) -> None:
    assert read(tidy(text), now=NOW, tz="Europe/Berlin") is None


def test_an_unreadable_part_is_named() -> None:
    changes, unread = read_all("priority high, in purple", now=NOW, tz="Europe/Berlin")
    assert changes == [] and unread == "in purple"


def test_a_shift_needs_a_date() -> None:
    changes, _ = read_all("2 days later", now=NOW, tz="Europe/Berlin")
    fields, problem = apply_all(_card(None), changes, now=NOW, tz="Europe/Berlin", me="Ana")
    assert fields == {} and problem == "no-date"


def test_targets_are_split_from_values() -> None:
    change = read("move the gym to tuesday", now=NOW, tz="Europe/Berlin")
    assert change is not None and change.target == "the gym" and change.when == "tuesday"
    shift = read("push the report back a week", now=NOW, tz="Europe/Berlin")
    assert shift is not None and shift.target == "the report"
    assert shift.shift == timedelta(days=7)
