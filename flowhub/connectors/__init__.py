"""Chat platforms: each connector parses inbound payloads into `Event` and sends `Reply` objects.

Connectors know their platform and these normalized types, nothing about tasks.
`flowhub.connectors.registry.CONNECTORS` maps platform name to its builder, `build(settings,
deps) -> Connector | None` (None when the platform is not configured); the app factory calls each
one with the same `Deps`. A new platform is its package here, its router in `flowhub.webhooks`,
and one line in that registry.
"""

from flowhub.connectors.base import (
    BatchSender,
    Connector,
    Delivery,
    DownloadError,
    KeepsFiles,
    MediaSource,
    ReadReceipts,
    SendError,
)
from flowhub.connectors.builder import Builder, Deps, LastInbound
from flowhub.connectors.types import (
    MEMBERS,
    Attachment,
    AttachmentKind,
    Button,
    ChatKind,
    Event,
    EventKind,
    MediaKind,
    MediaRef,
    Reply,
    Target,
    Template,
)

__all__ = [
    "MEMBERS",
    "Attachment",
    "AttachmentKind",
    "BatchSender",
    "Builder",
    "Button",
    "ChatKind",
    "Connector",
    "Delivery",
    "Deps",
    "DownloadError",
    "Event",
    "EventKind",
    "KeepsFiles",
    "LastInbound",
    "MediaKind",
    "MediaRef",
    "MediaSource",
    "ReadReceipts",
    "Reply",
    "SendError",
    "Target",
    "Template",
]
