"""The files people send: one row per file, from the inbound event to what was read in it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from flowhub.storage.types import utc_field


class MediaItem(SQLModel, table=True):
    """A voice note, image or document and where its reading stands.

    `status` is "pending" (waiting to be read), "read" or "failed" (`reason` says why; "try
    again" reads it anew). `ref` is the platform's `MediaRef` as JSON: enough to fetch the file
    again, since the bytes themselves are not kept. `text` is what was read, stored like message
    text; `pages` holds a document's pages and `items` what the reading made of it. A row is
    unique per inbound event and the file's `position` in it (a Slack message may share several),
    so a redelivered webhook never reads a file twice.
    """

    __tablename__ = "media_items"
    __table_args__ = (
        UniqueConstraint("inbox_event_id", "position", name="uq_media_items_event_position"),
    )
    id: int | None = Field(default=None, primary_key=True)
    inbox_event_id: int = Field(foreign_key="inboxevent.id", index=True)
    position: int = 0
    workspace_id: int = Field(foreign_key="workspace.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    chat_id: int = Field(foreign_key="chat.id", index=True)
    kind: str = Field(max_length=16)
    ref: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    status: str = Field(default="pending", max_length=16, index=True)
    reason: str | None = Field(default=None, max_length=32)
    attempts: int = 0
    text: str = Field(default="", sa_column=Column(Text, nullable=False))
    language: str | None = Field(default=None, max_length=16)
    pages: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    items: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = utc_field(nullable=False)
    read_at: datetime | None = utc_field(nullable=True)
