"""FlowHub's tables. Instants are UTC (`UTCDateTime`); local meaning lives in a `*_tz` column."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from flowhub.storage.types import UTCDateTime, utc_field


def _json() -> Any:
    return Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Workspace(SQLModel, table=True):
    """A team: a WhatsApp number, a Slack workspace, a Telegram bot, or the playground."""

    __table_args__ = (UniqueConstraint("platform", "external_id"),)
    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=32)
    external_id: str = Field(max_length=128)
    name: str = Field(default="", max_length=200)
    created_at: datetime = utc_field(nullable=False)


class Person(SQLModel, table=True):
    """Someone FlowHub talks to, on one or more platforms."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True)
    display_name: str = Field(default="", max_length=200)
    timezone: str = Field(default="UTC", max_length=64)
    locale: str = Field(default="en", max_length=16)
    locale_chosen: bool = False  # set in chat ("language pt"); else it follows what they write
    digest_time: str = Field(default="08:00", max_length=5)
    digest_enabled: bool = True
    reminder_lead_minutes: int = 0  # a confirmed task's reminder fires this long before it is due
    created_at: datetime = utc_field(nullable=False)


class Identity(SQLModel, table=True):
    """One platform account of a person."""

    __table_args__ = (UniqueConstraint("platform", "account", "external_id"),)
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    platform: str = Field(max_length=32)
    account: str = Field(max_length=128)
    external_id: str = Field(max_length=128)
    handle: str | None = Field(default=None, max_length=200)
    direct_chat: str | None = Field(default=None, max_length=128)
    created_at: datetime = utc_field(nullable=False)


class Chat(SQLModel, table=True):
    """A direct or group conversation on a platform."""

    __table_args__ = (UniqueConstraint("platform", "account", "external_id"),)
    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True)
    platform: str = Field(max_length=32)
    account: str = Field(max_length=128)
    external_id: str = Field(max_length=128)
    kind: str = Field(default="direct", max_length=16)
    title: str | None = Field(default=None, max_length=200)
    last_inbound_at: datetime | None = utc_field(nullable=True)
    created_at: datetime = utc_field(nullable=False)


class InboxEvent(SQLModel, table=True):
    """Every inbound event, stored before the webhook answers; the raw payload is kept."""

    __table_args__ = (UniqueConstraint("platform", "account", "message_id"),)
    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=32)
    account: str = Field(max_length=128)
    message_id: str = Field(max_length=200)
    chat: str = Field(max_length=128)
    sender_id: str = Field(max_length=128)
    kind: str = Field(max_length=16)
    text: str = Field(default="", sa_column=Column(Text, nullable=False))
    event: dict[str, Any] = _json()
    raw: dict[str, Any] = _json()
    status: str = Field(default="received", max_length=16, index=True)
    error: str | None = Field(default=None, sa_column=Column(Text))
    received_at: datetime = utc_field(nullable=False)
    processed_at: datetime | None = utc_field(nullable=True)
    # When processing was last queued (None: when it was received) and how many runs raised;
    # the inbox sweep re-queues what was not processed within its lease.
    queued_at: datetime | None = utc_field(nullable=True)
    attempts: int = 0


# How a series repeats (`repeat_from` on tasks, proposals and reminders): "calendar" follows the
# rule's dates; "completion" counts the rule's interval from when the last one was done.


