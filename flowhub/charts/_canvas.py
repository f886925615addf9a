"""What every chart shares: the figure, fonts, colours, axes style and the PNG it becomes.

Each render builds its own `Figure` on an Agg canvas and never touches pyplot or the global
rcParams, so charts can be drawn at the same time in several threads.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from functools import cache
from io import BytesIO

from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.ft2font import FT2Font
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from flowhub.charts._format import is_rtl, number

WIDTH_PX = 1080
_DPI = 100
# Okabe-Ito: told apart with every common kind of colour blindness.
BLUE = "#0072B2"
ORANGE = "#E69F00"
VERMILLION = "#D55E00"
GREEN = "#009E73"
INK = "#222222"
_MUTED = "#555555"
GRID = "#DDDDDD"
# Sizes in points at 100 dpi: a 1080 px picture is shown about 380 px wide on a phone.
TITLE_PT = 30
LABEL_PT = 22
TICK_PT = 20
VALUE_PT = 20
_LEGEND_ROOM_PT = 56
# A longer title wraps: the plot starts right of the value axis and its labels.
_TITLE_PX = WIDTH_PX - 180
_TITLE_LINES = 2
# Latin, Cyrillic and Greek from DejaVu; Arabic and Devanagari glyphs fall back to Noto.
_FAMILIES = ("DejaVu Sans", "Noto Sans Arabic", "Noto Sans Devanagari", "Noto Sans")


@cache
def families(rtl: bool = False) -> tuple[str, ...]:
    """The installed font families to draw text with, the script's own font first."""
    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    order = _FAMILIES if not rtl else ("Noto Sans Arabic", *_FAMILIES[:1], *_FAMILIES[2:])
    found = tuple(name for name in order if name in installed)
    return found or ("sans-serif",)


def font(locale: str, size: float, *, bold: bool = False) -> FontProperties:
    """A font for the locale's script at `size` points."""
    weight = "bold" if bold else "normal"
    return FontProperties(family=list(families(is_rtl(locale))), size=size, weight=weight)


def new_figure(height_px: int) -> Figure:
    """A blank 1080 px wide figure laid out so that labels never overlap."""
    figure = Figure(
        figsize=(WIDTH_PX / _DPI, height_px / _DPI),
        dpi=_DPI,
        layout=ConstrainedLayoutEngine(w_pad=0.15, h_pad=0.15),
    )
    FigureCanvasAgg(figure)
    return figure


def new_axes(figure: Figure, title: str, locale: str, *, legend: bool = False) -> Axes:
    """Plain axes under a title on the reading side (room left for a legend): no box, no ticks."""
    axes = figure.add_subplot()
    rtl = is_rtl(locale)
    props = font(locale, TITLE_PT, bold=True)
    axes.set_title(
        _wrapped(plain(title), props, figure),
        loc="right" if rtl else "left",
        pad=_LEGEND_ROOM_PT if legend else 16,
        fontproperties=props,
        color=INK,
    )
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    axes.spines["bottom"].set_color(_MUTED)
    axes.tick_params(colors=_MUTED, labelcolor=INK, length=0, pad=8)
    axes.set_axisbelow(True)
    return axes


def plain(text: str) -> str:
    """The caller's words as drawn: a '$' never starts a formula, and characters no installed
    font has (an emoji in a name) are left out rather than drawn as empty boxes."""
    covered = _coverage(families())
    kept = "".join(c for c in text if ord(c) in covered or unicodedata.category(c) == "Cf")
    return " ".join(kept.split()).replace("$", r"\$")


@cache
def _coverage(names: tuple[str, ...]) -> frozenset[int]:
    """Every character some font of `names` has a glyph for."""
    codes: set[int] = set()
    for name in names:
        path = font_manager.findfont(FontProperties(family=name))
        codes.update(FT2Font(path).get_charmap())
    return frozenset(codes)


