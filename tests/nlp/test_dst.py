"""DST correctness of `parse_when` and `next_occurrences` over every zone change of 2026-2028.

Every change is found by scanning the zone's UTC offset (zoneinfo has no list of transitions),
and each is checked with `now` before, inside and after it: a wall time in a spring-forward gap
moves forward by the gap, an ambiguous fall-back time takes its first occurrence unless the text
asks for the second, "in 3 hours" is three hours of elapsed time, daily rules keep the wall clock,
and every result is aware, in the user's zone and survives a round trip through UTC (checked
for a wider set of relative phrases and repeating rules too).

Zones, and why each is here:

- America/New_York, America/Los_Angeles: the US rule, and zone abbreviations (EST, PST) that
  name the later offset of a fall-back night.
- America/St_Johns: a half-hour offset (-03:30) on the US rule.
- America/Havana, America/Santiago: changes at midnight, so 00:00 of a spring-forward day does
  not exist; Santiago is southern (clocks go back in April).
- Pacific/Easter: Chile's dates at 22:00 local, so both changes fall late on a Saturday evening.
- America/Nuuk: the EU rule applied at 01:00 UTC lands at 23:00 local the day before.
- Europe/London, Europe/Berlin: the EU rule, and the GMT and CET abbreviations.
- Europe/Dublin: "negative DST" in tzdata (winter GMT is the daylight-saving offset).
- Europe/Chisinau: its own local hours (02:00 / 03:00) rather than 01:00 UTC.
- Africa/Cairo: DST reinstated in 2023, changes at midnight (24:00 repeats as 23:00).
- Africa/Casablanca: clocks go back for Ramadan and forward after it, at dates that move.
- Asia/Jerusalem: the Friday before the last Sunday of March.
- Asia/Beirut: changes at midnight at the end of March and October.
- Australia/Adelaide: a half-hour offset (+09:30/+10:30) in the southern hemisphere.
- Australia/Lord_Howe: a 30-minute DST.
- Pacific/Auckland: far east of UTC, so the change is on the previous UTC day.
- Pacific/Chatham: a 45-minute offset (+12:45/+13:45).
- Antarctica/Troll: a two-hour DST.

Left out: Asia/Tehran and America/Mexico_City (no DST since 2022), America/Asuncion (permanent
-03 since 2024); the scan asserts that every listed zone still has its changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flowhub.nlp import next_after_completion, next_occurrences, parse_when
from flowhub.nlp._time_clock import TZ_OFFSETS

ZONES = (
    "America/New_York",
    "America/Los_Angeles",
    "America/St_Johns",
    "America/Havana",
    "America/Santiago",
    "Pacific/Easter",
    "America/Nuuk",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Dublin",
    "Europe/Chisinau",
    "Africa/Cairo",
    "Africa/Casablanca",
    "Asia/Jerusalem",
    "Asia/Beirut",
    "Australia/Adelaide",
    "Australia/Lord_Howe",
    "Pacific/Auckland",
    "Pacific/Chatham",
    "Antarctica/Troll",
)
NO_DST = ("Asia/Tehran", "America/Mexico_City")

settings.register_profile(
    "dst",
    max_examples=150,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
DST = settings.get_profile("dst")


@dataclass(frozen=True)
class Change:
    """One change of a zone's UTC offset."""

    zone: str
    at: datetime  # the UTC instant of the change
    before: timedelta
    after: timedelta

    @property
    def tz(self) -> ZoneInfo:
        """The zone."""
        return ZoneInfo(self.zone)

    @property
    def jump(self) -> timedelta:
        """How far the clocks move: positive springs forward, negative falls back."""
        return self.after - self.before

    @property
    def skipped(self) -> datetime:
        """The first wall time the change skips (forward) or repeats (back)."""
        return (self.at + min(self.before, self.after)).replace(tzinfo=None)

    def __str__(self) -> str:
        return f"{self.zone}@{self.at:%Y-%m-%dT%H:%M}Z"