class Task(SQLModel, table=True):
    """A confirmed task."""

    # Each scope the numbers are asked for (workspace, group chat, assignee, creator), with the
    # period or status the questions narrow it by; they serve lookups by the scope alone too.
    __table_args__ = (
        Index("ix_task_workspace_id_created_at", "workspace_id", "created_at"),
        Index("ix_task_workspace_id_status_completed_at", "workspace_id", "status", "completed_at"),
        Index("ix_task_chat_id_created_at", "chat_id", "created_at"),
        Index("ix_task_chat_id_status_completed_at", "chat_id", "status", "completed_at"),
        Index("ix_task_assignee_id_status_completed_at", "assignee_id", "status", "completed_at"),
        Index("ix_task_creator_id_status_completed_at", "creator_id", "status", "completed_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id")
    chat_id: int | None = Field(default=None, foreign_key="chat.id")
    title: str = Field(max_length=500)
    notes: str = Field(default="", sa_column=Column(Text, nullable=False))
    creator_id: int = Field(foreign_key="person.id")
    assignee_id: int | None = Field(default=None, foreign_key="person.id")
    assignee_name: str | None = Field(default=None, max_length=200)
    assignment: str = Field(default="none", max_length=16)
    due_at: datetime | None = utc_field(nullable=True, index=True)
    due_grain: str | None = Field(default=None, max_length=8)
    due_tz: str | None = Field(default=None, max_length=64)
    priority: str = Field(default="normal", max_length=8)
    rrule: str | None = Field(default=None, max_length=500)
    repeat_from: str = Field(default="calendar", max_length=16)
    status: str = Field(default="open", max_length=16, index=True)
    source_event_id: int | None = Field(default=None, foreign_key="inboxevent.id")
    created_at: datetime = utc_field(nullable=False)
    updated_at: datetime = utc_field(nullable=False)
    completed_at: datetime | None = utc_field(nullable=True)


class Proposal(SQLModel, table=True):
    """A task read from a message, waiting for Confirm / Edit / Discard."""

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(foreign_key="chat.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    source_event_id: int | None = Field(default=None, foreign_key="inboxevent.id")
    title: str = Field(max_length=500)
    assignee_name: str | None = Field(default=None, max_length=200)
    due_at: datetime | None = utc_field(nullable=True)
    due_grain: str | None = Field(default=None, max_length=8)
    due_tz: str | None = Field(default=None, max_length=64)
    rrule: str | None = Field(default=None, max_length=500)
    repeat_from: str = Field(default="calendar", max_length=16)
    priority: str = Field(default="normal", max_length=8)
    status: str = Field(default="pending", max_length=16, index=True)
    task_id: int | None = Field(default=None, foreign_key="task.id")
    created_at: datetime = utc_field(nullable=False)
    updated_at: datetime = utc_field(nullable=False)


class Reminder(SQLModel, table=True):
    """A reminder: the next firing in UTC plus the rule, lead and zone it came from.

    `status` is "active" (waiting for `next_at`), "fired" (a one-off waiting for Done or
    Snooze), "waiting" (a repeat after completion that fired and waits for Done), "snoozed",
    "done" or "cancelled".
    """

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    chat_id: int | None = Field(default=None, foreign_key="chat.id")
    task_id: int | None = Field(default=None, foreign_key="task.id", index=True)
    created_by: int | None = Field(default=None, foreign_key="person.id")
    text: str = Field(max_length=500)
    next_at: datetime | None = utc_field(nullable=True, index=True)
    anchor_at: datetime | None = utc_field(nullable=True)
    rrule: str | None = Field(default=None, max_length=500)
    repeat_from: str = Field(default="calendar", max_length=16)
    lead_minutes: int = 0  # fires this long before each occurrence of anchor_at + rrule
    tz: str = Field(default="UTC", max_length=64)
    status: str = Field(default="active", max_length=16, index=True)
    created_at: datetime = utc_field(nullable=False)


class ReminderOccurrence(SQLModel, table=True):
    """One firing of a reminder; unique per reminder and due instant so it fires once."""

    __table_args__ = (UniqueConstraint("reminder_id", "due_at"),)
    id: int | None = Field(default=None, primary_key=True)
    reminder_id: int = Field(foreign_key="reminder.id", index=True)
    due_at: datetime = utc_field(nullable=False)
    status: str = Field(default="pending", max_length=16, index=True)
    late: bool = False
    fired_at: datetime | None = utc_field(nullable=True)


class DigestLog(SQLModel, table=True):
    """A digest for one subject ("person:5", "chat:3") and local day: sent once, never twice."""

    __table_args__ = (UniqueConstraint("kind", "subject", "local_date"),)
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(default="daily", max_length=16)
    subject: str = Field(max_length=64)
    local_date: str = Field(max_length=10)
    sent_at: datetime = utc_field(nullable=False)
    skipped: bool = False


class Outbox(SQLModel, table=True):
    """Every reply FlowHub sends: target, rendered body, status and the platform's answer."""

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=32, index=True)
    account: str = Field(max_length=128)
    chat: str = Field(max_length=128, index=True)
    body: str = Field(sa_column=Column(Text, nullable=False))
    reply: dict[str, Any] = _json()
    status: str = Field(default="pending", max_length=16, index=True)
    attempts: int = 0
    platform_message_id: str | None = Field(default=None, max_length=200, index=True)
    ref: str | None = Field(default=None, max_length=64, index=True)
    delivery_status: str | None = Field(default=None, max_length=16)
    delivery_at: datetime | None = utc_field(nullable=True)
    error: str | None = Field(default=None, sa_column=Column(Text))
    source_event_id: int | None = Field(default=None, foreign_key="inboxevent.id", index=True)
    created_at: datetime = utc_field(nullable=False)
    sent_at: datetime | None = utc_field(nullable=True)
    # When the next try is due: after a failure (backoff) or at the rate-limit slot it holds.
    next_attempt_at: datetime | None = Field(
        default=None, sa_column=Column(UTCDateTime(), nullable=True, index=True)
    )


class IntegrationConnection(SQLModel, table=True):
    """A connected task tool; the secret is stored encrypted."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True)
    person_id: int | None = Field(default=None, foreign_key="person.id")
    kind: str = Field(max_length=32)
    config: dict[str, Any] = _json()
    secret_encrypted: str | None = Field(default=None, sa_column=Column(Text))
    is_default: bool = False
    status: str = Field(default="active", max_length=16)
    created_at: datetime = utc_field(nullable=False)


class ConversationState(SQLModel, table=True):
    """Per-thread memory: pending edit, last list shown, the action "undo" reverts."""

    __table_args__ = (UniqueConstraint("chat_id", "person_id"),)
    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(foreign_key="chat.id")
    person_id: int = Field(foreign_key="person.id")
    data: dict[str, Any] = _json()
    updated_at: datetime = utc_field(nullable=False)


class AuditLog(SQLModel, table=True):
    """Who did what to which task, for history and undo."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = utc_field(nullable=False, index=True)
    person_id: int | None = Field(default=None, foreign_key="person.id")
    action: str = Field(max_length=32)
    subject: str = Field(max_length=64)
    detail: dict[str, Any] = _json()


class ChatMember(SQLModel, table=True):
    """A person the platform says is in a group chat, whether or not they have written there."""

    __table_args__ = (UniqueConstraint("chat_id", "person_id"),)
    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(foreign_key="chat.id")
    person_id: int = Field(foreign_key="person.id", index=True)
    created_at: datetime = utc_field(nullable=False)


class ChatAdmin(SQLModel, table=True):
    """A person who administers a group chat, beside its first member (see `storage/admins.py`)."""

    __table_args__ = (UniqueConstraint("chat_id", "person_id"),)
    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(foreign_key="chat.id")
    person_id: int = Field(foreign_key="person.id", index=True)
    granted_by: int | None = Field(default=None, foreign_key="person.id")
    created_at: datetime = utc_field(nullable=False)
