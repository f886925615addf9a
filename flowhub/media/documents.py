"""Plain text and Word documents: text files in any common encoding, .docx paragraphs and tables.

A .docx is a zip: before python-docx opens it, the members' declared sizes are checked so a zip
bomb (a few kilobytes that inflate to gigabytes) is refused instead of unpacked.
"""

from __future__ import annotations

import codecs
import io
import zipfile

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from flowhub.media.types import MediaError

_MAX_UNPACKED = 200 * 1024 * 1024
_MAX_RATIO = 200
_MAX_MEMBERS = 5000


def read_text(data: bytes) -> str:
    """A text file's text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Latin-1."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _lines(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise MediaError("unreadable", f"the text file is damaged UTF-16: {exc}") from exc
    try:
        return _lines(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return _lines(data.decode("latin-1"))


def _lines(text: str) -> str:
    return "\n".join(
        line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    )


def read_docx(data: bytes) -> str:
    """A Word document's paragraphs and table rows ("cell | cell"), in the order they appear."""
    _check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise MediaError("unreadable", f"the Word document is damaged: {exc}") from exc
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_rows(block))
    return "\n".join(lines)


def _rows(table: Table) -> list[str]:
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1] != text):  # a merged cell repeats in each column
                cells.append(text)
        if cells:
            rows.append(" | ".join(cells))
    return rows


def _check_zip(data: bytes) -> None:
    """Refuse a zip whose members would unpack to far more than its size, before unpacking."""
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except zipfile.BadZipFile as exc:
        raise MediaError("unreadable", f"the Word document is not a valid zip: {exc}") from exc
    if len(members) > _MAX_MEMBERS:
        raise MediaError("unsafe", f"the Word document holds {len(members)} files")
    unpacked = sum(m.file_size for m in members)
    if unpacked > _MAX_UNPACKED or unpacked > _MAX_RATIO * max(len(data), 1) + 1024 * 1024:
        raise MediaError(
            "unsafe",
            f"the Word document would unpack to {unpacked // (1024 * 1024)} MB from "
            f"{len(data) // 1024} KB (a zip bomb)",
        )
