"""Images, PDFs and documents drawn at test time for the readers to read."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

_FONTS = Path("/usr/share/fonts/truetype")
SANS = _FONTS / "dejavu" / "DejaVuSans.ttf"
SANS_BOLD = _FONTS / "dejavu" / "DejaVuSans-Bold.ttf"
HAND = _FONTS / "dejavu" / "DejaVuSerif-Italic.ttf"
NOTO = _FONTS / "noto" / "NotoSans-Regular.ttf"
DEVANAGARI = _FONTS / "noto" / "NotoSansDevanagari-Regular.ttf"
ARABIC = _FONTS / "noto" / "NotoNaskhArabic-Regular.ttf"

# (name or None for the phone's owner, message, time)
Message = tuple[str | None, str, str]

_LIGHT = {"bg": (236, 229, 221), "theirs": (255, 255, 255), "mine": (220, 248, 198)}
_DARK = {"bg": (11, 20, 26), "theirs": (32, 44, 51), "mine": (0, 92, 75)}
_NAMES = [(53, 152, 219), (231, 76, 60), (142, 68, 173), (39, 174, 96)]


def font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    """A TrueType font at a pixel size."""
    return ImageFont.truetype(str(path), size)


def png(image: Image.Image, fmt: str = "PNG") -> bytes:
    """An image's bytes in a format (PNG unless told)."""
    out = io.BytesIO()
    image.save(out, format=fmt)
    return out.getvalue()


def chat_screenshot(
    messages: Sequence[Message],
    *,
    dark: bool = False,
    width: int = 720,
    title: str = "Team",
    group: bool = True,
    status: str = "",
    own_name: str | None = None,
) -> Image.Image:
    """A phone chat screenshot: bubbles left (the sender's name on top in a group) and right
    (the phone owner's, with `own_name` on top when given), long messages wrapped, a small time
    at each bubble's foot; `status` ("online", "last seen …") under the title."""
    colors = _DARK if dark else _LIGHT
    ink = (233, 237, 239) if dark else (17, 27, 33)
    faint = (134, 150, 160) if dark else (102, 119, 129)
    text_font, name_font, time_font = font(SANS, 26), font(SANS_BOLD, 24), font(SANS, 18)
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    wrapped = [
        (name, _wrap(text, text_font, int(width * 0.62), probe), time)
        for name, text, time in messages
    ]
    height = 140 + sum(60 + 36 * len(lines) + 44 for _, lines, _ in wrapped)
    image = Image.new("RGB", (width, height), colors["bg"])
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 80), fill=(32, 44, 51) if dark else (0, 128, 105))
    if status:
        draw.text((24, 10), title, font=name_font, fill=(255, 255, 255))
        draw.text((24, 44), status, font=font(SANS, 22), fill=(255, 255, 255))
    else:
        draw.text((24, 24), title, font=name_font, fill=(255, 255, 255))
    names: dict[str, tuple[int, int, int]] = {}
    y = 110
    for name, lines, time in wrapped:
        text_w = max(int(draw.textlength(line, font=text_font)) for line in lines)
        box_w = max(text_w, 120) + 110
        mine = name is None
        named = (group and not mine) or (mine and own_name is not None)
        name = own_name if mine else name
        x = width - box_w - 24 if mine else 24
        box_h = 34 + 36 * len(lines) + (36 if named else 0)
        draw.rounded_rectangle(
            (x, y, x + box_w, y + box_h), 14, fill=colors["mine" if mine else "theirs"]
        )
        line_y = y + 12
        if named and name is not None:
            color = names.setdefault(name, _NAMES[len(names) % len(_NAMES)])
            draw.text((x + 16, line_y), name, font=name_font, fill=color)
            line_y += 36
        for line in lines:
            draw.text((x + 16, line_y), line, font=text_font, fill=ink)
            line_y += 36
        draw.text((x + box_w - 78, y + box_h - 30), time, font=time_font, fill=faint)
        y += box_h + 24
    return image.crop((0, 0, width, y + 20))


def _wrap(
    text: str, face: ImageFont.FreeTypeFont, limit: int, draw: ImageDraw.ImageDraw
) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=face) <= limit:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def paper(
    lines: Sequence[str],
    *,
    face: Path = SANS,
    size: int = 30,
    width: int = 900,
    ink: tuple[int, int, int] = (20, 20, 60),
    background: tuple[int, int, int] = (250, 248, 240),
) -> Image.Image:
    """Lines of text on a sheet of paper, one per line."""
    type_face = font(face, size)
    step = int(size * 1.7)
    image = Image.new("RGB", (width, 80 + step * len(lines)), background)
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(lines):
        draw.text((50, 40 + n * step), line, font=type_face, fill=ink)
    return image


