"""The one entry point: bytes and what the platform said about them in, a `Reading` out."""

from __future__ import annotations

from flowhub.media.config import MediaConfig, max_bytes
from flowhub.media.image import read_image
from flowhub.media.sniff import Sniffed, sniff
from flowhub.media.types import MediaError, Reading

# Which families of bytes each declared kind may hold. A file sent "as a document" may be a
# screenshot or a recording, so a document takes anything readable; a photo must be an image.
_ALLOWED = {
    "image": {"image"},
    "audio": {"audio"},
    "document": {"image", "audio", "pdf", "docx", "text"},
}


def read(
    data: bytes,
    *,
    kind: str,
    declared_mime: str = "",
    name: str = "",
    caption: str = "",
    voice: bool = False,
    language_hint: str | None = None,
    config: MediaConfig,
) -> Reading:
    """Read a file's bytes into text, or raise `MediaError` saying why it cannot be read."""
    _check_kind(kind)
    if len(data) > max_bytes(kind, config):
        raise MediaError(
            "too_big",
            f"the {kind} is {_mb(len(data))}, over the {_mb(max_bytes(kind, config))} cap",
        )
    if not data:
        raise MediaError("unreadable", f"the {kind} {name or ''} is empty".replace("  ", " "))
    found = sniff(data)
    if found.family not in _ALLOWED[kind]:
        raise MediaError("wrong_type", _mismatch(found, kind, declared_mime, name))
    if found.family == "image":
        return read_image(data, caption=caption, language_hint=language_hint, config=config)
    raise MediaError("unreadable", f"reading {found.family} files is not ready yet")


def _mismatch(found: Sniffed, kind: str, declared_mime: str, name: str) -> str:
    said = name or declared_mime or kind
    return f"{said!r} was sent as {kind} but its bytes are {found.mime} ({found.extension})"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _check_kind(kind: str) -> None:
    if kind not in _ALLOWED:
        raise ValueError(f"media kind {kind!r} is unknown; use one of {sorted(_ALLOWED)}")
