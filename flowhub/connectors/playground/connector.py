"""The playground connector: replies land in the outbox, and the browser page reads them there."""

from __future__ import annotations

from flowhub.connectors.base import Delivery
from flowhub.connectors.types import Reply, Target


class PlaygroundConnector:
    """Delivery is immediate: the outbox row is the message the page shows."""

    platform = "playground"
    max_text = 100_000

    def send(self, target: Target, reply: Reply, *, outbox_id: int) -> Delivery:
        """Accept the reply; an edit keeps the id of the message it replaces."""
        return Delivery(reply.edit or f"pg-{outbox_id}")