def _changes(zone: str, first: int = 2026, last: int = 2028) -> list[Change]:
    """Every offset change of `zone` in the years `first`-`last`, to the minute."""
    tz = ZoneInfo(zone)
    t = datetime(first, 1, 1, tzinfo=UTC)
    end = datetime(last + 1, 1, 1, tzinfo=UTC)
    prev = t.astimezone(tz).utcoffset()
    out: list[Change] = []
    while t < end:
        nxt = t + timedelta(hours=6)
        off = nxt.astimezone(tz).utcoffset()
        if off != prev:
            lo, hi = t, nxt
            while hi - lo > timedelta(minutes=1):
                mid = lo + timedelta(minutes=(hi - lo) // timedelta(minutes=2))
                lo, hi = (mid, hi) if mid.astimezone(tz).utcoffset() == prev else (lo, mid)
            assert prev is not None and off is not None
            out.append(Change(zone, hi, prev, off))
            prev = off
        t = nxt
    return out


CHANGES = [c for z in ZONES for c in _changes(z)]
GAPS = [c for c in CHANGES if c.jump > timedelta(0)]
OVERLAPS = [c for c in CHANGES if c.jump < timedelta(0)]


# ---------------------------------------------------------------- oracle


def _offsets(tz: ZoneInfo, wall: datetime) -> tuple[timedelta, timedelta]:
    """The offsets in force a day before and a day after `wall`."""
    a = (wall - timedelta(days=1)).replace(tzinfo=UTC).astimezone(tz).utcoffset()
    b = (wall + timedelta(days=1)).replace(tzinfo=UTC).astimezone(tz).utcoffset()
    assert a is not None and b is not None
    return a, b


def occurrences(tz: ZoneInfo, wall: datetime) -> list[datetime]:
    """The UTC instants that show `wall` in `tz`, or the one a gap moves it forward to."""
    before, after = _offsets(tz, wall)
    found = sorted(
        {
            u
            for off in (before, after)
            if (u := (wall - off).replace(tzinfo=UTC)).astimezone(tz).replace(tzinfo=None) == wall
        }
    )
    return found or [(wall - before).replace(tzinfo=UTC)]


def first(tz: ZoneInfo, wall: datetime) -> datetime:
    """The default reading of `wall`: its first occurrence, or forward by the gap."""
    return occurrences(tz, wall)[0]


def exists(tz: ZoneInfo, wall: datetime) -> bool:
    """Whether the clocks of `tz` ever show `wall` (False inside a spring-forward gap)."""
    return first(tz, wall).astimezone(tz).replace(tzinfo=None) == wall


def to_come(tz: ZoneInfo, wall: datetime, now: datetime) -> list[datetime]:
    """The readings of `wall` still to come at `now`.

    A gap time is still to come while the wall clock has not passed it (its forward reading is
    not taken once the clocks show a later time); an existing one while its instant is ahead.
    """
    if not exists(tz, wall):
        return [first(tz, wall)] if wall >= now.astimezone(tz).replace(tzinfo=None) else []
    return [u for u in occurrences(tz, wall) if u >= now]


def next_after(tz: ZoneInfo, wall: datetime, now: datetime) -> datetime:
    """The first reading of the clock time of `wall` still to come at `now`, from today on."""
    today = now.astimezone(tz).date()
    for k in range(3):
        found = to_come(tz, datetime.combine(today + timedelta(days=k), wall.time()), now)
        if found:
            return found[0]
    raise AssertionError("no occurrence within three days")


def sound(dt: datetime, zone: str) -> None:
    """Aware, in `zone`, and unchanged by a round trip through UTC (same wall clock)."""
    assert dt.tzinfo is not None and getattr(dt.tzinfo, "key", None) == zone, dt
    back = dt.astimezone(UTC).astimezone(ZoneInfo(zone))
    assert back.replace(tzinfo=None) == dt.replace(tzinfo=None), (dt, back)
    assert back.utcoffset() == dt.utcoffset() and back.fold == dt.fold, (dt, back)


def read(text: str, now: datetime, zone: str) -> datetime:
    """The start `parse_when` gives for `text`, checked sound, in UTC."""
    w = parse_when(text, now=now, tz=zone)
    assert w is not None, text
    sound(w.start, zone)
    if w.end is not None:
        sound(w.end, zone)
    return w.start.astimezone(UTC)


def clock24(wall: datetime) -> str:
    """ "02:30"."""
    return f"{wall:%H:%M}"


def clock12(wall: datetime) -> str:
    """ "2:30am"."""
    return f"{(wall.hour - 1) % 12 + 1}:{wall:%M}{'am' if wall.hour < 12 else 'pm'}"


def bare(wall: datetime) -> list[str]:
    """ "2:30" with no am/pm, for hours 1-11 (whichever of 02:30 and 14:30 comes next)."""
    return [f"{wall.hour}:{wall:%M}"] if 1 <= wall.hour <= 11 else []


def next_either(tz: ZoneInfo, wall: datetime, now: datetime) -> datetime:
    """The next reading of `wall` or of twelve hours later."""
    return min(next_after(tz, wall, now), next_after(tz, wall + timedelta(hours=12), now))


def on(day: date) -> str:
    """ "on March 8 2026"."""
    return f"on {day:%B} {day.day} {day.year}"


def inside(c: Change, fraction: float = 0.5) -> datetime:
    """A wall time (to the minute) inside the skipped or repeated hour of `c`."""
    span = abs(c.jump)
    return c.skipped + timedelta(minutes=int(span.total_seconds() // 60 * fraction))


def later_abbrev(c: Change) -> str | None:
    """The zone abbreviation of the offset after a fall-back, when the grammar knows it."""
    name = (c.at + timedelta(minutes=1)).astimezone(c.tz).tzname() or ""
    off = TZ_OFFSETS.get(name.lower())
    return name if off is not None and timedelta(minutes=off) == c.after else None


ELAPSED = (
    ("in 3 hours", timedelta(hours=3)),
    ("in 90 minutes", timedelta(minutes=90)),
    ("in an hour", timedelta(hours=1)),
    ("in 2 hours", timedelta(hours=2)),
    ("in 45 minutes", timedelta(minutes=45)),
    ("in 30 mins", timedelta(minutes=30)),
    ("back in 45", timedelta(minutes=45)),
    ("in half an hour", timedelta(minutes=30)),
)
SECOND_FORMS = (
    "{day} at {t} after the clocks go back",
    "{day} at the second {t}",
    "{day} at {t} (second time)",
    "{day} at {t} standard time",
)


def _nows(c: Change) -> list[datetime]:
    """`now` before, at, inside and after the change."""
    steps = (-240, -90, -61, -60, -30, -1, 0, 1, 15, 30, 59, 60, 61, 120, 240)
    return [c.at + timedelta(minutes=m) for m in steps]


def test_every_zone_has_its_changes() -> None:
    for z in ZONES:
        assert len(_changes(z)) >= 6, z
    for z in NO_DST:
        assert _changes(z) == [], z
    assert len(CHANGES) >= 6 * len(ZONES)


# ---------------------------------------------------------------- spring forward


@pytest.mark.parametrize("c", GAPS, ids=str)
def test_gap_time_moves_forward_by_the_gap(c: Change) -> None:
    tz = c.tz
    for fraction in (0.0, 0.5, 0.99):
        wall = inside(c, fraction)
        want = first(tz, wall)
        assert want == (wall - c.before).replace(tzinfo=UTC)
        neighbour = first(tz, c.skipped - timedelta(minutes=1))
        for clock in (clock24(wall), clock12(wall)):
            for now in (c.at - timedelta(days=3), c.at, c.at + timedelta(days=2)):
                got = read(f"{on(wall.date())} at {clock}", now, c.zone)
                assert got == want, (clock, now)
                assert got > neighbour
            eve = first(tz, datetime.combine(wall.date() - timedelta(days=1), datetime.min.time()))
            for now in (eve + timedelta(hours=12), eve + timedelta(hours=20)):
                assert read(f"tomorrow at {clock12(wall)}", now, c.zone) == want
            for back in (1, 60, 360):
                now = want - timedelta(minutes=back)
                assert read(f"at {clock}", now, c.zone) == next_after(tz, wall, now), (clock, now)
                for said in bare(wall):
                    assert read(f"at {said}", now, c.zone) == next_either(tz, wall, now), said
            for now in (c.at, c.at + timedelta(minutes=1), want + timedelta(minutes=1)):
                assert read(f"at {clock}", now, c.zone) == next_after(tz, wall, now), (clock, now)


@pytest.mark.parametrize("c", GAPS, ids=str)
def test_bare_day_starts_at_its_first_instant(c: Change) -> None:
    day = (c.at + c.after).date()
    start = datetime.combine(day, datetime.min.time())
    want = first(c.tz, start)
    got = read(on(day), c.at - timedelta(days=2), c.zone)
    assert got == want
    assert got.astimezone(c.tz).date() == day


# ---------------------------------------------------------------- fall back


@pytest.mark.parametrize("c", OVERLAPS, ids=str)
def test_ambiguous_time_takes_the_first_occurrence(c: Change) -> None:
    tz = c.tz
    for fraction in (0.0, 0.5, 0.99):
        wall = inside(c, fraction)
        one, two = occurrences(tz, wall)
        assert two - one == c.before - c.after
        for clock in (clock24(wall), clock12(wall)):
            for now in (c.at - timedelta(days=3), c.at, c.at + timedelta(days=2)):
                assert read(f"{on(wall.date())} at {clock}", now, c.zone) == one, (clock, now)
            eve = first(tz, datetime.combine(wall.date() - timedelta(days=1), datetime.min.time()))
            assert read(f"tomorrow at {clock12(wall)}", eve + timedelta(hours=15), c.zone) == one
            # Said before, between and after the two: the next one still to come.
            for now in (
                one - timedelta(hours=5),
                one - timedelta(minutes=1),
                one + timedelta(minutes=1),
                two - timedelta(minutes=1),
                two,
                two + timedelta(minutes=1),
            ):
                assert read(f"at {clock}", now, c.zone) == next_after(tz, wall, now), (clock, now)
            for said in bare(wall):
                for now in (one - timedelta(hours=5), one + timedelta(minutes=1)):
                    assert read(f"at {said}", now, c.zone) == next_either(tz, wall, now), said


@pytest.mark.parametrize("c", OVERLAPS, ids=str)
def test_second_occurrence_is_reachable(c: Change) -> None:
    tz = c.tz
    wall = inside(c)
    two = occurrences(tz, wall)[1]
    day = wall.date()
    eve = first(tz, datetime.combine(day - timedelta(days=1), datetime.min.time()))
    noon = eve + timedelta(hours=12)
    for form in SECOND_FORMS:
        for when, now in (("tomorrow", noon), (on(day), c.at - timedelta(days=5))):
            text = form.format(day=when, t=clock12(wall))
            assert read(text, now, c.zone) == two, text
    text = f"at {clock12(wall)} after the clocks go back"
    assert read(text, two - timedelta(hours=8), c.zone) == two, text
    abbrev = later_abbrev(c)
    if abbrev is not None:
        for text in (
            f"tomorrow at {clock12(wall)} {abbrev}",
            f"{on(day)} {clock24(wall)} {abbrev}",
        ):
            assert read(text, noon, c.zone) == two, text


# ---------------------------------------------------------------- elapsed offsets


@pytest.mark.parametrize("c", CHANGES, ids=str)
def test_elapsed_offsets_are_elapsed_time(c: Change) -> None:
    for now in _nows(c):
        for text, delta in ELAPSED:
            assert read(f"remind me {text}", now, c.zone) == now + delta, (text, now)


SOUND_ONLY = (
    "next hour",
    "next three hours",
    "last 2 minutes",
    "last hour",
    "today in one hour",
    "in a couple of hours",
    "in 3 days",
    "tonight at 11:30",
    "midnight",
    "tomorrow morning",
    "from 1 to 3am",
    "1:30-2:30am tomorrow",
    "every 30 minutes",
    "every hour",
    "every day at 2:30am until friday",
)


@pytest.mark.parametrize("c", CHANGES, ids=str)
def test_every_reading_is_sound(c: Change) -> None:
    for m in (-61, 0, 30):
        now = c.at + timedelta(minutes=m)
        for text in SOUND_ONLY:
            w = parse_when(text, now=now, tz=c.zone)
            assert w is not None, text
            for dt in (w.start, w.end):
                if dt is not None:
                    sound(dt, c.zone)
            if w.rrule:
                got = next_occurrences(w.rrule, start=w.start, tz=c.zone, after=now, count=4)
                instants = [g.astimezone(UTC) for g in got]
                assert instants == sorted(set(instants)), (text, now)
                for g in got:
                    sound(g, c.zone)


@pytest.mark.parametrize("c", CHANGES, ids=str)
def test_repeats_after_completion_count_elapsed_hours(c: Change) -> None:
    for m in (-90, -30, 0, 30):
        done = (c.at + timedelta(minutes=m)).astimezone(c.tz)
        got = next_after_completion("FREQ=HOURLY;INTERVAL=2", anchor=done, tz=c.zone, done_at=done)
        assert got is not None and got.astimezone(UTC) == done.astimezone(UTC) + timedelta(hours=2)
        sound(got, c.zone)
        daily = next_after_completion("FREQ=DAILY", anchor=done, tz=c.zone, done_at=done)
        assert daily is not None
        sound(daily, c.zone)


# ---------------------------------------------------------------- daily rules


def _check_daily(c: Change, wall: datetime, now: datetime) -> None:
    tz = c.tz
    w = parse_when(f"every day at {clock12(wall)}", now=now, tz=c.zone)
    assert w is not None and w.rrule is not None
    sound(w.start, c.zone)
    clock = wall.time()
    day = (now + timedelta(minutes=1)).astimezone(tz).date()
    expected = [
        first(tz, wall)
        for k in range(-1, 6)
        if to_come(tz, wall := datetime.combine(day + timedelta(days=k), clock), now)
        and first(tz, wall) > now
    ]
    assert w.start.astimezone(UTC) == expected[0]
    got = next_occurrences(w.rrule, start=w.start, tz=c.zone, after=w.start, count=3)
    assert [g.astimezone(UTC) for g in got] == expected[1:4]
    for g in got:
        sound(g, c.zone)
    for g in [w.start, *got]:
        if g.time() != clock:  # only a time a gap skipped, moved forward by the gap
            walls = [datetime.combine(g.date() - timedelta(days=k), clock) for k in (0, 1)]
            assert any(not exists(tz, x) and first(tz, x) == g for x in walls), g


@pytest.mark.parametrize("c", CHANGES, ids=str)
def test_daily_rule_keeps_the_wall_clock(c: Change) -> None:
    wall = inside(c)
    for now in (
        c.at - timedelta(days=2),
        c.at - timedelta(hours=3),
        c.at,
        c.at + timedelta(hours=1),
    ):
        _check_daily(c, wall, now)
    _check_daily(c, wall.replace(hour=9, minute=0), c.at - timedelta(days=1))


# ---------------------------------------------------------------- properties


@DST
@given(c=st.sampled_from(GAPS), x=st.floats(0, 0.999), back=st.integers(1, 20 * 60))
def test_property_gap(c: Change, x: float, back: int) -> None:
    wall = inside(c, x)
    want = first(c.tz, wall)
    assert read(f"{on(wall.date())} at {clock12(wall)}", c.at, c.zone) == want
    now = want - timedelta(minutes=back)
    assert read(f"at {clock24(wall)}", now, c.zone) == next_after(c.tz, wall, now)


@DST
@given(
    c=st.sampled_from(OVERLAPS),
    x=st.floats(0, 0.999),
    shift=st.integers(-6 * 60, 3 * 60),
    form=st.sampled_from(SECOND_FORMS),
)
def test_property_overlap(c: Change, x: float, shift: int, form: str) -> None:
    wall = inside(c, x)
    one, two = occurrences(c.tz, wall)
    when = on(wall.date())
    assert read(f"{when} at {clock12(wall)}", c.at, c.zone) == one
    assert read(form.format(day=when, t=clock12(wall)), c.at, c.zone) == two
    now = c.at + timedelta(minutes=shift)
    assert read(f"at {clock24(wall)}", now, c.zone) == next_after(c.tz, wall, now)


@DST
@given(
    c=st.sampled_from(CHANGES),
    shift=st.integers(-5 * 60, 3 * 60),
    hours=st.integers(1, 6),
    minutes=st.integers(1, 300),
)
def test_property_elapsed(c: Change, shift: int, hours: int, minutes: int) -> None:
    now = c.at + timedelta(minutes=shift)
    assert read(f"in {hours} hours", now, c.zone) == now + timedelta(hours=hours)
    assert read(f"in {minutes} minutes", now, c.zone) == now + timedelta(minutes=minutes)


@DST
@given(c=st.sampled_from(CHANGES), x=st.floats(-1.5, 2.5), days=st.integers(0, 2))
def test_property_daily(c: Change, x: float, days: int) -> None:
    wall = inside(c, x)
    _check_daily(c, wall, c.at - timedelta(days=days, hours=1))