def word_accuracy(expected: str, got: str) -> float:
    """The share of the expected words found, in order-free multiset terms (case-insensitive)."""
    want = [w.strip(".,:;!?()").casefold() for w in expected.split()]
    have: dict[str, int] = {}
    for w in got.split():
        key = w.strip(".,:;!?()").casefold()
        have[key] = have.get(key, 0) + 1
    hits = 0
    for w in want:
        if have.get(w, 0) > 0:
            have[w] -= 1
            hits += 1
    return hits / max(len(want), 1)


def pdf(pages: Sequence[Sequence[str]]) -> bytes:
    """A PDF with a text layer, one list of lines per page (fpdf2, DejaVu Sans)."""
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_font("DejaVu", fname=str(SANS))
    document.set_font("DejaVu", size=11)
    for lines in pages:
        document.add_page()
        for line in lines:
            document.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(document.output())


def scanned_pdf(images: Sequence[Image.Image]) -> bytes:
    """A PDF whose pages are only images, as a scanner makes them."""
    out = io.BytesIO()
    first, *rest = [image.convert("RGB") for image in images]
    first.save(out, format="PDF", save_all=True, append_images=rest, resolution=150)
    return out.getvalue()


def word(paragraphs: Sequence[str], table: Sequence[Sequence[str]] = ()) -> bytes:
    """A .docx with paragraphs, then a table (python-docx)."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def voice_note(text: str, language: str, directory: Path) -> bytes:
    """Speech said by espeak-ng and encoded as a voice note (Ogg/Opus, 16 kbit/s) by opusenc."""
    import subprocess

    wav, ogg = directory / f"{language}.wav", directory / f"{language}.ogg"
    subprocess.run(
        ["espeak-ng", "-v", language, "-w", str(wav), text], check=True, capture_output=True
    )
    subprocess.run(
        ["opusenc", "--quiet", "--bitrate", "16", "--speech", str(wav), str(ogg)],
        check=True,
        capture_output=True,
    )
    return ogg.read_bytes()


def wav_seconds(path: Path) -> float:
    """A WAV file's length in seconds."""
    import wave

    with wave.open(str(path)) as audio:
        return audio.getnframes() / audio.getframerate()


def photographed(image: Image.Image) -> Image.Image:
    """A sheet as a phone photographs it: lit from one side, tilted, a little soft, on a table."""
    from PIL import ImageChops, ImageFilter

    gray = image.convert("L")
    light = Image.linear_gradient("L").rotate(90).resize(gray.size).point(lambda v: 150 + v * 0.4)
    tilted = ImageChops.multiply(gray, light).rotate(2, expand=True, fillcolor=90)
    soft = tilted.filter(ImageFilter.GaussianBlur(1.2))
    return soft.resize((soft.width * 2, soft.height * 2)).convert("RGB")


def checklist(
    items: Sequence[tuple[bool, str]],
    *,
    style: str = "drawn",
    face: Path = SANS,
    size: int = 30,
    title: str = "",
) -> Image.Image:
    """A printed checklist: each item's box open or ticked (`True`), the box drawn as a square
    with a tick ("drawn"), a square with a cross ("cross"), or the font's ☐/☑ ("glyph")."""
    type_face = font(face, size)
    step = int(size * 2.2)
    image = Image.new("RGB", (1000, 100 + step * (len(items) + 1)), (252, 252, 248))
    draw = ImageDraw.Draw(image)
    if title:
        draw.text((50, 30), title, font=font(SANS_BOLD, size), fill="black")
    for n, (ticked, text) in enumerate(items):
        x, y = 60, 40 + step * (n + 1)
        if style == "glyph":
            draw.text((x, y), f"{'☑' if ticked else '☐'} {text}", font=type_face, fill="black")
            continue
        side = int(size * 0.8)
        top = y + int(size * 0.15)
        draw.rectangle((x, top, x + side, top + side), outline="black", width=2)
        if ticked and style == "cross":
            draw.line((x + 5, top + 5, x + side - 5, top + side - 5), fill="black", width=3)
            draw.line((x + 5, top + side - 5, x + side - 5, top + 5), fill="black", width=3)
        elif ticked:
            mid = (x + side * 0.4, top + side - 6)
            draw.line((x + 5, top + side * 0.55, *mid), fill="black", width=3)
            draw.line((*mid, x + side - 4, top + 5), fill="black", width=3)
        draw.text((x + side + 18, y), text, font=type_face, fill="black")
    return image
