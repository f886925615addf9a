"""The playground connector: replies land in the outbox, and the browser page reads them there."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from flowhub.connectors.base import Delivery
from flowhub.connectors.playground.uploads import Uploads
from flowhub.connectors.types import MediaRef, Reply, Target

if TYPE_CHECKING:
    from flowhub.connectors.builder import Deps
    from flowhub.settings import Settings


class PlaygroundConnector:
    """Delivery is immediate: the outbox row is the message the page shows.

    Files sent on the page are kept in `uploads`; `download` reads them back.
    """

    platform = "playground"
    max_text = 100_000

    def __init__(self, uploads: Uploads | None = None) -> None:
        self._uploads = uploads

    @property
    def uploads(self) -> Uploads:
        """Where files sent on the page are kept (a fresh temporary folder when none was given)."""
        if self._uploads is None:
            self._uploads = Uploads(Path(tempfile.mkdtemp(prefix="flowhub-playground-")))
        return self._uploads

    def send(self, target: Target, reply: Reply, *, outbox_id: int) -> Delivery:
        """Accept the reply; an edit keeps the id of the message it replaces."""
        return Delivery(reply.edit or f"pg-{outbox_id}")

    def sweep(self) -> int:
        """Delete files sent on the page more than a day ago; how many went."""
        return self._uploads.sweep() if self._uploads is not None else 0

    def download(self, account: str, ref: MediaRef, *, max_bytes: int) -> bytes:
        """A file sent on the page, by its upload id; `DownloadError` past `max_bytes`."""
        return self.uploads.read(ref.ref, max_bytes=max_bytes)


def build(settings: Settings, deps: Deps) -> PlaygroundConnector | None:
    """The playground connector when FLOWHUB_PLAYGROUND is on."""
    if not settings.playground:
        return None
    return PlaygroundConnector(Uploads(settings.data_dir / "playground-uploads"))
