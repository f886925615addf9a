"""Tasks created and completed per day, side by side."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from flowhub.charts import _canvas as canvas
from flowhub.charts._format import day, number
from flowhub.charts.types import DayCount, Labels

# Past this many days the bars are too thin to carry their numbers.
_MOST_LABELLED_DAYS = 8


def render_created_completed(
    days: Sequence[DayCount], *, labels: Labels, locale: str
) -> bytes | None:
    """Created and completed per day; `labels.series` names them (created, completed).

    None when nothing was created or completed on any of the days.
    """
    if not any(d.created or d.completed for d in days):
        return None
    figure = canvas.new_figure(720)
    axes = canvas.new_axes(figure, labels.title, locale, legend=True)
    width = 0.4
    positions = range(len(days))
    created = [d.created for d in days]
    completed = [d.completed for d in days]
    left = axes.bar([i - width / 2 for i in positions], created, width, color=canvas.BLUE)
    right = axes.bar([i + width / 2 for i in positions], completed, width, color=canvas.ORANGE)
    if len(days) <= _MOST_LABELLED_DAYS:
        text = partial(number, code=locale)
        canvas.value_labels(axes, left, created, text, locale)
        canvas.value_labels(axes, right, completed, text, locale)
    canvas.count_axis(axes, locale)
    canvas.category_ticks(axes, [day(d.day, locale) for d in days], locale, most=7)
    canvas.axis_names(axes, labels.x_axis, labels.y_axis, locale)
    canvas.tick_fonts(axes, locale)
    canvas.legend(axes, labels.series[:2], (canvas.BLUE, canvas.ORANGE), locale)
    return canvas.png(figure)
