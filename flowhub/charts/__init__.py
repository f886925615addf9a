"""Charts as PNG pictures: plain frozen data and already translated words in, PNG bytes out.

Each chart is one module with one `render_*` function taking its data, `labels=` (the words,
translated by the caller) and `locale=` (a FlowHub locale code: dates, numbers and digits are
written here with Babel in it). A chart with nothing worth drawing returns None, so callers skip
it. Pictures are 1080 px wide with fonts sized for a phone, in the Okabe-Ito colour-blind-safe
palette, and the same input gives the same bytes. Right-to-left locales read from the right.

Rules: every render draws on its own `matplotlib.figure.Figure` on an Agg canvas, never pyplot
or the global rcParams, so renders may run at the same time. This package imports nothing of
FlowHub but `flowhub.settings`.
"""

from collections.abc import Callable, Mapping

from flowhub.charts.capture_hours import render_capture_hours
from flowhub.charts.created_completed import render_created_completed
from flowhub.charts.done_strip import render_done_strip
from flowhub.charts.load import render_load
from flowhub.charts.on_time import render_on_time
from flowhub.charts.open_by_age import render_open_by_age
from flowhub.charts.types import AgeBucket, DayCount, Labels, PersonLoad, WeekRate

# Chart name -> its render function (data, *, labels, locale) -> PNG bytes or None.
CHARTS: Mapping[str, Callable[..., bytes | None]] = {
    "created_completed": render_created_completed,
    "open_by_age": render_open_by_age,
    "load": render_load,
    "on_time": render_on_time,
    "capture_hours": render_capture_hours,
    "done_strip": render_done_strip,
}

__all__ = [
    "CHARTS",
    "AgeBucket",
    "DayCount",
    "Labels",
    "PersonLoad",
    "WeekRate",
    "render_capture_hours",
    "render_created_completed",
    "render_done_strip",
    "render_load",
    "render_on_time",
    "render_open_by_age",
]
