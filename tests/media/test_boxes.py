"""Checkboxes at the start of a line are told open or ticked from the pixels, by real Tesseract."""

from __future__ import annotations

from pathlib import Path

import pytest

from flowhub.media.boxes import OPEN, TICKED
from flowhub.media.config import MediaConfig
from flowhub.media.image import open_image, read_image, recognise
from tests.media import drawings

_CONFIG = MediaConfig()
_ITEMS = [
    (False, "Reservar el mariachi para el cóctel"),
    (False, "Enviar el plano de mesas al restaurante"),
    (True, "Contratar al fotógrafo"),
    (False, "Comprar los recuerdos para los invitados"),
    (True, "Pagar la señal del salón"),
]


@pytest.mark.parametrize(
    ("style", "face"),
    [
        ("glyph", drawings.SANS),
        ("drawn", drawings.SANS),
        ("cross", drawings.NOTO),
        ("drawn", drawings.HAND),
    ],
)
def test_a_checklist_gives_its_open_items_and_leaves_the_ticked_ones(
    style: str, face: Path
) -> None:
    image = drawings.checklist(_ITEMS, style=style, face=face, title="Boda García - lista")
    reading = read_image(drawings.png(image), caption="", language_hint="es", config=_CONFIG)
    text = reading.text.casefold()
    for word in ("mariachi", "plano", "recuerdos"):
        assert word in text, reading.text
    for word in ("contratar", "señal"):
        assert word not in text, reading.text


def test_a_photographed_tilted_checklist_still_tells_the_boxes_apart() -> None:
    image = drawings.photographed(drawings.checklist(_ITEMS, style="glyph"))
    found, _ = recognise(
        open_image(drawings.png(image, "JPEG")), language_hint="es", config=_CONFIG
    )
    first = [line.words[0].text for line in found.lines if len(line.words) > 2]
    assert first.count(OPEN) == 3 and first.count(TICKED) == 2, [ln.text for ln in found.lines]


@pytest.mark.parametrize(
    "line",
    [
        "O cliente pediu o orçamento revisto",
        "D Day prep for the launch",
        "■ Buy milk and eggs",
        "• Call Anna about the venue",
        "0 errors found in the report",
        "A few notes from the meeting",
    ],
)
def test_a_letter_bullet_or_digit_at_the_start_is_no_box(line: str) -> None:
    image = drawings.paper([line, "Second line of the same note"])
    found, _ = recognise(open_image(drawings.png(image)), language_hint=None, config=_CONFIG)
    assert all(ln.words[0].text not in (OPEN, TICKED) for ln in found.lines), [
        ln.text for ln in found.lines
    ]
