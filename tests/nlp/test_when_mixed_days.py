"""A weekday beside a period, monthly habits, version numbers, event deadlines and bare dates."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flowhub.nlp import parse_when

TZ = "Europe/Berlin"
NOW = datetime(2026, 12, 3, 22, 11, tzinfo=UTC)  # Thu 3 Dec 2026, 23:11 in Berlin


def _at(text: str, tz: str = TZ) -> str:
    w = parse_when(text, now=NOW, tz=tz)
    assert w is not None, text
    return w.start.strftime("%a %d %b %Y %H:%M")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("order fish from Klaus for the weekend, friday 10am", "Fri 04 Dec 2026 10:00"),
        ("weekend friday 10am", "Fri 04 Dec 2026 10:00"),
        ("for the weekend, friday", "Fri 04 Dec 2026 00:00"),
        ("this weekend, saturday 9am", "Sat 05 Dec 2026 09:00"),
        ("over the weekend, sunday at 4pm", "Sun 06 Dec 2026 16:00"),
        ("next week, friday 10am", "Fri 11 Dec 2026 10:00"),
        ("next week friday", "Fri 11 Dec 2026 00:00"),
        ("tomorrow, saturday", "Fri 04 Dec 2026 00:00"),
    ],
)
def test_weekday_beside_a_period_is_a_near_day(text: str, expected: str) -> None:
    assert _at(text) == expected


def test_far_date_with_its_weekday_still_finds_the_year() -> None:
    assert _at("Fri, Jul 16") == "Fri 16 Jul 2027 00:00"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("stocktake first monday of the month, high priority", "FREQ=MONTHLY;BYDAY=+1MO"),
        ("team sync on the first tuesday of the month", "FREQ=MONTHLY;BYDAY=+1TU"),
        ("pay suppliers last thursday of the month", "FREQ=MONTHLY;BYDAY=-1TH"),
        ("deep clean second sunday of the month at 8am", "FREQ=MONTHLY;BYDAY=+2SU"),
    ],
)
def test_nth_weekday_of_the_month_is_a_habit(text: str, rule: str) -> None:
    w = parse_when(text, now=NOW, tz=TZ)
    assert w is not None and w.rrule is not None and w.rrule.startswith(rule), text


@pytest.mark.parametrize(
    "text",
    [
        "the first Monday of the month",
        "by the first monday of the month",
        "first monday of next month",
    ],
)
def test_one_named_month_day_stays_a_date(text: str) -> None:
    w = parse_when(text, now=NOW, tz=TZ)
    assert w is not None and w.rrule is None, text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("bump the version to 2.4.0 today", "today"),
        ("ship v1.2.3 tomorrow", "tomorrow"),
        ("release 3.1 tomorrow", "tomorrow"),
        ("update to 10.0 tonight", "tonight"),
    ],
)
def test_a_version_number_is_not_a_clock_time(text: str, said: str) -> None:
    w = parse_when(text, now=NOW, tz=TZ)
    assert w is not None and text[w.span[0] : w.span[1]] == said
    assert said == "tonight" or w.grain == "day"


def test_dotted_clock_times_still_read() -> None:
    assert _at("call mom at 9.30 tomorrow") == "Fri 04 Dec 2026 09:30"


@pytest.mark.parametrize(
    ("text", "said", "day"),
    [
        ("update the screenshots before friday's release", "before friday's release", "Fri 04"),
        ("finish the deck by friday's launch", "by friday's launch", "Fri 04"),
        ("prep slides ahead of monday's demo", "ahead of monday's demo", "Mon 07"),
        ("order chairs in time for saturday's wedding", "in time for saturday's wedding", "Sat 05"),
    ],
)
def test_a_deadline_named_by_its_event_spans_the_event(text: str, said: str, day: str) -> None:
    w = parse_when(text, now=NOW, tz=TZ)
    assert w is not None and text[w.span[0] : w.span[1]] == said
    assert w.start.strftime("%a %d") == day


def test_an_event_without_a_deadline_word_keeps_only_its_day() -> None:
    text = "buy balloons for friday's party"
    w = parse_when(text, now=NOW, tz=TZ)
    assert w is not None and text[w.span[0] : w.span[1]] == "for friday"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("steuererklärung abgeben am 15.01.", "Fri 15 Jan 2027 00:00"),
        ("rechnung bezahlen am 3.2.", "Wed 03 Feb 2027 00:00"),
        ("pagar la factura el 15/01", "Fri 15 Jan 2027 00:00"),
    ],
)
def test_digit_dates_in_a_message_without_time_words(text: str, expected: str) -> None:
    w = parse_when(text, now=NOW, tz=TZ)
    assert w is not None and w.grain == "day"
    assert _at(text) == expected
