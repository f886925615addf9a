"""Reading a rendered chart back: its size, and the boxes its bars of one colour fill."""

from __future__ import annotations

from io import BytesIO
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray
from PIL import Image

Mask = NDArray[np.bool_]


class Box(NamedTuple):
    """A filled rectangle in image pixels, right and bottom included."""

    left: int
    top: int
    right: int
    bottom: int

    @property
    def width(self) -> int:
        return self.right - self.left + 1

    @property
    def height(self) -> int:
        return self.bottom - self.top + 1


def picture(png: bytes) -> Image.Image:
    """The PNG, checked and opened as RGB."""
    Image.open(BytesIO(png)).verify()
    image = Image.open(BytesIO(png))
    assert image.format == "PNG"
    return image.convert("RGB")


def color_mask(image: Image.Image, hex_color: str, tolerance: int = 6) -> Mask:
    """Where the image has this colour."""
    target = np.array([int(hex_color[i : i + 2], 16) for i in (1, 3, 5)])
    pixels = np.asarray(image).astype(int)
    mask: Mask = (np.abs(pixels - target) <= tolerance).all(axis=2)
    return mask


def _runs(flags: NDArray[np.bool_]) -> list[tuple[int, int]]:
    runs, start = [], None
    for i, flag in enumerate([*flags.tolist(), False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i - 1))
            start = None
    return runs


def _split(mask: Mask, x0: int, y0: int) -> list[Box]:
    boxes = []
    for left, right in _runs(mask.any(axis=0)):
        column = mask[:, left : right + 1]
        rows = _runs(column.any(axis=1))
        for top, bottom in rows:
            part = column[top : bottom + 1]
            if len(rows) == 1 and len(_runs(part.any(axis=0))) == 1:
                boxes.append(Box(x0 + left, y0 + top, x0 + right, y0 + bottom))
            else:
                boxes.extend(_split(part, x0 + left, y0 + top))
    return boxes


def boxes(image: Image.Image, hex_color: str, smallest: int = 6) -> list[Box]:
    """The separate blocks of a colour (bars, legend keys), left to right, top to bottom."""
    found = _split(color_mask(image, hex_color), 0, 0)
    return sorted(
        (b for b in found if b.width >= smallest and b.height >= smallest),
        key=lambda b: (b.left, b.top),
    )


def standing_bars(image: Image.Image, hex_color: str) -> list[Box]:
    """Vertical bars of a colour that stand on the common baseline, left to right."""
    found = boxes(image, hex_color)
    base = max(b.bottom for b in found)
    return [b for b in found if abs(b.bottom - base) <= 1]


def ink_rows(image: Image.Image, top: int, bottom: int) -> int:
    """How many dark pixels (text) lie between two rows."""
    band = np.asarray(image)[top:bottom].astype(int)
    return int((band.sum(axis=2) < 3 * 120).sum())


def assert_proportional(sizes: list[int], values: list[int], tolerance: float = 2.5) -> None:
    """Bar lengths in pixels follow the values on one scale, within a few pixels."""
    assert len(sizes) == len(values), (sizes, values)
    scale = max(sizes) / max(values)
    for size, value in zip(sizes, values, strict=True):
        assert abs(size - value * scale) <= tolerance, (sizes, values)
