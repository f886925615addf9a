"""Around a file that was not read: one reply that says why, a caption answered only when it
holds a task, no "send a sharper one" for a photo with no text, and setting names never shown."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfWriter

from flowhub.connectors import MediaRef
from flowhub.settings import Settings
from tests.conftest import ChatFactory
from tests.media_flow.files import minutes, send_file

# A hand-made PDF with no cross-reference table whose opening runs JavaScript.
SCRIPTED_PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
    b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
    b"4 0 obj << /Type /Action /S /JavaScript /JS (app.alert('hi');) >> endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF\n"
)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with no transcriber configured."""
    return Settings(data_dir=tmp_path, default_timezone="Europe/Berlin", _env_file=None)


def _landscape(fmt: str = "JPEG") -> bytes:
    image = Image.new("RGB", (640, 400))
    for y in range(400):
        colour = (70, 130, 220 - y // 4) if y < 220 else (40, 140 - (y - 220) // 3, 50)
        image.paste(colour, (0, y, 640, y + 1))
    out = BytesIO()
    image.save(out, format=fmt)
    return out.getvalue()


def _sticker() -> bytes:
    image = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((8, 8, 88, 88), fill=(255, 210, 0, 255), outline="black")
    out = BytesIO()
    image.save(out, format="WEBP")
    return out.getvalue()


@pytest.mark.parametrize(
    "caption",
    [
        "invoice from the printer, when's it due?",
        "here's the invoice, anything in there?",
        "signed contract from okafor",
    ],
)
def test_a_scripted_pdf_is_named_as_such_and_its_caption_gets_no_second_reply(
    chat_as: ChatFactory, caption: str
) -> None:
    ana = chat_as("ana", "Ana")
    send_file(ana, MediaRef("document", "x", "application/pdf", "invoice.pdf"), b"x")
    ana.say("add a task: water the plants tomorrow")
    ref = MediaRef("document", "js-1", "application/pdf", "invoice_2026-77.pdf")
    shown = send_file(ana, ref, SCRIPTED_PDF, caption=caption)
    assert len(shown) == 1, [s.text for s in shown]
    assert "script" in shown[0].text and "damaged" not in shown[0].text


def test_a_refused_file_whose_caption_holds_a_task_still_captures_it(chat_as: ChatFactory) -> None:
    ana = chat_as("ana", "Ana")
    ref = MediaRef("document", "js-2", "application/pdf", "invoice.pdf")
    shown = send_file(ana, ref, SCRIPTED_PDF, caption="pay the printer invoice by friday")
    assert any(s.buttons and "printer" in s.text.lower() for s in shown)
    assert any("script" in s.text for s in shown)


@pytest.mark.parametrize("name", ["site_plan_final.pdf", "scan.pdf", "notes.docx"])
def test_an_image_named_as_a_document_is_said_to_be_an_image(
    chat_as: ChatFactory, name: str
) -> None:
    sam = chat_as("sam", "Sam", tz="America/New_York")
    shown = send_file(sam, MediaRef("document", name, "application/pdf", name), _landscape("PNG"))
    assert len(shown) == 1 and "really an image" in shown[0].text


@pytest.mark.parametrize(
    ("ref", "data"),
    [
        (MediaRef("image", "alps", "image/jpeg", "alps.jpg"), _landscape()),
        (MediaRef("image", "smile", "image/webp", "sticker.webp"), _sticker()),
        (MediaRef("image", "hills", "image/png", "IMG_2041.png"), _landscape("PNG")),
    ],
)
def test_a_photo_or_sticker_with_no_text_gets_a_light_line_in_a_dm_and_silence_in_the_group(
    chat_as: ChatFactory, ref: MediaRef, data: bytes
) -> None:
    ana = chat_as("ana", "Ana")
    (line,) = send_file(ana, ref, data)
    assert "sharper" not in line.text and not line.buttons
    group = chat_as("ana", "Ana", chat="group-team", group=True)
    assert send_file(group, ref, data, addressed=True) == []
    assert send_file(group, ref, data, addressed=False) == []


def test_a_blank_page_photo_still_asks_for_a_sharper_one(chat_as: ChatFactory) -> None:
    ana = chat_as("ana", "Ana")
    out = BytesIO()
    Image.new("RGB", (600, 800), (245, 245, 240)).save(out, format="JPEG")
    (line,) = send_file(ana, MediaRef("image", "page", "image/jpeg", "page.jpg"), out.getvalue())
    assert "sharper" in line.text


@pytest.mark.parametrize(
    "asked",
    [
        "btw is my voice note from yesterday still saved somewhere?",
        "did you keep my voice message?",
        "do you still have my recording?",
    ],
)
def test_no_transcriber_names_no_setting_and_the_kept_note_is_confirmed(
    chat_as: ChatFactory, asked: str
) -> None:
    sam = chat_as("sam", "Sam", tz="America/New_York")
    (first,) = send_file(sam, MediaRef("audio", "v1", "audio/ogg", voice=True), b"OggS")
    assert "FLOWHUB_" not in first.text and "admin" in first.text
    (answer,) = sam.say(asked)
    assert "kept" in answer.text and "not a task" not in answer.text


@pytest.mark.parametrize("retry", ["try again", "pls try again", "retry the file"])
def test_try_again_reads_the_newest_file_that_made_nothing_not_an_older_voice_note(
    chat_as: ChatFactory, retry: str
) -> None:
    sam = chat_as("sam", "Sam", tz="America/New_York")
    send_file(sam, MediaRef("audio", "v1", "audio/ogg", voice=True), b"OggS")
    ref = MediaRef("document", "notes", "application/pdf", "notes.pdf")
    send_file(sam, ref, minutes([["Meeting notes", "The slab was poured, all ok."]]))
    shown = sam.say(retry) + sam.collect()
    assert shown and not any("voice notes" in s.text for s in shown), [s.text for s in shown]


@pytest.mark.parametrize("caption", ["contract values, pw is 1234", "", "locked one, sorry"])
def test_a_password_protected_pdf_is_said_to_be_locked(chat_as: ChatFactory, caption: str) -> None:
    locked = PdfWriter(clone_from=BytesIO(minutes([["Sign the lease renewal"]])))
    locked.encrypt(user_password="1234", algorithm="AES-128")
    out = BytesIO()
    locked.write(out)
    priya = chat_as("priya", "Priya", tz="Asia/Kolkata")
    ref = MediaRef("document", "pw-1", "application/pdf", "contract.pdf")
    shown = send_file(priya, ref, out.getvalue(), caption=caption)
    assert len(shown) == 1 and "password" in shown[0].text, [s.text for s in shown]
    assert "unsafe" not in shown[0].text
