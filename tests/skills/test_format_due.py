"""Due days across zones: a day-only due is its author's wall date, overdue once it is over."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.skills.due import due_day, is_due_today, is_overdue
from flowhub.skills.format import proposal_card, task_line
from flowhub.storage import Proposal, Task

BERLIN, NEW_YORK, KOLKATA = "Europe/Berlin", "America/New_York", "Asia/Kolkata"


def _task(local: datetime, tz: str, grain: str = "day") -> Task:
    due = local.replace(tzinfo=ZoneInfo(tz)).astimezone(UTC)
    return Task(
        workspace_id=1,
        chat_id=1,
        title="Update the roadmap",
        creator_id=1,
        due_at=due,
        due_grain=grain,
        due_tz=tz,
        created_at=due,
        updated_at=due,
    )


FRIDAY_BERLIN = _task(datetime(2026, 12, 4), BERLIN)


@pytest.mark.parametrize(
    ("now", "viewer", "overdue"),
    [
        (datetime(2026, 12, 4, 14, 5, tzinfo=UTC), NEW_YORK, False),  # Friday morning in New York
        (datetime(2026, 12, 4, 22, 30, tzinfo=UTC), BERLIN, False),  # Friday 23:30 in Berlin
        (datetime(2026, 12, 5, 2, 0, tzinfo=UTC), NEW_YORK, False),  # still Friday in New York
        (datetime(2026, 12, 4, 18, 31, tzinfo=UTC), KOLKATA, True),  # Saturday in Kolkata
        (datetime(2026, 12, 5, 5, 1, tzinfo=UTC), NEW_YORK, True),  # Saturday in New York
    ],
)
def test_day_due_is_overdue_once_the_day_is_over_for_the_reader(
    now: datetime, viewer: str, overdue: bool
) -> None:
    assert is_overdue(FRIDAY_BERLIN, now=now, tz=viewer) is overdue
    line = task_line(FRIDAY_BERLIN, viewer_tz=viewer, now=now)
    assert "Fri 4 Dec" in line
    assert ("overdue" in line) is overdue


def test_day_due_is_the_authors_date_for_everyone() -> None:
    kolkata_friday = _task(datetime(2026, 12, 4), KOLKATA)  # Thu 18:30 UTC
    assert due_day(kolkata_friday, NEW_YORK).isoformat() == "2026-12-04"
    friday_noon_ny = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)
    assert is_due_today(kolkata_friday, now=friday_noon_ny, tz=NEW_YORK)
    assert not is_overdue(kolkata_friday, now=friday_noon_ny, tz=NEW_YORK)


def test_clock_due_is_one_instant_everywhere() -> None:
    call = _task(datetime(2026, 12, 7, 15, 0), NEW_YORK, grain="minute")  # Tue 01:30 in Kolkata
    assert due_day(call, KOLKATA).isoformat() == "2026-12-08"
    just_after = datetime(2026, 12, 7, 20, 1, tzinfo=UTC)
    assert is_overdue(call, now=just_after, tz=KOLKATA)
    assert not is_overdue(call, now=datetime(2026, 12, 7, 19, 59, tzinfo=UTC), tz=BERLIN)


def test_week_due_is_overdue_only_after_its_sunday() -> None:
    next_week = _task(datetime(2026, 12, 7), BERLIN, grain="week")
    assert not is_overdue(next_week, now=datetime(2026, 12, 10, 9, 0, tzinfo=UTC), tz=BERLIN)
    assert is_overdue(next_week, now=datetime(2026, 12, 14, 9, 0, tzinfo=UTC), tz=BERLIN)


def test_undated_is_never_overdue() -> None:
    undated = Task(workspace_id=1, chat_id=1, title="x", creator_id=1)
    assert not is_overdue(undated, now=datetime(2026, 12, 4, tzinfo=UTC), tz=BERLIN)
    assert due_day(undated, BERLIN) is None


def test_card_label_follows_clock_times_only() -> None:
    now = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    at = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    timed = Proposal(
        chat_id=1, person_id=1, title="Book the room", due_at=at, due_grain="hour", due_tz=BERLIN
    )
    card = proposal_card(timed, viewer_tz=BERLIN, now=now, zone_label="Ana's time")
    assert "📅 Mon 7 Dec, 10:00 Ana's time" in card
    day = Proposal(
        chat_id=1, person_id=1, title="Sign off", due_at=at, due_grain="day", due_tz=BERLIN
    )
    assert "time" not in proposal_card(day, viewer_tz=KOLKATA, now=now, zone_label="Ana's time")
