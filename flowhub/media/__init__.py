"""Files people send, read into text: speech transcribed, images and scans recognised, documents
read. Bytes in, a `Reading` out; nothing here talks to a chat platform or the database.

`read(data, kind=..., declared_mime=..., name=..., caption=..., config=...)` checks the bytes
(type by content, size, decompression bombs, active content) and returns a `Reading`, or raises
`MediaError` naming why, so the bot can say exactly what went wrong.
"""

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
    "max_bytes",
    "media_config",
    "read",
]
