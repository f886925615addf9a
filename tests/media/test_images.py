"""Images read by the real Tesseract: chat screenshots, lists on paper, several languages."""

from __future__ import annotations

import struct
import time
import zlib
from collections.abc import Callable

import pytest
from PIL import Image, ImageDraw

from flowhub.media import MediaConfig, MediaError, Reading, read
from tests.media.drawings import (
    ARABIC,
    DEVANAGARI,
    HAND,
    NOTO,
    chat_screenshot,
    paper,
    photographed,
    png,
    word_accuracy,
)

CONFIG = MediaConfig()
CHAT = [
    ("Sam", "Can you send the invoice to Okafor by Friday?", "10:32"),
    ("Priya", "I will book the venue for the offsite", "10:34"),
    (None, "Sure, I will call the plumber tomorrow", "10:35"),
    ("Sam", "Also renew the domain before March 10", "10:41"),
]
EXPECTED_CHAT = [
    "Sam: Can you send the invoice to Okafor by Friday?",
    "Priya: I will book the venue for the offsite",
    "Me: Sure, I will call the plumber tomorrow",
    "Sam: Also renew the domain before March 10",
]


@pytest.fixture(scope="module", params=["light", "dark"])
def chat_reading(request: pytest.FixtureRequest) -> Reading:
    image = chat_screenshot(CHAT, dark=request.param == "dark")
    return read(png(image), kind="image", declared_mime="image/png", config=CONFIG)


def test_a_chat_screenshot_is_read_as_a_chat_one_message_a_line(chat_reading: Reading) -> None:
    assert chat_reading.chat
    assert chat_reading.source == "screenshot"
    lines = chat_reading.text.splitlines()
    assert [line.split(":")[0] for line in lines] == ["Sam", "Priya", "Me", "Sam"]
    assert word_accuracy("\n".join(EXPECTED_CHAT), chat_reading.text) >= 0.95
    assert not any(stamp in chat_reading.text for stamp in ("10:32", "10:35", "10:41"))


def test_a_photo_of_a_list_gives_one_item_a_line_with_the_caption_first() -> None:
    """The list's heading ("Groceries") only names the list, so it is left out."""
    items = [
        "Groceries",
        "- milk and eggs",
        "- call the plumber about the boiler",
        "- pay the gardener on Friday",
        "- book dentist appointment",
    ]
    image = paper(items, face=HAND)
    reading = read(png(image, "JPEG"), kind="image", caption="for the weekend", config=CONFIG)
    assert not reading.chat
    assert reading.source == "photo"
    caption, _, body = reading.text.partition("\n\n")
    assert caption == "for the weekend"
    assert len(body.splitlines()) == len(items) - 1
    assert word_accuracy("\n".join(items[1:]), body) >= 0.9


LANGUAGES = {
    "en": (["Call the plumber tomorrow morning", "Send the invoice to Okafor by Friday"], NOTO),
    "de": (["Zahnarzt anrufen und den Termin verschieben", "Rechnung bis Freitag schicken"], NOTO),
    "es": (
        ["Llamar al fontanero mañana por la mañana", "Enviar la factura antes del viernes"],
        NOTO,
    ),
    "ru": (["Позвонить сантехнику завтра утром", "Отправить счёт клиенту до пятницы"], NOTO),
    "hi": (["कल सुबह प्लंबर को फोन करना है", "शुक्रवार तक बिल भेजना है"], DEVANAGARI),
    "ar": (["الاتصال بالسباك غدا صباحا", "إرسال الفاتورة قبل يوم الجمعة"], ARABIC),
}


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_text_in_each_script_is_read_in_the_writers_language(language: str) -> None:
    lines, face = LANGUAGES[language]
    reading = read(
        png(paper(lines, face=face)), kind="image", language_hint=language, config=CONFIG
    )
    assert reading.language == language
    assert word_accuracy("\n".join(lines), reading.text) >= 0.9


def test_without_a_hint_the_script_and_language_are_found() -> None:
    lines, face = LANGUAGES["hi"]
    reading = read(png(paper(lines, face=face)), kind="image", config=CONFIG)
    assert reading.language == "hi"
    assert word_accuracy("\n".join(lines), reading.text) >= 0.9