def _wrapped(title: str, props: FontProperties, figure: Figure) -> str:
    """The title broken between words into lines that fit the picture, two at most."""
    renderer = FigureCanvasAgg(figure).get_renderer()

    def fits(text: str) -> bool:
        return renderer.get_text_width_height_descent(text, props, ismath=False)[0] <= _TITLE_PX

    if fits(title):
        return title
    lines: list[str] = []
    for word in title.split():
        if lines and fits(f"{lines[-1]} {word}"):
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > _TITLE_LINES:
        lines = [*lines[: _TITLE_LINES - 1], " ".join(lines[_TITLE_LINES - 1 :])]
        while len(lines[-1]) > 1 and not fits(lines[-1] + "…"):
            lines[-1] = lines[-1][:-1].rstrip()
        lines[-1] += "…"
    return "\n".join(lines)


def count_axis(axes: Axes, locale: str, *, horizontal: bool = False) -> None:
    """Whole-number ticks in the locale's digits on the value axis, with a light grid."""
    axis = axes.xaxis if horizontal else axes.yaxis
    axis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    axis.set_major_formatter(FuncFormatter(lambda value, _: number(value, locale)))
    axes.grid(axis="x" if horizontal else "y", color=GRID, linewidth=1.5)
    # Room past the longest bar for its number; bars keep their zero edge.
    if horizontal:
        axes.margins(x=0.14)
    else:
        axes.margins(y=0.14)


def category_ticks(axes: Axes, names: Sequence[str], locale: str, *, most: int = 8) -> None:
    """Name the bars along the x axis, every few when there are too many to read."""
    step = max(1, -(-len(names) // most))
    axes.set_xticks(range(len(names)))
    axes.set_xticklabels([name if i % step == 0 else "" for i, name in enumerate(names)])
    axes.set_xlim(-0.6, len(names) - 0.4)
    if is_rtl(locale):
        axes.invert_xaxis()
        axes.yaxis.tick_right()
        axes.yaxis.set_label_position("right")


def axis_names(axes: Axes, labels_x: str, labels_y: str, locale: str) -> None:
    """The axis titles, and every tick label in the locale's fonts."""
    props = font(locale, LABEL_PT)
    if labels_x:
        axes.set_xlabel(plain(labels_x), fontproperties=props, color=INK, labelpad=12)
    if labels_y:
        axes.set_ylabel(plain(labels_y), fontproperties=props, color=INK, labelpad=12)
    tick = font(locale, TICK_PT)
    for label in (*axes.get_xticklabels(), *axes.get_yticklabels()):
        label.set_fontproperties(tick)


def tick_fonts(axes: Axes, locale: str) -> None:
    """Tick labels made by a formatter at draw time get the locale's fonts too."""
    tick = font(locale, TICK_PT)
    axes.xaxis.set_tick_params(labelfontfamily=tick.get_family(), labelsize=TICK_PT)
    axes.yaxis.set_tick_params(labelfontfamily=tick.get_family(), labelsize=TICK_PT)


def value_labels(
    axes: Axes,
    bars: BarContainer,
    values: Sequence[float],
    text: Callable[[float], str],
    locale: str,
) -> None:
    """Write each non-zero bar's value at its end."""
    shown = [text(value) if value else "" for value in values]
    axes.bar_label(bars, labels=shown, padding=6, fontproperties=font(locale, VALUE_PT), color=INK)


def legend(axes: Axes, names: Sequence[str], colors: Sequence[str], locale: str) -> None:
    """A one-row legend between the title and the plot, without a frame; names past the colours
    are left out."""
    handles = [
        Patch(color=color, label=plain(name)) for name, color in zip(names, colors, strict=False)
    ]
    if not handles:
        return
    rtl = is_rtl(locale)
    if rtl:
        handles.reverse()
    axes.legend(
        handles=handles,
        loc="lower right" if rtl else "lower left",
        bbox_to_anchor=(1, 1.01) if rtl else (0, 1.01),
        ncols=len(handles),
        frameon=False,
        prop=font(locale, LABEL_PT),
        handlelength=1.2,
        columnspacing=1.5,
        borderaxespad=0,
        borderpad=0.2,
        markerfirst=not rtl,
    )


def png(figure: Figure) -> bytes:
    """The figure as PNG bytes, the same bytes for the same chart (no timestamp, no version)."""
    buffer = BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None}, facecolor="white")
    figure.clear()
    return buffer.getvalue()
