"""The hours of the day when tasks are captured."""

from __future__ import annotations

from collections.abc import Sequence

from flowhub.charts import _canvas as canvas
from flowhub.charts._format import hour, number
from flowhub.charts.types import Labels

HOURS = 24


def render_capture_hours(counts: Sequence[int], *, labels: Labels, locale: str) -> bytes | None:
    """A bar per hour from midnight (24 counts, in the reader's zone), the busiest hour named.

    None when no task was captured.
    """
    if not any(counts):
        return None
    if len(counts) != HOURS:
        raise ValueError(f"capture hours need {HOURS} counts, one per hour, not {len(counts)}")
    figure = canvas.new_figure(720)
    axes = canvas.new_axes(figure, labels.title, locale)
    bars = axes.bar(range(HOURS), counts, 0.8, color=canvas.BLUE)
    busiest = max(counts)
    canvas.value_labels(
        axes, bars, [c if c == busiest else 0 for c in counts], lambda c: number(c, locale), locale
    )
    canvas.count_axis(axes, locale)
    canvas.category_ticks(axes, [hour(h, locale) for h in range(HOURS)], locale, most=8)
    canvas.axis_names(axes, labels.x_axis, labels.y_axis, locale)
    canvas.tick_fonts(axes, locale)
    return canvas.png(figure)
