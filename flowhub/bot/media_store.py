"""The bytes of files people send, kept on disk only when `media_keep_hours` asks for it.

They live under the data directory's `media/` folder, named by media item id, are never
served, and are deleted by `sweep` once they are older than the setting allows (at once when it
is 0, the default).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from flowhub.settings import Settings

log = logging.getLogger(__name__)


def can_transcribe(settings: Settings) -> bool:
    """Whether a transcriber is configured: a service's URL or a local model's directory."""
    return bool(settings.transcribe_base_url or settings.transcribe_model_dir)


def keep(settings: Settings, media_id: int, data: bytes) -> None:
    """Keep a file's bytes for `media_keep_hours`; nothing when the setting is 0."""
    if settings.media_keep_hours <= 0:
        return
    folder = _folder(settings)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / str(media_id)
    path.write_bytes(data)
    path.chmod(0o600)


def kept(settings: Settings, media_id: int) -> bytes | None:
    """The kept bytes of a file, or None."""
    if settings.media_keep_hours <= 0:
        return None
    path = _folder(settings) / str(media_id)
    return path.read_bytes() if path.is_file() else None


def sweep(settings: Settings) -> int:
    """Delete kept files older than `media_keep_hours`; how many went."""
    folder = _folder(settings)
    if not folder.is_dir():
        return 0
    # File times are the machine's own, so they are compared with its clock, not the app's.
    oldest = time.time() - settings.media_keep_hours * 3600
    gone = 0
    for path in folder.iterdir():
        try:
            if path.is_file() and (settings.media_keep_hours <= 0 or path.stat().st_mtime < oldest):
                path.unlink()
                gone += 1
        except OSError as exc:
            log.warning("kept media file %s could not be removed: %s", path.name, exc)
    return gone


def _folder(settings: Settings) -> Path:
    return settings.data_dir / "media"
