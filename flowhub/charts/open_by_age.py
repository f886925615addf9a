"""Open tasks by how long they have been open."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from flowhub.charts import _canvas as canvas
from flowhub.charts._format import number
from flowhub.charts.types import AgeBucket, Labels


def render_open_by_age(
    buckets: Sequence[AgeBucket], *, labels: Labels, locale: str
) -> bytes | None:
    """One bar per age bucket ('0–1', '2–7', '31+' days), youngest first; None with none open."""
    if not any(b.count for b in buckets):
        return None
    figure = canvas.new_figure(720)
    axes = canvas.new_axes(figure, labels.title, locale)
    counts = [b.count for b in buckets]
    bars = axes.bar(range(len(buckets)), counts, 0.7, color=canvas.BLUE)
    canvas.value_labels(axes, bars, counts, partial(number, code=locale), locale)
    canvas.count_axis(axes, locale)
    canvas.category_ticks(axes, [_span(b, locale) for b in buckets], locale, most=12)
    canvas.axis_names(axes, labels.x_axis, labels.y_axis, locale)
    canvas.tick_fonts(axes, locale)
    return canvas.png(figure)


def _span(bucket: AgeBucket, locale: str) -> str:
    low = number(bucket.min_days, locale)
    if bucket.max_days is None:
        return f"{low}+"
    if bucket.max_days == bucket.min_days:
        return low
    return f"{low}–{number(bucket.max_days, locale)}"
