"""Checkboxes drawn at the start of a line, told open or ticked from the pixels.

Tesseract reads a drawn box as letters ("CI", "C1", "1") or skips it, and a ticked box looks
like an open one in its text. The box itself is plain to see: a hollow square about as tall as
the line's letters, ink at its four corners and, when ticked, ink inside.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PIL import Image, ImageOps

from flowhub.media.ocr import Line, Word

OPEN, TICKED = "☐", "☑"
# A box is this many letter heights tall and wide, give or take.
_SMALLEST, _LARGEST = 0.45, 1.9
_SQUARE = (0.65, 1.5)
_INK = 128  # darker than this (0-255) is ink
_SIDE = 0.35  # each side of the outline is at least this much ink
_EMPTY, _FILLED, _SOLID = 0.05, 0.09, 0.6  # ink share inside: open below, ticked above, bullet
_MOST_READ = 2  # the box may be read as up to two short "words" before the text
# What Tesseract makes of a drawn box: "CI", "C1", "C]", "O", "@", "[]", "1"; never a word.
_READ_AS_BOX = re.compile(r"^[\[\](){}|!1lIiLJjCcOoQqDd0UuXx@&#*%®©Øø口□☐☑☒✓✔✗✘]{1,3}$")


def marked(image: Image.Image, lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The lines, each one that starts with a drawn checkbox starting with "☐" or "☑" instead."""
    gray = image.convert("L")
    return tuple(_marked(gray, line) for line in lines)


def _marked(gray: Image.Image, line: Line) -> Line:
    words = line.words
    for read in range(min(_MOST_READ, len(words) - 1) + 1):
        if not all(_READ_AS_BOX.match(w.text) for w in words[:read]):
            break  # a real word, not a box read as letters
        found = _box_before(gray, words[read], line.height)
        if found is not None:
            mark, (left, top, right, bottom) = found
            box = Word(mark, left, top, right - left, bottom - top, 90.0)
            return replace(line, words=(box, *words[read:]))
    return line


def _box_before(
    gray: Image.Image, word: Word, tall: int
) -> tuple[str, tuple[int, int, int, int]] | None:
    """The mark of a checkbox drawn just left of `word`, and where it is; None if there is none."""
    if tall < 6:
        return None
    top = max(0, word.top - tall // 2)
    bottom = min(gray.height, word.top + word.height + tall // 2)
    left, right = max(0, word.left - 3 * tall), word.left
    if right - left < tall // 2 or bottom <= top:
        return None
    ink = _ink(gray.crop((left, top, right, bottom)))
    columns = _profile(ink, across=True)
    run = _last_run(columns)
    if run is None:
        return None
    x0, x1 = run
    rows = _profile(ink.crop((x0, 0, x1 + 1, ink.height)), across=False)
    tallest = _longest_run(rows)
    if tallest is None:
        return None
    y0, y1 = tallest
    box = ink.crop((x0, y0, x1 + 1, y1 + 1))
    mark = _mark(box, tall)
    if mark is None:
        return None
    return mark, (left + x0, top + y0, left + x1 + 1, top + y1 + 1)


def _ink(region: Image.Image) -> Image.Image:
    """White where the region is dark, black elsewhere."""
    return ImageOps.invert(region).point(lambda v: 255 if v > 255 - _INK else 0)


def _profile(ink: Image.Image, *, across: bool) -> list[bool]:
    """Whether each column (`across`) or row holds ink."""
    size = (ink.width, 1) if across else (1, ink.height)
    flat = ink.resize(size, Image.Resampling.BOX)
    return [bool(flat.getpixel((i, 0) if across else (0, i))) for i in range(max(size))]


def _last_run(marks: list[bool]) -> tuple[int, int] | None:
    """The last run of inked places before the gap that ends `marks` (the gap before the word)."""
    end = len(marks) - 1
    while end >= 0 and marks[end]:
        end -= 1  # the word's own first letter may reach into the region
    while end >= 0 and not marks[end]:
        end -= 1
    if end < 0:
        return None
    start = end
    while start > 0 and marks[start - 1]:
        start -= 1
    return start, end


def _longest_run(marks: list[bool]) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    start = None
    for i, on in enumerate([*marks, False]):
        if on and start is None:
            start = i
        elif not on and start is not None:
            if best is None or i - start > best[1] - best[0] + 1:
                best = (start, i - 1)
            start = None
    return best


def _mark(box: Image.Image, tall: int) -> str | None:
    """ "☐" or "☑" for a box of ink the size of a letter, hollow with four corners; else None."""
    width, height = box.size
    if not (_SMALLEST * tall <= height <= _LARGEST * tall and _SMALLEST * tall <= width):
        return None
    if not _SQUARE[0] <= width / height <= _SQUARE[1]:
        return None
    edge = max(1, round(min(width, height) * 0.15))
    sides = (
        (0, 0, width, edge),
        (0, height - edge, width, height),
        (0, 0, edge, height),
        (width - edge, 0, width, height),
    )
    if any(_share(box, side) < _SIDE for side in sides):
        return None
    corners = (
        (0, 0, edge, edge),
        (width - edge, 0, width, edge),
        (0, height - edge, edge, height),
        (width - edge, height - edge, width, height),
    )
    if any(_share(box, corner) == 0 for corner in corners):
        return None  # an "O" or a "D": round where a box is square
    inner = (round(width * 0.25), round(height * 0.25), round(width * 0.75), round(height * 0.75))
    inside = _share(box, inner)
    if inside >= _SOLID:
        return None  # a filled square: a bullet, not a box
    if inside <= _EMPTY:
        return OPEN
    return TICKED if inside >= _FILLED else None


def _share(ink: Image.Image, area: tuple[int, int, int, int]) -> float:
    """The share of `area` that is ink."""
    part = ink.crop(area)
    if part.width == 0 or part.height == 0:
        return 0.0
    return float(part.resize((1, 1), Image.Resampling.BOX).getpixel((0, 0)) or 0) / 255  # type: ignore[arg-type]
