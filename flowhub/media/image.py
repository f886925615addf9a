"""Images read by Tesseract: checked for bombs, prepared, read as a chat, a list or plain text."""

from __future__ import annotations

import io
import warnings
from collections.abc import Collection, Sequence
from dataclasses import replace

from PIL import Image, ImageChops, UnidentifiedImageError

from flowhub.media import boxes, layout
from flowhub.media.actions import marks_items, pick
from flowhub.media.captions import task_words
from flowhub.media.config import MediaConfig
from flowhub.media.languages import guess, language_of_script, packs
from flowhub.media.ocr import Scan, prepare, scan, script_of
from flowhub.media.owners import Owner
from flowhub.media.shape import shape
from flowhub.media.types import MediaError, Page, Reading, Source

# 40 megapixels: a 12 MP phone photo fits three times over; a bomb's billions do not.
MAX_PIXELS = 40_000_000
# Below this mean confidence the first pass likely read the wrong script.
_UNSURE = 60.0
_OTHER_SCRIPTS = ("ru", "hi", "ar")
# An image is of a page when this share of its visible pixels is pale and light (probed small).
_PROBE, _GREY, _LIGHT, _PAPER = 96, 60, 150, 0.35


def open_image(data: bytes) -> Image.Image:
    """Open an image's first frame, refusing decompression bombs before decoding the pixels."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_PIXELS:
                raise MediaError(
                    "unsafe",
                    f"the image claims {image.width}x{image.height} pixels, over the "
                    f"{MAX_PIXELS // 1_000_000} MP limit",
                )
            image.seek(0)
            image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise MediaError("unsafe", f"the image is a decompression bomb: {exc}") from exc
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
            raise MediaError("unreadable", f"the image cannot be decoded: {exc}") from exc
    return image


def recognise(
    image: Image.Image, *, language_hint: str | None, config: MediaConfig
) -> tuple[Scan, str | None]:
    """Read a decoded image in one or two passes; the scan and the language it was read in.

    The first pass uses the hint's pack and English. A poor first pass (another script than
    expected) is read again in the script Tesseract sees; a Latin-script text in a language
    other than the hint's or English is read again with its own pack, for its accents.
    """
    prepared = prepare(image)
    found, language = _passes(prepared, language_hint=language_hint, config=config)
    return replace(found, lines=boxes.marked(prepared, found.lines)), language


def _passes(
    prepared: Image.Image, *, language_hint: str | None, config: MediaConfig
) -> tuple[Scan, str | None]:
    table = dict(config.ocr_languages)
    first = scan(prepared, packs(language_hint, table), timeout=config.ocr_timeout)
    if not first.lines:
        return first, language_hint
    if first.confidence < _UNSURE:
        other = language_of_script(script_of(prepared))
        if other in table:
            languages = packs(other, table)
        else:  # too little text for the script pass: read with the other scripts' packs at once
            languages = "+".join(table[code] for code in _OTHER_SCRIPTS if code in table)
        second = scan(prepared, languages, timeout=config.ocr_timeout)
        if second.confidence > first.confidence + 10:
            return second, other or guess(" ".join(line.text for line in second.lines))
    if language_hint:
        return first, language_hint
    found = guess(" ".join(line.text for line in first.lines))
    if found and found != "en" and found in table:
        return scan(prepared, packs(found, table), timeout=config.ocr_timeout), found
    return first, found


def read_image(
    data: bytes,
    *,
    caption: str,
    language_hint: str | None,
    config: MediaConfig,
    owner: str = layout.ME,
    team: Collection[str] = (),
    given: Sequence[Owner] = (),
) -> Reading:
    """An image's text: a chat screenshot as "Name: message" lines, anything else line by line,
    with each item's owner said first (`team`, and `given` by the caption; see `shape`)."""
    image = open_image(data)
    found, language = recognise(image, language_hint=language_hint, config=config)
    lines = layout.clean(found)
    chat = layout.as_chat(lines, found.width, owner=owner)
    text = "\n".join(chat) if chat else layout.as_text(lines)
    if not text.strip():
        if task_words(caption):  # "buy paint in this colour by friday" on a photo of a wall
            return Reading(caption.strip(), _source(image, chat=False), language_hint)
        if not looks_like_page(image):
            raise MediaError("picture", "no text was found in a picture that is not of a page")
        raise MediaError("no_text", "no text was found in the image")
    shown = text
    if not chat:  # a page that only informs reads as saying nothing to do
        text = shape(text, team=team, given=given)
        if marks_items(text):  # a checklist's open boxes are its items; ticked ones are done
            text = "\n".join(item.text for item in pick((Page(1, text),)))
    return Reading(
        with_caption(text, caption),
        _source(image, chat=chat is not None),
        language or guess(shown),
        chat=chat is not None,
        shown=shown if shown != text else "",
    )


def looks_like_page(image: Image.Image) -> bool:
    """Whether an image is mostly pale and grey, like paper, a whiteboard or a screen of text.

    A landscape, a pet or a sticker is mostly colour, dark or see-through: finding no text in
    it is no failed scan.
    """
    small = image.convert("RGBA").resize((_PROBE, _PROBE))
    alpha = small.getchannel("A").point(lambda a: 255 if a > 128 else 0)
    hsv = small.convert("RGB").convert("HSV")
    saturation, value = hsv.getchannel("S"), hsv.getchannel("V")
    pale = Image.eval(saturation, lambda s: 255 if s < _GREY else 0)
    light = Image.eval(value, lambda v: 255 if v > _LIGHT else 0)
    paper = ImageChops.multiply(ImageChops.multiply(pale, light), alpha)
    return _count(paper) >= _PAPER * _count(alpha)


def _count(mask: Image.Image) -> int:
    return sum(mask.histogram()[255:])


def with_caption(text: str, caption: str) -> str:
    """The caption first, then a blank line, then what was read, so both are seen."""
    caption = caption.strip()
    return f"{caption}\n\n{text}" if caption else text


def _source(image: Image.Image, *, chat: bool) -> Source:
    if chat:
        return "screenshot"
    exif = image.getexif()
    if exif.get(0x010F) or exif.get(0x0110) or image.format == "JPEG":
        return "photo"  # a camera's make or model, or a camera's format
    return "screenshot" if image.format == "PNG" else "image"
