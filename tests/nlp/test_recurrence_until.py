"""Rules with an end date, a part of day, or a weekday of the month, read as people mean them."""

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


def test_a_part_of_day_sets_the_half_of_an_ambiguous_hour() -> None:
    evening = parse_when("every evening at 9", now=NOW, tz="Europe/Berlin")
    morning = parse_when("every morning at 7", now=NOW, tz="Europe/Berlin")
    assert evening is not None and evening.rrule == "FREQ=DAILY;BYHOUR=21;BYMINUTE=0"
    assert morning is not None and morning.rrule == "FREQ=DAILY;BYHOUR=7;BYMINUTE=0"


def test_every_month_on_the_last_friday_is_a_weekday_rule() -> None:
    when = parse_when("every month on the last friday", now=NOW, tz="Europe/Berlin")
    assert when is not None and when.rrule == "FREQ=MONTHLY;BYDAY=-1FR"
    day = parse_when("every month on the last day", now=NOW, tz="Europe/Berlin")
    assert day is not None and day.rrule == "FREQ=MONTHLY;BYMONTHDAY=-1"


def test_weekly_rules_keep_the_days_said_after_on() -> None:
    cases = {
        "every week on monday at 9am": "FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0",
        "weekly on mondays and thursdays": "FREQ=WEEKLY;BYDAY=MO,TH",
        "biweekly on friday": "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
        "every 2 weeks on tuesday and thursday": "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH",
    }
    for text, rrule in cases.items():
        when = parse_when(text, now=NOW, tz="Europe/Berlin")
        assert when is not None and when.rrule == rrule, text


def test_a_quarter_is_three_months() -> None:
    when = parse_when("every quarter", now=NOW, tz="Europe/Berlin")
    assert when is not None and when.rrule == "FREQ=MONTHLY;INTERVAL=3"


def test_for_n_weeks_ends_the_series() -> None:
    when = parse_when("every monday for 4 weeks", now=NOW, tz="Europe/Berlin")
    assert when is not None and when.rrule is not None
    found = next_occurrences(when.rrule, start=when.start, tz="Europe/Berlin", after=NOW, count=9)
    assert [d.strftime("%d %b") for d in found] == ["09 Mar", "16 Mar", "23 Mar", "30 Mar"]
    plain = parse_when("book it for the next two days", now=NOW, tz="Europe/Berlin")
    assert plain is not None and plain.rrule is None


def test_an_end_day_after_a_clock_is_a_day_not_the_end_of_a_span_of_hours() -> None:
    for text in (
        "every day at 7pm until 18 march",
        "every day at 7pm till 18 mar",
        "daily 7pm until the 18th of march",
        "every day 7pm until 18th march",
    ):
        when = parse_when(text, now=NOW, tz="Asia/Kolkata")
        assert when is not None and when.rrule is not None, text
        assert when.rrule.startswith("FREQ=DAILY;BYHOUR=19;BYMINUTE=0;UNTIL="), (text, when.rrule)
        found = next_occurrences(
            when.rrule, start=when.start, tz="Asia/Kolkata", after=NOW, count=99
        )
        assert found[-1].strftime("%d %b %H:%M") == "18 Mar 19:00", text
    span = parse_when("tomorrow 7 to 9pm", now=NOW, tz="Asia/Kolkata")
    assert span is not None and span.end is not None and span.end.hour == 21
