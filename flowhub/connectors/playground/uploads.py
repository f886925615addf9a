"""Files sent on the playground page, kept under an id in the data dir until they are read.

No route serves this folder: the only way back to the bytes is the connector's `download`,
which keeps the same size rule as the real platforms.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from flowhub.connectors.base import DownloadError
from flowhub.connectors.download import too_big

# What one upload may weigh: above every default cap, so "too big" replies can be tried out.
MAX_UPLOAD = 32 * 1024 * 1024
_ID = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


class Uploads:
    """The folder of uploads: `save` returns an id, `read` gives the bytes back."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def save(self, data: bytes) -> str:
        """Keep `data` and return its id; raise `ValueError` over `MAX_UPLOAD`."""
        if len(data) > MAX_UPLOAD:
            raise ValueError(
                f"the file is {len(data):,} bytes; the playground takes up to {MAX_UPLOAD:,}"
            )
        self.root.mkdir(parents=True, exist_ok=True)
        upload_id = secrets.token_urlsafe(24)
        path = self.root / upload_id
        path.write_bytes(data)
        return upload_id

    def read(self, upload_id: str, *, max_bytes: int) -> bytes:
        """The bytes of upload `upload_id`, at most `max_bytes`; raise `DownloadError`."""
        what = f"playground upload {upload_id[:12]}"
        if not _ID.match(upload_id):
            raise DownloadError(f"{what}: not an upload id")
        path = self.root / upload_id
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise too_big(what, size, max_bytes)
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except FileNotFoundError as exc:
            raise DownloadError(f"{what}: not found; send the file again") from exc
        if len(data) > max_bytes:
            raise too_big(what, len(data), max_bytes)
        return data
