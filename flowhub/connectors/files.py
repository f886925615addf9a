"""Which files people send FlowHub can read, by the type their platform declares."""

from __future__ import annotations

from flowhub.connectors.types import MediaKind

# Declared types that are never read: video has no reader, and stickers are decoration.
_UNREADABLE_PREFIXES = ("video/",)


def readable_kind(mime: str, *, default: MediaKind | None = "document") -> MediaKind | None:
    """The kind a file of declared type `mime` is read as; None for one that is not read.

    An image or audio file sent "as a document" is still read as an image or audio; any other
    type is `default` (the bytes are checked when the file is read).
    """
    base = mime.split(";", 1)[0].strip().lower()
    if base.startswith(_UNREADABLE_PREFIXES):
        return None
    if base.startswith("image/"):
        return "image"
    if base.startswith("audio/"):
        return "audio"
    return default
