"""Chat platforms: each connector parses inbound payloads into `Event` and sends `Reply` objects.

Connectors know their platform and these normalized types, nothing about tasks. `CONNECTORS`
maps platform name to the connector factory; the app factory builds the ones that are configured.
"""

from flowhub.connectors.base import BatchSender, Connector, Delivery, ReadReceipts, SendError
from flowhub.connectors.types import Button, ChatKind, Event, EventKind, Reply, Target, Template

__all__ = [
    "BatchSender",
    "Button",
    "ChatKind",
    "Connector",
    "Delivery",
    "Event",
    "EventKind",
    "ReadReceipts",
    "Reply",
    "SendError",
    "Target",
    "Template",
]
