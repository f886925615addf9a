"""Files the bot sends: charts and exports, kept until every worker that may send them has."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, LargeBinary
from sqlmodel import Field, SQLModel

from flowhub.storage.types import utc_field


class OutboundFile(SQLModel, table=True):
    """One file a reply carries (`Reply.attachment.file_id`), stored so any worker can send it.

    `id` is random and unguessable: the playground serves a file by it.
    """

    __tablename__ = "outbound_files"
    id: str = Field(primary_key=True, max_length=32)
    name: str = Field(max_length=200)
    mime: str = Field(max_length=100)
    size: int = 0
    sha256: str = Field(max_length=64)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: datetime = utc_field(nullable=False, index=True)