def _bomb_png(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge size (its pixel data is a few bytes)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_a_decompression_bomb_is_refused_as_unsafe_without_decoding_it() -> None:
    started = time.monotonic()
    with pytest.raises(MediaError) as caught:
        read(_bomb_png(100_000, 100_000), kind="image", name="cat.png", config=CONFIG)
    assert caught.value.reason == "unsafe"
    assert time.monotonic() - started < 1


def test_an_image_with_no_text_says_so_and_a_caption_alone_is_kept() -> None:
    blank = png(paper([]))
    with pytest.raises(MediaError) as caught:
        read(blank, kind="image", config=CONFIG)
    assert caught.value.reason == "no_text"
    assert read(blank, kind="image", caption="call mum", config=CONFIG).text == "call mum"


def test_a_damaged_image_is_unreadable() -> None:
    broken = png(paper(["hello"]))[:200]
    with pytest.raises(MediaError) as caught:
        read(broken, kind="image", config=CONFIG)
    assert caught.value.reason == "unreadable"


def test_a_one_to_one_chat_gives_the_left_bubbles_to_the_chat_title_and_joins_wrapped_lines() -> (
    None
):
    messages = [
        (
            "Sam",
            "Hey, can you pick up the keys from the landlord on Thursday before five?",
            "09:12",
        ),
        (None, "Yes, I will get them", "09:15"),
        ("Sam", "Great. Also Friday we need to pay the deposit", "09:16"),
        (None, "OK", "09:20"),
    ]
    image = chat_screenshot(messages, title="Sam Lee", group=False)
    reading = read(png(image), kind="image", language_hint="en", config=CONFIG)
    assert reading.chat
    assert reading.text.splitlines() == [
        "Sam Lee: Hey, can you pick up the keys from the landlord on Thursday before five?",
        "Me: Yes, I will get them",
        "Sam Lee: Great. Also Friday we need to pay the deposit",
        "Me: OK",
    ]


def test_a_picture_of_a_typed_transcript_keeps_its_speakers_and_drops_the_times() -> None:
    lines = [
        "[10:32] Sam: can you send the deck by friday",
        "[10:33] Priya: sure, I will",
        "[10:40] Sam: also book the room",
    ]
    reading = read(png(paper(lines)), kind="image", language_hint="en", config=CONFIG)
    assert reading.chat
    assert reading.text.splitlines() == [
        "Sam: can you send the deck by friday",
        "Priya: sure, I will",
        "Sam: also book the room",
    ]


def test_a_list_under_peoples_names_is_not_taken_for_a_chat() -> None:
    lines = ["Sam", "call the plumber about the boiler", "Priya", "book the venue for friday"]
    reading = read(png(paper(lines)), kind="image", language_hint="en", config=CONFIG)
    assert not reading.chat
    assert reading.text.splitlines() == lines


def test_the_owners_bubbles_carry_the_senders_name_when_it_is_given() -> None:
    image = chat_screenshot(CHAT)
    reading = read(png(image), kind="image", language_hint="en", owner="Ana", config=CONFIG)
    assert reading.text.splitlines()[2] == "Ana: Sure, I will call the plumber tomorrow"


def test_text_in_another_script_than_the_hint_is_still_read() -> None:
    lines, face = LANGUAGES["ru"]
    reading = read(png(paper(lines, face=face)), kind="image", language_hint="de", config=CONFIG)
    assert reading.language == "ru"
    assert word_accuracy("\n".join(lines), reading.text) >= 0.9


def test_a_photo_with_uneven_light_and_a_tilt_is_still_read_line_by_line() -> None:
    items = [
        "Groceries",
        "- milk and eggs",
        "- call the plumber about the boiler",
        "- pay the gardener on Friday",
    ]
    data = png(photographed(paper(items, face=HAND)), "JPEG")
    reading = read(data, kind="image", language_hint="en", config=CONFIG)
    assert reading.source == "photo"
    assert word_accuracy("\n".join(items[1:]), reading.text) >= 0.9
    assert len(reading.text.splitlines()) == len(items) - 1


def _landscape() -> Image.Image:
    """A photo with no text: a blue sky over green hills, in colour gradients."""
    image = Image.new("RGB", (640, 400))
    for y in range(400):
        colour = (70, 130, 220 - y // 4) if y < 220 else (40, 140 - (y - 220) // 3, 50)
        image.paste(colour, (0, y, 640, y + 1))
    return image


def _sticker() -> Image.Image:
    """A see-through sticker: a yellow face on no background."""
    image = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((8, 8, 88, 88), fill=(255, 210, 0, 255), outline="black")
    return image


@pytest.mark.parametrize(
    ("made", "fmt"), [(_landscape, "JPEG"), (_sticker, "WEBP"), (_landscape, "PNG")]
)
def test_a_photo_or_sticker_with_no_text_is_a_picture_not_a_failed_scan(
    made: Callable[[], Image.Image], fmt: str
) -> None:
    with pytest.raises(MediaError) as caught:
        read(png(made(), fmt), kind="image", config=CONFIG)
    assert caught.value.reason == "picture"


def test_an_image_named_as_a_pdf_with_no_text_says_it_is_an_image() -> None:
    for name in ("site_plan_final.pdf", "contract.docx"):
        with pytest.raises(MediaError) as caught:
            read(png(_landscape()), kind="document", name=name, config=CONFIG)
        assert caught.value.reason == "image_named"
    with pytest.raises(MediaError) as caught:
        read(png(_landscape()), kind="document", name="holiday.png", config=CONFIG)
    assert caught.value.reason == "picture"


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (
            ["Bitte reichen Sie die fehlenden Unterlagen bis zum", "18.12.2026 ein.", "Danke."],
            "bis zum 18.12.2026 ein",
        ),
        (
            ["Please send the signed contract back to us by", "12 January at the latest.", "Bye"],
            "by 12 January",
        ),
        (
            [
                "Merci de renvoyer le formulaire complété avant le",
                "15 décembre au plus tard.",
                "Claire",
            ],
            "avant le 15 décembre",
        ),
    ],
)
def test_a_sentence_wrapped_before_its_date_is_read_as_one_line(
    lines: list[str], joined: str
) -> None:
    reading = read(png(paper(lines, width=1100)), kind="image", config=CONFIG)
    assert any(joined in line for line in reading.text.splitlines()), reading.text
