"""The playground connector: replies land in the outbox, and the browser page reads them there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flowhub.connectors.base import Delivery
from flowhub.connectors.types import Reply, Target

if TYPE_CHECKING:
    from flowhub.connectors.builder import Deps
    from flowhub.settings import Settings


class PlaygroundConnector:
    """Delivery is immediate: the outbox row is the message the page shows."""

    platform = "playground"
    max_text = 100_000

    def send(self, target: Target, reply: Reply, *, outbox_id: int) -> Delivery:
        """Accept the reply; an edit keeps the id of the message it replaces."""
        return Delivery(reply.edit or f"pg-{outbox_id}")


def build(settings: Settings, deps: Deps) -> PlaygroundConnector | None:
    """The playground connector when FLOWHUB_PLAYGROUND is on."""
    return PlaygroundConnector() if settings.playground else None
