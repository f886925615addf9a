"""Behaviour of parse_when / search_when with a fixed clock (Wed 2026-03-04 10:00 Berlin)."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr

from flowhub.nlp.types import When
from flowhub.nlp.when import parse_when, search_when

TZ = "Europe/Berlin"
BER = ZoneInfo(TZ)
NOW = datetime(2026, 3, 4, 10, 0, tzinfo=BER)


def p(text: str, now: datetime = NOW, tz: str = TZ, **kw: str) -> When:
    got = parse_when(text, now=now, tz=tz, **kw)
    assert got is not None, text
    assert got.start.tzinfo is not None
    return got


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=BER)


@pytest.mark.parametrize(
    ("text", "start", "grain"),
    [
        ("3 March", local(2027, 3, 3), "day"),
        ("March 5th", local(2026, 3, 5), "day"),
        ("2026-03-03", local(2026, 3, 3), "day"),
        ("2026-03-05T09:00", local(2026, 3, 5, 9), "minute"),
        ("on 12 april 2027", local(2027, 4, 12), "day"),
        ("the 15th", local(2026, 3, 15), "day"),
    ],
)
def test_absolute_dates(text: str, start: datetime, grain: str) -> None:
    w = p(text)
    assert (w.start, w.grain) == (start, grain)


def test_numeric_dates_follow_locale() -> None:
    assert p("03/04/2027").start == local(2027, 4, 3)  # Berlin: day first
    ny = ZoneInfo("America/New_York")
    assert p("03/04/2027", tz="America/New_York").start == datetime(2027, 3, 4, tzinfo=ny)
    assert p("03/04/2027", locale="en_US").start == local(2027, 3, 4)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("tomorrow", local(2026, 3, 5)),
        ("tmrw", local(2026, 3, 5)),
        ("today", local(2026, 3, 4)),
        ("day after tomorrow", local(2026, 3, 6)),
        ("yesterday", local(2026, 3, 3)),
        ("in 2 hours", local(2026, 3, 4, 12)),
        ("in 3 days", local(2026, 3, 7, 10)),
        ("in a week", local(2026, 3, 11, 10)),
        ("2 days ago", local(2026, 3, 2, 10)),
        ("next week", local(2026, 3, 9)),
        ("this weekend", local(2026, 3, 7)),
        ("end of month", local(2026, 3, 31)),
        ("before month end", local(2026, 3, 31)),
        ("by month-end", local(2026, 3, 31)),
        ("a week from friday", local(2026, 3, 13)),
    ],
)
def test_relative(text: str, start: datetime) -> None:
    assert p(text).start == start


def test_day_parts_and_named_times() -> None:
    assert p("tonight").start == local(2026, 3, 4, 20)
    assert p("this evening").start == local(2026, 3, 4, 18)
    assert p("tomorrow morning").start == local(2026, 3, 5, 9)
    assert p("tomorrow afternoon").start == local(2026, 3, 5, 15)
    assert p("noon").start == local(2026, 3, 4, 12)
    assert p("midnight").start == local(2026, 3, 5, 0)
    assert p("eod").start == local(2026, 3, 4, 17)
    assert p("eod", now=local(2026, 3, 4, 18)).start == local(2026, 3, 5, 17)
    assert p("eow").start == local(2026, 3, 6, 17)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("friday", local(2026, 3, 6)),
        ("fri", local(2026, 3, 6)),
        ("on monday", local(2026, 3, 9)),
        ("this friday", local(2026, 3, 6)),
        ("next friday", local(2026, 3, 13)),
        ("next monday", local(2026, 3, 9)),
        ("last friday", local(2026, 2, 27)),
        ("wednesday", local(2026, 3, 11)),
    ],
)
def test_weekdays(text: str, start: datetime) -> None:
    assert p(text).start == start


def test_weekday_with_time_in_a_message() -> None:
    text = "send the deck to Sam by friday 5pm"
    w = p(text)
    assert w.start == local(2026, 3, 6, 17)
    assert text[w.span[0] : w.span[1]] in ("by friday 5pm", "friday 5pm")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("at 9", local(2026, 3, 4, 21)),
        ("9am", local(2026, 3, 5, 9)),
        ("9 am", local(2026, 3, 5, 9)),
        ("at 11", local(2026, 3, 4, 11)),
        ("9.30pm", local(2026, 3, 4, 21, 30)),
        ("21:30", local(2026, 3, 4, 21, 30)),
        ("half past 3", local(2026, 3, 4, 15, 30)),
        ("quarter to 5", local(2026, 3, 4, 16, 45)),
        ("5pm", local(2026, 3, 4, 17)),
        ("tomorrow at 9", local(2026, 3, 5, 9)),
        ("at nine am", local(2026, 3, 5, 9)),
        ("twenty past three pm", local(2026, 3, 4, 15, 20)),
    ],
)
def test_times(text: str, start: datetime) -> None:
    assert p(text).start == start


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2-4pm", local(2026, 3, 4, 14), local(2026, 3, 4, 16)),
        ("9am to 5pm", local(2026, 3, 5, 9), local(2026, 3, 5, 17)),
        ("between 2 and 4pm", local(2026, 3, 4, 14), local(2026, 3, 4, 16)),
        ("from monday to wednesday", local(2026, 3, 9), local(2026, 3, 12)),
        ("mon-fri", local(2026, 3, 9), local(2026, 3, 14)),
    ],
)
def test_ranges(text: str, start: datetime, end: datetime) -> None:
    w = p(text)
    assert (w.start, w.end) == (start, end)


def test_past_rolls_forward_unless_explicit() -> None:
    assert p("march 3").start == local(2027, 3, 3)
    assert p("9am", now=local(2026, 3, 4, 10)).start == local(2026, 3, 5, 9)
    assert p("last friday").start < NOW


def _next3(w: When) -> list[datetime]:
    assert w.rrule is not None
    rule = rrulestr(w.rrule, dtstart=w.start)
    out = [w.start]
    while len(out) < 3:
        nxt = rule.after(out[-1])  # type: ignore[union-attr]
        assert nxt is not None
        out.append(nxt)
    return out


@pytest.mark.parametrize(
    ("text", "rrule", "first"),
    [
        ("every day", "FREQ=DAILY", local(2026, 3, 4)),
        ("daily", "FREQ=DAILY", local(2026, 3, 4)),
        ("every weekday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", local(2026, 3, 4)),
        (
            "every monday and thursday at 9",
            "FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=9;BYMINUTE=0",
            local(2026, 3, 5, 9),
        ),
        ("every other friday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", local(2026, 3, 6)),
        ("every 3 weeks", "FREQ=WEEKLY;INTERVAL=3", local(2026, 3, 4)),
        ("every 3rd friday", "FREQ=MONTHLY;BYDAY=+3FR", local(2026, 3, 20)),
        ("every last friday", "FREQ=MONTHLY;BYDAY=-1FR", local(2026, 3, 27)),
        ("1st of every month", "FREQ=MONTHLY;BYMONTHDAY=1", local(2026, 4, 1)),
        ("every month on the 15th", "FREQ=MONTHLY;BYMONTHDAY=15", local(2026, 3, 15)),
        ("last day of every month", "FREQ=MONTHLY;BYMONTHDAY=-1", local(2026, 3, 31)),
        ("every year on march 3", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=3", local(2027, 3, 3)),
        ("every morning", "FREQ=DAILY;BYHOUR=9;BYMINUTE=0", local(2026, 3, 5, 9)),
        ("every 2 hours", "FREQ=HOURLY;INTERVAL=2;BYMINUTE=0", local(2026, 3, 4, 12)),
    ],
)
def test_recurrence(text: str, rrule: str, first: datetime) -> None:
    w = p(text)
    assert w.rrule == rrule
    assert w.start == first
    occ = _next3(w)
    assert occ[0] < occ[1] < occ[2]


def test_recurrence_next_occurrences() -> None:
    w = p("every monday and thursday at 9")
    assert _next3(w) == [local(2026, 3, 5, 9), local(2026, 3, 9, 9), local(2026, 3, 12, 9)]


def test_until_and_count() -> None:
    w = p("every friday until march 20")
    assert w.rrule == "FREQ=WEEKLY;BYDAY=FR;UNTIL=20260319T230000Z"  # 20 March 00:00 Berlin
    occ = list(rrulestr(w.rrule, dtstart=w.start))
    assert [o.date().day for o in occ] == [6, 13, 20]
    c = p("every day at 8 for 3 times")
    assert c.rrule is not None and c.rrule.endswith("COUNT=3")
    assert len(list(rrulestr(c.rrule, dtstart=c.start))) == 3


def test_dst_gap_and_overlap_new_york() -> None:
    ny = ZoneInfo("America/New_York")
    now = datetime(2026, 3, 7, 12, 0, tzinfo=ny)
    gap = p("tomorrow at 2:30am", now=now, tz="America/New_York")
    assert (gap.start.hour, gap.start.minute) == (3, 30)
    now = datetime(2026, 10, 31, 12, 0, tzinfo=ny)
    over = p("tomorrow at 1:30am", now=now, tz="America/New_York")
    assert over.start.fold == 0 and over.start.utcoffset() == timedelta(hours=-4)


def test_dst_gap_and_overlap_berlin() -> None:
    gap = p("march 29 at 2:30am")
    assert (gap.start.hour, gap.start.minute) == (3, 30)
    assert gap.start.utcoffset() == timedelta(hours=2)
    over = p("october 25 at 2:30am")
    assert over.start.utcoffset() == timedelta(hours=2)


def test_weekly_rule_keeps_local_time_across_dst() -> None:
    w = p("every monday at 9am", now=local(2026, 3, 20, 10))
    assert w.rrule is not None
    occ = list(islice(rrulestr(w.rrule, dtstart=w.start), 3))  # type: ignore[call-overload]
    assert [o.hour for o in occ] == [9, 9, 9]
    assert [o.utcoffset() for o in occ] == [
        timedelta(hours=1),
        timedelta(hours=2),
        timedelta(hours=2),
    ]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("mañana a las 9", local(2026, 3, 5, 9)),
        ("manana a las 9", local(2026, 3, 5, 9)),
        ("el viernes", local(2026, 3, 6)),
        ("amanhã às 10", local(2026, 3, 5, 10)),
        ("demain à 9h", local(2026, 3, 5, 9)),
        ("vendredi", local(2026, 3, 6)),
        ("morgen um 9", local(2026, 3, 5, 9)),
        ("freitag", local(2026, 3, 6)),
        ("übermorgen", local(2026, 3, 6)),
    ],
)
def test_other_languages(text: str, start: datetime) -> None:
    assert p(text).start == start


@pytest.mark.parametrize(
    ("text", "byday"),
    [
        ("cada lunes", "MO"),
        ("toda segunda", "MO"),
        ("tous les lundis", "MO"),
        ("jeden montag", "MO"),
    ],
)
def test_other_languages_recurrence(text: str, byday: str) -> None:
    assert p(text).rrule == f"FREQ=WEEKLY;BYDAY={byday}"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("christmas", local(2026, 12, 25)),
        ("new year's eve", local(2026, 12, 31)),
        ("thanksgiving", local(2026, 11, 26)),
        ("halloween", local(2026, 10, 31)),
        ("easter", local(2026, 4, 5)),
        ("mother's day", local(2026, 5, 10)),
        ("memorial day", local(2026, 5, 25)),
        ("labor day", local(2026, 9, 7)),
        ("mlk day", local(2027, 1, 18)),
    ],
)
def test_holidays(text: str, start: datetime) -> None:
    assert p(text).start == start


@pytest.mark.parametrize(
    "text",
    [
        "may I ask something",
        "we march on",
        "2 items",
        "3 people",
        "call 911",
        "upgrade to version 2.10.1",
        "the second option",
        "hello there",
        "A4 A5",
        "version 2.10",
        "it costs 3.50",
        "sunday best",
        "remove the first alarm",
    ],
)
def test_no_false_positives(text: str) -> None:
    assert parse_when(text, now=NOW, tz=TZ) is None


def test_search_when_returns_all_in_order() -> None:
    text = "call bob tomorrow at 9 and email ann on friday"
    found = search_when(text, now=NOW, tz=TZ)
    assert [text[a:b] for a, b in (w.span for w in found)] == ["tomorrow at 9", "on friday"]


def test_naive_now_is_rejected() -> None:
    with pytest.raises(ValueError):
        parse_when("tomorrow", now=datetime(2026, 3, 4), tz=TZ)
