"""The bars read back from the pictures have the lengths their numbers call for."""

from __future__ import annotations

from datetime import timedelta

import pytest

from flowhub.charts import (
    DayCount,
    Labels,
    PersonLoad,
    render_capture_hours,
    render_created_completed,
    render_done_strip,
    render_load,
    render_on_time,
    render_open_by_age,
)
from flowhub.charts.load import MOST_PEOPLE
from tests.charts.pixels import assert_proportional, boxes, picture, standing_bars
from tests.charts.samples import AGES, COMPLETED, CREATED, HOURS, MONDAY, PEOPLE, WEEK, WEEKS
from tests.charts.words import labels

BLUE, ORANGE, VERMILLION, GREEN = "#0072B2", "#E69F00", "#D55E00", "#009E73"


def _reading_order(bars: list, locale: str) -> list:
    """Bars in the order the data lists them: right to left on an Arabic chart."""
    return bars[::-1] if locale == "ar" else bars


@pytest.mark.parametrize("locale", ["en", "ar"])
def test_created_and_completed_bars_follow_the_counts(locale: str) -> None:
    image = picture(render_created_completed(WEEK, labels=labels(locale), locale=locale) or b"")
    created = _reading_order(standing_bars(image, BLUE), locale)
    completed = _reading_order(standing_bars(image, ORANGE), locale)
    sizes = [b.height for b in created] + [b.height for b in completed]
    values = [n for n in CREATED if n] + [n for n in COMPLETED if n]
    assert_proportional(sizes, values)
    # Each day's created bar sits on the reading side of its completed bar.
    first_created, first_completed = created[0], completed[0]
    if locale == "ar":
        assert first_created.left > first_completed.left
    else:
        assert first_created.left < first_completed.left


def test_many_days_still_draw_every_bar() -> None:
    month = [DayCount(MONDAY + timedelta(i), i % 4 + 1, i % 3) for i in range(30)]
    image = picture(render_created_completed(month, labels=labels("de"), locale="de") or b"")
    assert len(standing_bars(image, BLUE)) == 30
    assert len(standing_bars(image, ORANGE)) == 20


@pytest.mark.parametrize("locale", ["en", "hi"])
def test_open_by_age_bars_follow_the_counts(locale: str) -> None:
    png = render_open_by_age(AGES, labels=labels(locale, x_axis="days"), locale=locale)
    bars = standing_bars(picture(png or b""), BLUE)
    assert_proportional([b.height for b in bars], [b.count for b in AGES])


@pytest.mark.parametrize("locale", ["en", "ar", "ru"])
def test_load_shows_the_busiest_on_top_with_the_overdue_part(locale: str) -> None:
    image = picture(render_load(PEOPLE, labels=labels(locale), locale=locale) or b"")
    # Legend keys are small; the bars are rows about 50 px high.
    late = sorted((b for b in boxes(image, VERMILLION) if b.height > 30), key=lambda b: b.top)
    rest = sorted((b for b in boxes(image, BLUE) if b.height > 30), key=lambda b: b.top)
    # Priya 12 (5 late), Ana 7 (2), Sam 3 (0), Омар 2 (2); Nobody has none and is left out.
    assert_proportional([b.width for b in late] + [b.width for b in rest], [5, 2, 2, 7, 5, 3])
    assert [b.top for b in late] == sorted(b.top for b in late)
    assert late[0].top < rest[2].top < late[2].top
    # The legend names the parts in the order they are drawn from the axis: overdue, then open.
    late_key = next(b for b in boxes(image, VERMILLION) if b.height <= 30)
    open_key = next(b for b in boxes(image, BLUE) if b.height <= 30)
    assert late_key.bottom < late[0].top
    if locale == "ar":
        assert late[0].right > rest[0].right
        assert late_key.left > open_key.left
    else:
        assert late[0].left < rest[0].left
        assert late_key.left < open_key.left


def test_load_keeps_to_the_busiest_people() -> None:
    many = [PersonLoad(f"Person {i}", i + 1, 0) for i in range(MOST_PEOPLE + 5)]
    image = picture(render_load(many, labels=labels("en"), locale="en") or b"")
    rows = [b for b in boxes(image, BLUE) if b.height > 30]
    assert len(rows) == MOST_PEOPLE
    assert image.height <= 1350
    assert_proportional(sorted(b.width for b in rows), list(range(6, MOST_PEOPLE + 6)), tolerance=3)


def test_load_names_only_the_parts_it_has() -> None:
    png = render_load(PEOPLE, labels=Labels("Open tasks"), locale="en")
    assert not [b for b in boxes(picture(png or b""), BLUE) if b.height <= 30]


@pytest.mark.parametrize("locale", ["en", "de"])
def test_on_time_bars_follow_the_rate(locale: str) -> None:
    image = picture(render_on_time(WEEKS, labels=labels(locale), locale=locale) or b"")
    bars = standing_bars(image, GREEN)
    rates = [round(100 * w.on_time / w.completed) for w in WEEKS if w.on_time]
    assert_proportional([b.height for b in bars], rates)


def test_capture_hours_bars_follow_the_counts() -> None:
    image = picture(render_capture_hours(HOURS, labels=labels("en"), locale="en") or b"")
    bars = standing_bars(image, BLUE)
    assert_proportional([b.height for b in bars], [n for n in HOURS if n])
    # Hour 6 is the first with a task: bars keep their place on the day's axis.
    width = (bars[-1].left - bars[0].left) / (20 - 6)
    assert abs(bars[1].left - bars[0].left - width) <= 1


@pytest.mark.parametrize("locale", ["en", "ar"])
def test_done_strip_is_small_and_follows_the_counts(locale: str) -> None:
    png = render_done_strip(WEEK, labels=Labels("12 done, 3 more than last week"), locale=locale)
    image = picture(png or b"")
    assert image.size == (1080, 400)
    bars = _reading_order(standing_bars(image, ORANGE), locale)
    assert_proportional([b.height for b in bars], [n for n in COMPLETED if n])
