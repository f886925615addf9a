"""Files people send, read into text: speech transcribed, images and scans recognised, documents
read. Bytes in, a `Reading` out; nothing here talks to a chat platform or the database.

`read(data, kind=..., declared_mime=..., name=..., caption=..., config=...)` checks the bytes
(type by content, size, decompression bombs, active content) and returns a `Reading`, or raises
`MediaError` naming why, so the bot can say exactly what went wrong.

Rules: a file's type is read from its bytes, never its name or declared type; nothing in a file
is ever run (a PDF that carries JavaScript or a launch action is refused as "unsafe", as are
password-protected PDFs, decompression-bomb images and zip-bomb Word files); images and scans are
read on this machine by Tesseract; speech goes to the configured transcriber only. This package
imports nothing of FlowHub but `flowhub.settings`.
"""

from flowhub.media.answers import answered
from flowhub.media.config import MediaConfig, max_bytes, media_config
from flowhub.media.read import read
from flowhub.media.types import Item, MediaError, Page, Reading, Reason, Source

__all__ = [
    "Item",
    "MediaConfig",
    "MediaError",
    "Page",
    "Reading",
    "Reason",
    "Source",
    "answered",
    "max_bytes",
    "media_config",
    "read",
]
