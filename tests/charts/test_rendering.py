"""Every chart in every tested language: a valid PNG 1080 px wide, every glyph in a font, the
same bytes each time, fast enough, and nothing at all when there is nothing to show."""

from __future__ import annotations

import time
import warnings
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from flowhub.charts import CHARTS, Labels, PersonLoad
from tests.charts.pixels import ink_rows, picture
from tests.charts.samples import SAMPLES
from tests.charts.words import LOCALES, labels


def test_every_chart_has_samples() -> None:
    assert set(SAMPLES) == set(CHARTS)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("name", sorted(CHARTS))
def test_chart_is_a_phone_sized_png_with_its_title(name: str, locale: str) -> None:
    with warnings.catch_warnings():
        # matplotlib warns "Glyph … missing from font(s)" when it would draw a box instead.
        warnings.simplefilter("error")
        png = CHARTS[name](SAMPLES[name][0], labels=labels(locale), locale=locale)
    assert png is not None
    image = picture(png)
    assert image.width == 1080
    assert 360 <= image.height <= 1350
    assert ink_rows(image, 0, 70) > 400, "the title is drawn at the top"


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_nothing_to_show_draws_nothing(name: str) -> None:
    assert CHARTS[name](SAMPLES[name][1], labels=labels("en"), locale="en") is None
    assert CHARTS[name]([], labels=labels("en"), locale="en") is None


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_same_data_gives_the_same_bytes_even_drawn_at_once(name: str) -> None:
    def draw(locale: str) -> bytes | None:
        return CHARTS[name](SAMPLES[name][0], labels=labels(locale), locale=locale)

    first = [draw(locale) for locale in ("en", "ar")]
    with ThreadPoolExecutor(max_workers=4) as pool:
        again = list(pool.map(draw, ["en", "ar"] * 3))
    assert again == first * 3
    assert first[0] != first[1]
    assert b"Software" not in (first[0] or b"")


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_a_chart_renders_quickly(name: str) -> None:
    CHARTS[name](SAMPLES[name][0], labels=labels("de"), locale="de")
    started = time.process_time()
    for _ in range(3):
        CHARTS[name](SAMPLES[name][0], labels=labels("de"), locale="de")
    # 85-150 ms of CPU each; time on the processor, as the wall clock depends on the neighbours.
    assert (time.process_time() - started) / 3 < 0.4


def test_capture_hours_needs_one_count_per_hour() -> None:
    with pytest.raises(ValueError, match="24 counts"):
        CHARTS["capture_hours"]([1, 2, 3], labels=labels("en"), locale="en")


@pytest.mark.parametrize("locale", ["en", "ar", "hi"])
def test_a_long_title_wraps_inside_the_picture(locale: str) -> None:
    title = " ".join([labels(locale).title] * 4)
    png = CHARTS["open_by_age"](SAMPLES["open_by_age"][0], labels=Labels(title), locale=locale)
    image = picture(png or b"")
    dark = np.argwhere(np.asarray(image)[:160].astype(int).sum(axis=2) < 3 * 120)
    assert dark[:, 1].min() > 8
    assert dark[:, 1].max() < image.width - 8
    # Two lines of title: ink in the band below the first line, too.
    assert ink_rows(image, 60, 110) > 400


def test_names_in_any_script_or_with_emoji_draw_without_empty_boxes() -> None:
    people = [PersonLoad("प्रिया", 4, 1), PersonLoad("عمر", 3, 0), PersonLoad("Ana 🌸", 2, 0)]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        png = CHARTS["load"](
            people, labels=Labels("Team 🚀 load", series=("Late", "Open")), locale="en"
        )
    assert png is not None
    same = CHARTS["load"](
        [PersonLoad("प्रिया", 4, 1), PersonLoad("عمر", 3, 0), PersonLoad("Ana", 2, 0)],
        labels=Labels("Team load", series=("Late", "Open")),
        locale="en",
    )
    assert png == same
