"""What a file is, told by its bytes: never by the name or the type the platform declared."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Literal

import filetype

Family = Literal["image", "audio", "pdf", "docx", "text", "office", "other"]

_IMAGES = {"jpg", "png", "gif", "webp", "tif", "bmp", "heic", "avif", "jpx", "apng"}
# Slack clips and some phones send audio in video containers; the transcriber takes them.
_AUDIO = {
    "ogg",
    "mp3",
    "m4a",
    "wav",
    "flac",
    "aac",
    "amr",
    "aiff",
    "webm",
    "mp4",
    "m4v",
    "3gp",
    "mov",
}
# Office formats other than .docx: read by nobody here, but honestly documents.
_OFFICE = {"doc", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "epub"}
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass(frozen=True, slots=True)
class Sniffed:
    """A file's family, its MIME type and the usual extension, all read from its bytes."""

    family: Family
    mime: str
    extension: str


def sniff(data: bytes) -> Sniffed:
    """What the bytes are: an image, audio, a PDF, a Word document, plain text or other."""
    found = filetype.guess(data[:8192])
    if found is not None:
        ext, mime = found.extension, found.mime
        if ext in _IMAGES:
            return Sniffed("image", mime, ext)
        if ext in _AUDIO:
            return Sniffed("audio", mime, ext)
        if ext == "pdf":
            return Sniffed("pdf", mime, ext)
        if ext == "docx":
            return Sniffed("docx", mime, ext)
        if ext in _OFFICE:
            return Sniffed("office", mime, ext)
        return Sniffed("other", mime, ext)
    if data.lstrip()[:5] == b"%PDF-":
        return Sniffed("pdf", "application/pdf", "pdf")
    if _looks_like_text(data[:8192]):
        return Sniffed("text", "text/plain", "txt")
    return Sniffed("other", "application/octet-stream", "bin")


def _looks_like_text(head: bytes) -> bool:
    if head.startswith(_BOMS):
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls <= len(head) // 100
