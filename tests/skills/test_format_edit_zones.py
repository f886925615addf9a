"""A date said in an edit is the speaker's wall date, and reads that date for every viewer."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from flowhub.skills.edit_apply import apply
from flowhub.skills.edit_words import Change
from flowhub.skills.format import when_text

BERLIN, NEW_YORK, KOLKATA = "Europe/Berlin", "America/New_York", "Asia/Kolkata"


def _item(local: datetime, tz: str, grain: str) -> SimpleNamespace:
    return SimpleNamespace(
        title="Order the new monitors",
        assignee_name=None,
        due_at=local.replace(tzinfo=ZoneInfo(tz)).astimezone(UTC),
        due_grain=grain,
        due_tz=tz,
        rrule=None,
        repeat_from="calendar",
        priority="normal",
    )


@pytest.mark.parametrize(
    ("task_tz", "speaker", "now", "said", "day"),
    [
        (BERLIN, KOLKATA, datetime(2026, 12, 3, 12, 0, tzinfo=UTC), "the 14th", "Mon 14 Dec"),
        (KOLKATA, NEW_YORK, datetime(2026, 12, 4, 3, 30, tzinfo=UTC), "wednesday", "Wed 9 Dec"),
        (NEW_YORK, KOLKATA, datetime(2026, 12, 3, 20, 0, tzinfo=UTC), "tomorrow", "Sat 5 Dec"),
        (BERLIN, NEW_YORK, datetime(2026, 12, 3, 23, 30, tzinfo=UTC), "tomorrow", "Fri 4 Dec"),
    ],
)
def test_day_said_is_the_speakers_and_everyones(
    task_tz: str, speaker: str, now: datetime, said: str, day: str
) -> None:
    item = _item(datetime(2026, 12, 10), task_tz, "day")
    changes, problem = apply(item, Change(when=said), now=now, tz=speaker, me="Priya")
    assert problem is None
    due = changes["due_at"]
    assert isinstance(due, datetime)
    for viewer in (BERLIN, NEW_YORK, KOLKATA):
        assert when_text(due, "day", viewer, str(changes["due_tz"])) == day


@pytest.mark.parametrize(
    ("speaker", "said", "seen", "in_new_york"),
    [
        (KOLKATA, "the 9th", "Wed 9 Dec, 01:30", "Tue 8 Dec, 15:00"),
        (NEW_YORK, "the 9th", "Wed 9 Dec, 15:00", "Wed 9 Dec, 15:00"),
        (BERLIN, "wednesday", "Wed 9 Dec, 21:00", "Wed 9 Dec, 15:00"),
    ],
)
def test_day_said_for_a_timed_task_is_the_speakers_day_at_the_same_instant_of_day(
    speaker: str, said: str, seen: str, in_new_york: str
) -> None:
    call = _item(datetime(2026, 12, 7, 15, 0), NEW_YORK, "minute")
    now = datetime(2026, 12, 4, 14, 5, tzinfo=UTC)
    changes, problem = apply(call, Change(when=said), now=now, tz=speaker, me="Priya")
    assert problem is None
    due = changes["due_at"]
    assert isinstance(due, datetime)
    assert when_text(due, "minute", speaker) == seen
    assert when_text(due, "minute", NEW_YORK) == in_new_york
    assert changes["due_tz"] == NEW_YORK
