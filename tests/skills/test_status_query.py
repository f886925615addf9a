"""Reading status questions: whose, which state, and which period, in the asker's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.skills.status_period import read_period
from flowhub.skills.status_query import looks_like_question, read_query

WED = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)  # Wednesday 4 March, 10:00 in Berlin
KNOWN = {"sam", "priya", "ana"}


def _read(text: str, *, in_group: bool = False, now: datetime = WED, tz: str = "Europe/Berlin"):
    return read_query(
        text, now=now, tz=tz, in_group=in_group, is_person=lambda w: w.lower() in KNOWN
    )


def _days(text: str, *, now: datetime = WED, tz: str = "Europe/Berlin") -> tuple[date, date]:
    period = read_period(text, now=now, tz=tz)
    assert period is not None, text
    zone = ZoneInfo(tz)
    return period.start.astimezone(zone).date(), period.end.astimezone(zone).date()


@pytest.mark.parametrize(
    ("text", "whose", "name"),
    [
        ("what's on my plate?", "me", None),
        ("what's Sam got on?", "person", "Sam"),
        ("what does Priya have?", "person", "Priya"),
        ("show me Sam's tasks this week", "person", "Sam"),
        ("tasks for Tom", "person", "Tom"),
        ("what did I give Sam?", "gave", "Sam"),
        ("what did I give Tom?", "gave", "Tom"),
        ("what am I waiting on from others?", "gave", None),
        ("what have I assigned to others?", "gave", None),
        ("what have i handed out to ppl so far", "gave", None),
        ("what did i give the guys", "gave", None),
        ("what have I given folks this week?", "gave", None),
        ("what do I owe Priya?", "from", "Priya"),
        ("what did Ana give me?", "from", "Ana"),
        ("what's the team got this week?", "everyone", None),
    ],
)
def test_whose(text: str, whose: str, name: str | None) -> None:
    query = _read(text)
    assert (query.whose, query.name) == (whose, name)


def test_the_team_in_a_group_is_the_group() -> None:
    assert _read("open tasks in this group", in_group=True).whose == "group"
    assert _read("what's everyone got on this week?", in_group=True).whose == "group"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("what have I finished this week?", "done"),
        ("what did Sam get done today?", "done"),
        ("what's left this week?", "open"),
        ("anything not done yet?", "open"),
        ("show me everything, done or not", "all"),
        ("my tasks", "open"),
    ],
)
def test_state(text: str, state: str) -> None:
    assert _read(text).state == state


def test_overdue_and_no_date_carry_no_period() -> None:
    overdue = _read("what's overdue this week?")
    assert overdue.overdue and overdue.period is None
    undated = _read("which tasks have no due date?")
    assert undated.undated and undated.period is None


@pytest.mark.parametrize(
    ("text", "first", "stop"),
    [
        ("what's due this week?", date(2026, 3, 2), date(2026, 3, 9)),
        ("what's due next week?", date(2026, 3, 9), date(2026, 3, 16)),
        ("the rest of the week", date(2026, 3, 4), date(2026, 3, 9)),
        ("what's due in the next 7 days?", date(2026, 3, 4), date(2026, 3, 12)),
        ("anything over the coming week?", date(2026, 3, 4), date(2026, 3, 12)),
        ("what's on this weekend?", date(2026, 3, 7), date(2026, 3, 9)),
        ("what's on next month?", date(2026, 4, 1), date(2026, 5, 1)),
        ("what's due this month?", date(2026, 3, 1), date(2026, 4, 1)),
        ("what's on friday?", date(2026, 3, 6), date(2026, 3, 7)),
        ("between the 10th and the 15th", date(2026, 3, 10), date(2026, 3, 16)),
        ("what's due by friday?", date(2026, 3, 4), date(2026, 3, 7)),
    ],
)
def test_periods(text: str, first: date, stop: date) -> None:
    assert _days(text) == (first, stop)


def test_this_week_is_the_askers_calendar_week_and_says_so() -> None:
    # Sunday 22:00 in New York is already Monday in Berlin; Sam's week is still the old one,
    # which has only its Sunday left, so it runs on through the coming week.
    sunday_night = datetime(2026, 3, 9, 2, 0, tzinfo=UTC)
    assert _days("this week", now=sunday_night, tz="America/New_York") == (
        date(2026, 3, 8),
        date(2026, 3, 16),
    )
    assert _days("this week", now=sunday_night) == (date(2026, 3, 9), date(2026, 3, 16))
    period = read_period("what's due this week?", now=WED, tz="Europe/Berlin")
    assert period is not None and period.label == "this week (Mon 2 – Sun 8 Mar)"


@pytest.mark.parametrize(
    ("now", "first", "stop"),
    [
        (datetime(2026, 3, 8, 11, 0, tzinfo=UTC), date(2026, 3, 8), date(2026, 3, 16)),  # Sun
        (datetime(2026, 3, 7, 19, 0, tzinfo=UTC), date(2026, 3, 7), date(2026, 3, 16)),  # Sat 20h
        (datetime(2026, 3, 7, 10, 0, tzinfo=UTC), date(2026, 3, 2), date(2026, 3, 9)),  # Sat 11h
    ],
)
def test_this_week_asked_as_it_ends_runs_through_the_coming_week(
    now: datetime, first: date, stop: date
) -> None:
    assert _days("what's due this week?", now=now) == (first, stop)
    period = read_period("what's due this week?", now=now, tz="Europe/Berlin")
    assert period is not None and first.strftime("%-d") in period.label


def test_today_keeps_what_is_still_open_from_before() -> None:
    period = read_period("what's due today?", now=WED, tz="Europe/Berlin")
    assert period is not None and period.with_overdue
    period = read_period("what's due tomorrow?", now=WED, tz="Europe/Berlin")
    assert period is not None and not period.with_overdue


def test_no_period_named() -> None:
    assert read_period("what's Sam got on?", now=WED, tz="Europe/Berlin") is None
    assert read_period("my tasks", now=WED, tz="Europe/Berlin") is None


@pytest.mark.parametrize(
    "text",
    ["what's Sam got on?", "tasks for Sam", "Sam's tasks", "whats on tmrw", "what got done?"],
)
def test_questions_the_intent_reader_misses(text: str) -> None:
    assert looks_like_question(text)


@pytest.mark.parametrize(
    "text", ["book the venue friday", "ask Sam to send the deck", "what a day", "thanks!"]
)
def test_not_questions(text: str) -> None:
    assert not looks_like_question(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("anything for monday?", "Monday (Mon 9 Mar)"),
        ("what's due next friday", "next Friday (Fri 13 Mar)"),
        ("what do I have tomorrow", "tomorrow (Thu 5 Mar)"),
    ],
)
def test_period_labels_say_weekdays_with_a_capital(text: str, label: str) -> None:
    period = read_period(text, now=WED, tz="Europe/Berlin")
    assert period is not None and period.label == label


def test_the_week_after_next_is_not_this_week() -> None:
    period = read_period("the week after next", now=WED, tz="Europe/Berlin")
    assert period is None or not period.label.startswith("this week")
