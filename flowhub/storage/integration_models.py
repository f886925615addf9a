"""Tables of the task tools: which FlowHub task lives where in which connected tool."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from flowhub.storage.types import utc_field


class TaskLink(SQLModel, table=True):
    """One task in one connected tool: its id and URL there, and where the push stands.

    `status` says where the task stands in the tool: "pending" (not created there yet),
    "synced" (open there), "closed" (closed there) or "skipped" (the tool can't hold it, e.g.
    no date for a calendar). `error` keeps the last failure and is cleared by a success, so a
    link with an error is a failed push waiting for a retry. The row exists before the first
    call, so nothing confirmed is lost while a tool is down, and `attempts` tells a retry that
    an earlier call may already have created the item.
    """

    __table_args__ = (UniqueConstraint("task_id", "connection_id"),)
    id: int | None = Field(default=None, primary_key=True)
    task_id: int = Field(foreign_key="task.id", index=True)
    connection_id: int = Field(foreign_key="integrationconnection.id", index=True)
    external_id: str | None = Field(default=None, max_length=200, index=True)
    url: str | None = Field(default=None, max_length=1000)
    status: str = Field(default="pending", max_length=16, index=True)
    attempts: int = 0
    error: str | None = Field(default=None, sa_column=Column(Text))
    pushed_at: datetime | None = utc_field(nullable=True)
    created_at: datetime = utc_field(nullable=False)
    updated_at: datetime = utc_field(nullable=False)
    # The tool's own time of the last status change applied from it: an older one is a replay.
    remote_changed_at: datetime | None = utc_field(nullable=True)


class OAuthState(SQLModel, table=True):
    """One OAuth sign-in link: whose it is, until when, and whether it was used (once only)."""

    nonce: str = Field(primary_key=True, max_length=64)
    provider: str = Field(max_length=32)
    workspace_id: int = Field(foreign_key="workspace.id")
    person_id: int = Field(foreign_key="person.id")
    created_at: datetime = utc_field(nullable=False)
    expires_at: datetime = utc_field(nullable=False, index=True)
    used_at: datetime | None = utc_field(nullable=True)


class WebhookDelivery(SQLModel, table=True):
    """A tool's webhook already taken in, by its delivery id or body digest (replays are no-ops)."""

    __table_args__ = (UniqueConstraint("connection_id", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    connection_id: int = Field(foreign_key="integrationconnection.id")
    key: str = Field(max_length=200)
    received_at: datetime = utc_field(nullable=False, index=True)
