"""Open tasks per person, with the overdue part of each bar marked."""

from __future__ import annotations

from collections.abc import Sequence

from flowhub.charts import _canvas as canvas
from flowhub.charts._format import is_rtl, number
from flowhub.charts.types import Labels, PersonLoad

# More people than this do not fit a phone screen; the busiest are shown.
MOST_PEOPLE = 10
_NAME_CHARS = 16


def render_load(people: Sequence[PersonLoad], *, labels: Labels, locale: str) -> bytes | None:
    """A bar per person, busiest on top; `labels.series` names its parts in the order they are
    drawn from the axis: (overdue, open).

    None when nobody has an open task.
    """
    shown = sorted((p for p in people if p.open), key=lambda p: (-p.open, -p.overdue, p.name))
    shown = shown[:MOST_PEOPLE]
    if not shown:
        return None
    figure = canvas.new_figure(260 + 80 * len(shown))
    axes = canvas.new_axes(figure, labels.title, locale, legend=True)
    rows = range(len(shown))
    overdue = [min(p.overdue, p.open) for p in shown]
    rest = [p.open - late for p, late in zip(shown, overdue, strict=True)]
    late_bars = axes.barh(rows, overdue, 0.65, color=canvas.VERMILLION)
    axes.barh(rows, rest, 0.65, left=overdue, color=canvas.BLUE)
    rtl = is_rtl(locale)
    font = canvas.font(locale, canvas.VALUE_PT)
    # Written by hand: bar_label pads the wrong way on a mirrored axis.
    for row, person in zip(rows, shown, strict=True):
        axes.annotate(
            number(person.open, locale),
            (person.open, row),
            xytext=(-8 if rtl else 8, 0),
            textcoords="offset points",
            ha="right" if rtl else "left",
            va="center",
            fontproperties=font,
            color=canvas.INK,
        )
    axes.bar_label(
        late_bars,
        labels=[number(n, locale) if n else "" for n in overdue],
        label_type="center",
        fontproperties=font,
        color="white",
    )
    canvas.count_axis(axes, locale, horizontal=True)
    axes.set_yticks(rows, [_short(p.name) for p in shown])
    axes.invert_yaxis()
    if rtl:
        axes.invert_xaxis()
        axes.yaxis.tick_right()
    canvas.axis_names(axes, labels.x_axis, labels.y_axis, locale)
    canvas.tick_fonts(axes, locale)
    canvas.legend(axes, labels.series, (canvas.VERMILLION, canvas.BLUE), locale)
    return canvas.png(figure)


def _short(name: str) -> str:
    short = name if len(name) <= _NAME_CHARS else name[: _NAME_CHARS - 1].rstrip() + "…"
    return canvas.plain(short)
