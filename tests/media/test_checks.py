"""Files refused before reading, each for a named reason: type, size, scripts, bombs, passwords."""

from __future__ import annotations

import io
import struct
import time

import pytest
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, TextStringObject

from flowhub.bot.media_replies import failure
from flowhub.connectors.types import MediaRef
from flowhub.media import MediaConfig, MediaError, read
from flowhub.settings import Settings
from tests.media.drawings import paper, pdf, png, word

CONFIG = MediaConfig()


def _reason(data: bytes, kind: str, **kwargs: str) -> str:
    started = time.monotonic()
    with pytest.raises(MediaError) as caught:
        read(data, kind=kind, config=CONFIG, **kwargs)
    assert time.monotonic() - started < 2, "a refusal must be quick"
    assert str(caught.value)
    return caught.value.reason


def _written(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "kind", "name"),
    [
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 200, "image", "photo.jpg"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 200, "audio", "voice.ogg"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + b"\x00" * 200, "image", "screenshot.png"),
        (b"just some words that are text", "audio", "note.m4a"),
    ],
)
def test_bytes_that_are_not_the_declared_kind_are_the_wrong_type(
    data: bytes, kind: str, name: str
) -> None:
    assert _reason(data, kind, name=name, declared_mime="image/jpeg") == "wrong_type"


def test_an_image_sent_as_a_document_is_still_read() -> None:
    reading = read(
        png(paper(["Water the plants"])), kind="document", language_hint="en", config=CONFIG
    )
    assert "Water the plants" in reading.text


def test_a_100_mb_upload_is_refused_by_its_size_before_anything_reads_it() -> None:
    big = bytes(100 * 1024 * 1024)
    for kind in ("audio", "image", "document"):
        assert _reason(big, kind) == "too_big"


def test_a_pdf_that_runs_javascript_when_opened_is_scripted() -> None:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(_script())
    assert _reason(_written(writer), "document", name="invoice.pdf") == "scripted"


def _script() -> DictionaryObject:
    return DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("this.print({bUI:true});"),
        }
    )


def test_a_pdf_with_document_level_javascript_is_scripted() -> None:
    writer = PdfWriter(clone_from=io.BytesIO(pdf([["Quarterly report"]])))
    tree = DictionaryObject(
        {
            NameObject("/Names"): ArrayObject(
                [TextStringObject("print"), writer._add_object(_script())]
            )
        }
    )
    names = DictionaryObject({NameObject("/JavaScript"): writer._add_object(tree)})
    writer._root_object[NameObject("/Names")] = writer._add_object(names)
    assert _reason(_written(writer), "document") == "scripted"


def test_a_pdf_whose_link_runs_javascript_is_scripted() -> None:
    writer = PdfWriter(clone_from=io.BytesIO(pdf([["Click here for the agenda"]])))
    link = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject(
                [NumberObject(10), NumberObject(10), NumberObject(90), NumberObject(30)]
            ),
            NameObject("/A"): _script(),
        }
    )
    writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(link)])
    assert _reason(_written(writer), "document") == "scripted"


def test_a_hand_made_pdf_with_no_cross_reference_that_runs_javascript_is_scripted() -> None:
    """A PDF too broken to parse that still names a script is refused for the script."""
    body = (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        b"3 0 obj << /Type /Action /S /JavaScript /JS (app.alert(1);) >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )
    assert _reason(body, "document", name="invoice.pdf") == "scripted"
    assert _reason(body.replace(b"/S /JavaScript /JS", b"/S /URI /URI"), "document") == (
        "unreadable"
    )


def test_a_password_protected_pdf_is_refused_but_an_edit_lock_alone_is_read() -> None:
    source = pdf([["Renew the car insurance"]])
    locked = PdfWriter(clone_from=io.BytesIO(source))
    locked.encrypt(user_password="secret", algorithm="AES-128")
    assert _reason(_written(locked), "document") == "locked"
    edit_only = PdfWriter(clone_from=io.BytesIO(source))
    edit_only.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    assert "car insurance" in read(_written(edit_only), kind="document", config=CONFIG).text


def test_a_damaged_pdf_is_unreadable() -> None:
    assert _reason(pdf([["hello"]])[:300], "document") == "unreadable"


def test_noise_behind_a_pdf_header_is_damaged_not_scripted() -> None:
    noise = b"%PDF-1.7\n" + bytes(range(256)) * 64 + b"/JS 12 0 R /JSON /Launcher"
    assert _reason(noise, "document", name="specs.pdf") == "unreadable"
    assert _reason(noise + b" /JS (app.alert(1))", "document", name="specs.pdf") == "scripted"


def _inflated(data: bytes, member: str, size: int) -> bytes:
    """The zip with one member's declared unpacked size in the central directory set to `size`."""
    raw = bytearray(data)
    name = member.encode()
    at = raw.find(b"PK\x01\x02")
    while at != -1:
        name_len = struct.unpack_from("<H", raw, at + 28)[0]
        if raw[at + 46 : at + 46 + name_len] == name:
            struct.pack_into("<I", raw, at + 24, size)
        at = raw.find(b"PK\x01\x02", at + 4)
    return bytes(raw)


def test_a_word_document_that_would_unpack_to_gigabytes_is_unsafe() -> None:
    bomb = _inflated(word(["hello"]), "word/document.xml", 3_000_000_000)
    assert _reason(bomb, "document", name="report.docx") == "unsafe"


@pytest.mark.parametrize("name", ["specs_final.docx", "Angebot.pdf", "notes.txt"])
def test_noise_behind_an_image_header_under_a_document_name_is_misnamed(name: str) -> None:
    noise = b"\x89PNG\r\n\x1a\n" + bytes((i * 37 + 11) % 256 for i in range(4000))
    assert _reason(noise, "document", name=name) == "misnamed"


def test_the_reply_to_a_misnamed_file_names_it() -> None:
    ref = MediaRef(kind="document", ref="1", name="specs_final.docx")
    reply = failure("misnamed", ref, again=False, settings=Settings())
    assert "specs_final.docx" in reply.text
    assert "damaged" not in reply.text
