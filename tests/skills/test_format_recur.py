"""Recurrence in words: never an RRULE token in a reply."""

from __future__ import annotations

import re

import pytest

from flowhub.skills.format import recurrence_text


@pytest.mark.parametrize(
    ("rrule", "words"),
    [
        ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=8;BYMINUTE=30", "every weekday at 08:30"),
        ("FREQ=WEEKLY;BYDAY=MO,WE", "every Monday and Wednesday"),
        ("FREQ=WEEKLY;BYDAY=TU,TH,SA", "every Tuesday, Thursday and Saturday"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "every other Friday"),
        ("FREQ=WEEKLY;INTERVAL=3;BYDAY=FR", "every 3 weeks on Friday"),
        ("FREQ=WEEKLY;BYDAY=SA,SU", "every weekend"),
        ("FREQ=MONTHLY;BYDAY=-1FR", "the last Friday of each month"),
        ("FREQ=MONTHLY;BYDAY=+1MO", "the first Monday of each month"),
        ("FREQ=MONTHLY;BYDAY=2TU", "the second Tuesday of each month"),
        ("FREQ=MONTHLY;BYMONTHDAY=15", "on the 15th of each month"),
        ("FREQ=MONTHLY;BYMONTHDAY=-1", "on the last day of each month"),
        ("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1", "on the 1st of every other month"),
        ("FREQ=DAILY;UNTIL=20260429T220000Z", "every day until 30 Apr"),
        ("FREQ=WEEKLY;COUNT=5", "every week, 5 times"),
        ("FREQ=DAILY;INTERVAL=3", "every 3 days"),
        ("FREQ=DAILY;INTERVAL=2", "every other day"),
        ("FREQ=MONTHLY;INTERVAL=3", "every 3 months"),
        ("FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=12", "every year on 12 May"),
        ("FREQ=HOURLY;BYMINUTE=0", "every hour"),
        ("FREQ=MINUTELY;INTERVAL=30", "every 30 minutes"),
        ("FREQ=DAILY;BYHOUR=7;BYMINUTE=0", "every day at 07:00"),
        (
            "FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0;UNTIL=20260430T215959Z",
            "every Monday at 09:00 until 30 Apr",
        ),
        ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH", "every Monday to Thursday"),
        ("FREQ=WEEKLY;BYDAY=MO,TU,TH,FR", "every weekday except Wednesday"),
        (
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,SA,SU;BYHOUR=18;BYMINUTE=0",
            "every day except Friday at 18:00",
        ),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR", "every other week, Monday to Friday"),
        ("FREQ=MONTHLY;BYDAY=+2TH,+4TH", "the second and fourth Thursday of each month"),
        ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "the last weekday of each month"),
        ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1", "the first weekday of each month"),
        ("FREQ=MONTHLY;BYMONTHDAY=1,15", "on the 1st and 15th of each month"),
        ("FREQ=MONTHLY;INTERVAL=6", "every 6 months"),
    ],
)
def test_rules_read_as_words(rrule: str, words: str) -> None:
    text = recurrence_text(rrule, tz="Europe/Berlin")
    assert text == words
    assert not re.search(r"FREQ|BY[A-Z]+|INTERVAL|UNTIL|COUNT|\b(?:MO|TU|WE|TH|FR|SA|SU)\b", text)


def test_after_completion_and_without_clock() -> None:
    assert recurrence_text("FREQ=DAILY;INTERVAL=3", after_completion=True) == (
        "every 3 days after done"
    )
    rule = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=8;BYMINUTE=30"
    assert recurrence_text(rule, clock=False) == "every weekday"
