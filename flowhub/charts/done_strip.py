"""A small strip of tasks done per day under a one-line title, for the digest and the review."""

from __future__ import annotations

from collections.abc import Sequence

from flowhub.charts import _canvas as canvas
from flowhub.charts._format import day, number, weekday
from flowhub.charts.types import DayCount, Labels

_WEEK = 7


def render_done_strip(days: Sequence[DayCount], *, labels: Labels, locale: str) -> bytes | None:
    """Completed per day as short bars with their numbers; None when nothing was done."""
    if not any(d.completed for d in days):
        return None
    figure = canvas.new_figure(400)
    axes = canvas.new_axes(figure, labels.title, locale)
    done = [d.completed for d in days]
    bars = axes.bar(range(len(days)), done, 0.7, color=canvas.ORANGE)
    canvas.value_labels(axes, bars, done, lambda n: number(n, locale), locale)
    axes.set_yticks([])
    axes.margins(y=0.3)
    name = weekday if len(days) <= _WEEK else day
    canvas.category_ticks(axes, [name(d.day, locale) for d in days], locale, most=_WEEK)
    canvas.axis_names(axes, labels.x_axis, "", locale)
    canvas.tick_fonts(axes, locale)
    return canvas.png(figure)
