"""Tesseract, through pytesseract: an image made easier to read, then its words and lines."""

from __future__ import annotations

import os
import statistics
from dataclasses import dataclass

import pytesseract
from PIL import Image, ImageFilter, ImageMath, ImageOps, ImageStat

from flowhub.media.types import MediaError

# Text in phone screenshots is ~25-40 px high; Tesseract reads best at 30 px and up.
_MIN_WIDTH = 1100
_MAX_SIDE = 2600
_MAX_SCALE = 3.0
# A title bar's rows have most (over _MOSTLY of 255, 70 %) of their pixels darker than _BAR.
_BAR, _MOSTLY = 110, 178


@dataclass(frozen=True, slots=True)
class Word:
    """One recognised word, its box in the prepared image and Tesseract's confidence (0-100)."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float

    @property
    def right(self) -> int:
        """The word's right edge."""
        return self.left + self.width


@dataclass(frozen=True, slots=True)
class Line:
    """A line of words as Tesseract laid it out, with the block it belongs to."""

    words: tuple[Word, ...]
    block: int

    @property
    def text(self) -> str:
        """The line's words joined by spaces."""
        return " ".join(w.text for w in self.words)

    @property
    def left(self) -> int:
        """The line's left edge."""
        return min(w.left for w in self.words)

    @property
    def right(self) -> int:
        """The line's right edge."""
        return max(w.right for w in self.words)

    @property
    def top(self) -> int:
        """The line's top edge."""
        return min(w.top for w in self.words)

    @property
    def height(self) -> int:
        """The typical height of the line's words."""
        return int(statistics.median(w.height for w in self.words))


@dataclass(frozen=True, slots=True)
class Scan:
    """What one Tesseract pass saw: lines in reading order, the image size, mean confidence."""

    lines: tuple[Line, ...]
    width: int
    height: int
    confidence: float


def prepare(image: Image.Image) -> Image.Image:
    """Grayscale, dark mode turned light, small images scaled up, contrast stretched."""
    gray = ImageOps.exif_transpose(image).convert("L")
    if ImageStat.Stat(gray.resize((64, 64))).mean[0] < 110:
        gray = ImageOps.invert(gray)  # dark-mode screenshots: light text on a dark background
    gray = _lighten_bars(gray)
    scale = 1.0
    if gray.width < _MIN_WIDTH:
        scale = min(_MAX_SCALE, _MIN_WIDTH * 1.4 / gray.width)
    elif max(gray.size) > _MAX_SIDE:
        scale = _MAX_SIDE / max(gray.size)
    if scale != 1.0:
        size = (max(1, int(gray.width * scale)), max(1, int(gray.height * scale)))
        gray = gray.resize(size, Image.Resampling.LANCZOS)
    return ImageOps.autocontrast(_flatten(gray), cutoff=1)


def _flatten(gray: Image.Image) -> Image.Image:
    """Divide out uneven light (a photo's shadow, a lamp's glare) so the page reads as white.

    The paper's own brightness is estimated at 1/16 scale, where a max filter wipes the text
    out; dividing by it leaves dark ink on an even background, which Tesseract's one global
    threshold needs.
    """
    small = gray.resize((max(1, gray.width // 16), max(1, gray.height // 16)), Image.Resampling.BOX)
    paper = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(2))
    background = paper.resize(gray.size, Image.Resampling.BILINEAR)
    flat = ImageMath.lambda_eval(
        lambda a: a["convert"](a["min"](a["g"] * 255 / a["max"](a["b"], 1), 255), "L"),
        g=gray,
        b=background,
    )
    return flat if isinstance(flat, Image.Image) else gray


def _lighten_bars(gray: Image.Image) -> Image.Image:
    """Invert dark full-width bands (an app's title bar) so their light text reads dark on light.

    A band runs from a dark row to the last dark row after it, through rows that are mostly
    dark: the bar's own text (a title over a status line) lightens those, never most pixels.
    """
    mean = gray.resize((1, gray.height), Image.Resampling.BOX)
    dark = gray.point(lambda v: 255 if v < _BAR else 0).resize(
        (1, gray.height), Image.Resampling.BOX
    )
    core = [float(mean.getpixel((0, y)) or 0) < _BAR for y in range(gray.height)]  # type: ignore[arg-type]
    soft = [float(dark.getpixel((0, y)) or 0) > _MOSTLY for y in range(gray.height)]  # type: ignore[arg-type]
    y = 0
    while y < gray.height:
        if not core[y]:
            y += 1
            continue
        start = last = y
        while y < gray.height and (core[y] or soft[y]):
            last = y if core[y] else last
            y += 1
        if last + 1 - start >= 12:
            band = gray.crop((0, start, gray.width, last + 1))
            gray.paste(ImageOps.autocontrast(ImageOps.invert(band), cutoff=1), (0, start))
        y = last + 1
    return gray


def scan(image: Image.Image, languages: str, *, timeout: float = 60.0) -> Scan:
    """Run Tesseract once over a prepared image with the given packs ("eng+deu")."""
    # Tesseract's OpenMP threads fight over busy cores: one thread reads a page about twice as
    # fast and at a third of the CPU. An operator's own OMP_THREAD_LIMIT is kept.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        data = pytesseract.image_to_data(
            image, lang=languages, output_type=pytesseract.Output.DICT, timeout=timeout
        )
    except pytesseract.TesseractNotFoundError as exc:
        raise MediaError(
            "unreadable", "Tesseract is not installed: install tesseract-ocr and its language packs"
        ) from exc
    except RuntimeError as exc:  # pytesseract's timeout
        raise MediaError("unreadable", f"reading the image took over {timeout:.0f} s") from exc
    grouped: dict[tuple[int, int, int, int], list[Word]] = {}
    for i, text in enumerate(data["text"]):
        text = str(text).strip()
        if not text:
            continue
        key = (data["page_num"][i], data["block_num"][i], data["par_num"][i], data["line_num"][i])
        grouped.setdefault(key, []).append(
            Word(
                text=text,
                left=int(data["left"][i]),
                top=int(data["top"][i]),
                width=int(data["width"][i]),
                height=int(data["height"][i]),
                conf=float(data["conf"][i]),
            )
        )
    lines = tuple(Line(tuple(words), key[1]) for key, words in grouped.items())
    confs = [w.conf for line in lines for w in line.words if w.conf >= 0]
    return Scan(lines, image.width, image.height, statistics.fmean(confs) if confs else 0.0)


def script_of(image: Image.Image) -> str | None:
    """The script Tesseract's orientation pass sees ("Latin", "Cyrillic", ...), None if unsure."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        osd = pytesseract.image_to_osd(image, output_type=pytesseract.Output.DICT, timeout=30)
    except (pytesseract.TesseractError, RuntimeError):
        return None  # too little text to tell
    script = osd.get("script")
    return str(script) if script and float(osd.get("script_conf", 0)) >= 1.0 else None
