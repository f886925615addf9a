"""The share of tasks completed by their due date, week by week."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from matplotlib.ticker import FixedLocator, FuncFormatter

from flowhub.charts import _canvas as canvas
from flowhub.charts._format import day, percent
from flowhub.charts.types import Labels, WeekRate


def render_on_time(weeks: Sequence[WeekRate], *, labels: Labels, locale: str) -> bytes | None:
    """A bar per week at its on-time rate; a week with nothing completed stays empty.

    None when nothing was completed in any of the weeks.
    """
    if not any(w.completed for w in weeks):
        return None
    figure = canvas.new_figure(720)
    axes = canvas.new_axes(figure, labels.title, locale)
    rates = [min(w.on_time, w.completed) / w.completed if w.completed else 0.0 for w in weeks]
    bars = axes.bar(range(len(weeks)), rates, 0.7, color=canvas.GREEN)
    shown = [rate if w.completed else 0.0 for rate, w in zip(rates, weeks, strict=True)]
    text = partial(percent, code=locale)
    canvas.value_labels(axes, bars, shown, text, locale)
    # A week with nothing on time still says 0 %, unlike a week with nothing completed.
    for bar, rate, week in zip(bars, rates, weeks, strict=True):
        if week.completed and not rate:
            axes.annotate(
                text(0.0),
                (bar.get_x() + bar.get_width() / 2, 0),
                ha="center",
                va="bottom",
                xytext=(0, 6),
                textcoords="offset points",
                fontproperties=canvas.font(locale, canvas.VALUE_PT),
                color=canvas.INK,
            )
    axes.set_ylim(0, 1.14)
    axes.yaxis.set_major_locator(FixedLocator([0, 0.25, 0.5, 0.75, 1]))
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: text(value)))
    axes.grid(axis="y", color=canvas.GRID, linewidth=1.5)
    canvas.category_ticks(axes, [day(w.week_start, locale) for w in weeks], locale, most=6)
    canvas.axis_names(axes, labels.x_axis, labels.y_axis, locale)
    canvas.tick_fonts(axes, locale)
    return canvas.png(figure)
