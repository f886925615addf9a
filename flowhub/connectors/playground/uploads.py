"""Files sent on the playground page, kept under an id in the data dir for a day.

No route serves this folder: the only way back to the bytes is the connector's `download`,
which keeps the same size rule as the real platforms. A day is long enough for "try again"
and short enough that a long-running playground does not fill the disk; `sweep` deletes the
older ones.
"""

from __future__ import annotations

import logging
import re
import secrets
import time
from pathlib import Path

from flowhub.connectors.base import DownloadError
from flowhub.connectors.download import too_big

# What one upload may weigh: above every default cap, so "too big" replies can be tried out.
MAX_UPLOAD = 32 * 1024 * 1024
KEEP_SECONDS = 24 * 3600
_ID = re.compile(r"^[A-Za-z0-9_-]{20,64}$")

log = logging.getLogger(__name__)


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

    def sweep(self, *, older_than: float = KEEP_SECONDS) -> int:
        """Delete uploads older than `older_than` seconds; how many went."""
        if not self.root.is_dir():
            return 0
        # File times are the machine's own, so they are compared with its clock, not the app's.
        oldest = time.time() - older_than
        gone = 0
        for path in self.root.iterdir():
            try:
                if _ID.match(path.name) and path.is_file() and path.stat().st_mtime < oldest:
                    path.unlink()
                    gone += 1
            except OSError as exc:
                log.warning("playground upload %s could not be removed: %s", path.name[:12], exc)
        return gone
