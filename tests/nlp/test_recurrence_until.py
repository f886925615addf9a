"""A rule with an end date counts its occurrences on local wall time up to that day."""

from __future__ import annotations

from datetime import UTC, datetime

from flowhub.nlp import next_occurrences, parse_when

NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


def test_until_in_utc_ends_on_the_local_day() -> None:
    when = parse_when("every day at 8am until 30 april", now=NOW, tz="America/New_York")
    assert when is not None and when.rrule is not None and "UNTIL=" in when.rrule
    found = next_occurrences(
        when.rrule, start=when.start, tz="America/New_York", after=NOW, count=99
    )
    assert found[0].strftime("%d %b %H:%M") == "04 Mar 08:00"
    assert found[-1].strftime("%d %b %H:%M") == "30 Apr 08:00"
