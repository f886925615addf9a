"""Repeats counted from completion: "every! 3 days", "3 days after I finish", "... after done"."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import classify_intent, extract_tasks, parse_when
from flowhub.nlp.recurrence import next_after_completion

NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)  # Wednesday, 10:00 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("text", "title", "rrule"),
    [
        ("water the plants every! 3 days", "Water the plants", "FREQ=DAILY;INTERVAL=3"),
        ("water the plants 3 days after I finish", "Water the plants", "FREQ=DAILY;INTERVAL=3"),
        ("water the plants 3 days after I finish it", "Water the plants", "FREQ=DAILY;INTERVAL=3"),
        ("clean the fridge every 2 weeks after done", "Clean the fridge", "FREQ=WEEKLY;INTERVAL=2"),
        ("water plants every 3 days after completion", "Water plants", "FREQ=DAILY;INTERVAL=3"),
        ("change the filter a month after it's done", "Change the filter", "FREQ=MONTHLY"),
        ("backup the laptop every! week", "Backup the laptop", "FREQ=WEEKLY"),
        ("pay the cleaner weekly after done", "Pay the cleaner", "FREQ=WEEKLY"),
        (
            "remind me every! 3 days at 9am to water the plants",
            "Water the plants",
            "FREQ=DAILY;INTERVAL=3;BYHOUR=9;BYMINUTE=0",
        ),
    ],
)
def test_completion_forms_keep_the_rule_and_leave_the_title_clean(
    text: str, title: str, rrule: str
) -> None:
    (draft,) = extract_tasks(text, now=NOW, tz="Europe/Berlin")
    assert draft.title == title
    assert draft.due is not None
    assert draft.due.rrule == rrule
    assert draft.due.after_completion is True


@pytest.mark.parametrize(
    "text",
    ["call mom every 3 days", "every monday 9am standup notes", "remind me daily to stretch"],
)
def test_calendar_rules_are_not_after_completion(text: str) -> None:
    when = parse_when(text, now=NOW, tz="Europe/Berlin")
    assert when is not None and when.rrule is not None
    assert when.after_completion is False


def test_the_bang_does_not_split_the_message() -> None:
    drafts = extract_tasks("remind me every! 2 hours to stretch", now=NOW, tz="Europe/Berlin")
    assert [d.title for d in drafts] == ["Stretch"]
    assert classify_intent("stretch every! 2 hours") == "capture"


def test_a_date_after_a_day_is_still_a_shift() -> None:
    when = parse_when("3 days after friday", now=NOW, tz="Europe/Berlin")
    assert when is not None and when.rrule is None and when.after_completion is False
    assert when.start.date().isoformat() == "2026-03-09"


def test_next_after_completion_keeps_the_wall_clock_in_days_and_counts_hours_from_now() -> None:
    anchor = datetime(2026, 3, 3, 9, 0, tzinfo=BERLIN)
    tuesday_evening = datetime(2026, 3, 3, 17, 30, tzinfo=BERLIN)
    got = next_after_completion(
        "FREQ=DAILY;INTERVAL=3", anchor=anchor, tz="Europe/Berlin", done_at=tuesday_evening
    )
    assert got == datetime(2026, 3, 6, 9, 0, tzinfo=BERLIN)
    across_dst = next_after_completion(
        "FREQ=WEEKLY", anchor=anchor, tz="Europe/Berlin", done_at=datetime(2026, 3, 27, tzinfo=UTC)
    )
    assert across_dst == datetime(2026, 4, 3, 7, 0, tzinfo=UTC)
    hours = next_after_completion(
        "FREQ=HOURLY;INTERVAL=2", anchor=anchor, tz="Europe/Berlin", done_at=tuesday_evening
    )
    assert hours == datetime(2026, 3, 3, 19, 30, tzinfo=BERLIN)
    month_end = next_after_completion(
        "FREQ=MONTHLY",
        anchor=anchor,
        tz="Europe/Berlin",
        done_at=datetime(2026, 1, 31, 12, tzinfo=UTC),
    )
    assert month_end == datetime(2026, 2, 28, 9, 0, tzinfo=BERLIN)


def test_next_after_completion_ends_at_until() -> None:
    anchor = datetime(2026, 3, 3, 9, 0, tzinfo=BERLIN)
    rule = "FREQ=DAILY;INTERVAL=3;UNTIL=20260305T225959Z"
    done = datetime(2026, 3, 3, 12, 0, tzinfo=BERLIN)
    assert next_after_completion(rule, anchor=anchor, tz="Europe/Berlin", done_at=done) is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("remind me 30 minutes before", "settings"),
        ("reminders 1 hour before tasks are due", "settings"),
        ("remind me at due time", "settings"),
        ("remind me 30 minutes before the meeting to bring slides", "remind"),
        ("remind me in 30 minutes to call mom", "remind"),
        ("remind me 5 minutes", "remind"),
    ],
)
def test_lead_time_phrases_are_settings(text: str, intent: str) -> None:
    assert classify_intent(text) == intent


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("regar las plantas cada! 3 días", "Regar las plantas"),
        ("Pflanzen gießen alle! 3 Tage", "Pflanzen gießen"),
        ("planten water geven elke! 3 dagen", "Planten water geven"),
        ("поливать цветы каждые! 3 дня", "Поливать цветы"),
    ],
)
def test_the_bang_after_every_in_another_language_does_not_split_the_message(
    text: str, title: str
) -> None:
    (draft,) = extract_tasks(text, now=NOW, tz="Europe/Berlin")
    assert draft.title == title
    assert draft.due is not None and draft.due.after_completion is True


def test_italian_ogni_with_a_bang_counts_from_completion() -> None:
    (draft,) = extract_tasks("annaffiare le piante ogni! 3 giorni", now=NOW, tz="Europe/Berlin")
    assert draft.title == "Annaffiare le piante"
    assert draft.due is not None and draft.due.after_completion is True


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("siram tanaman setiap! 3 hari", "Siram tanaman"),
        ("bitkileri her! 3 gün sula", "Bitkileri sula"),
    ],
)
def test_indonesian_and_turkish_every_with_a_bang_counts_from_completion(
    text: str, title: str
) -> None:
    (draft,) = extract_tasks(text, now=NOW, tz="Europe/Berlin")
    assert draft.title == title
    assert draft.due is not None and draft.due.after_completion is True


def test_arabic_every_with_a_bang_counts_from_completion() -> None:
    (draft,) = extract_tasks("اسقي النباتات كل! 3 أيام", now=NOW, tz="Europe/Berlin")
    assert draft.title == "اسقي النباتات"
    assert draft.due is not None and draft.due.after_completion is True


def test_hindi_every_with_a_bang_counts_from_completion() -> None:
    (draft,) = extract_tasks("हर! 3 दिन पौधों को पानी देना", now=NOW, tz="Asia/Kolkata")
    assert draft.title == "पौधों को पानी देना"
    assert draft.due is not None and draft.due.after_completion is True
