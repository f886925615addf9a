"""Storage: SQLModel tables, repository functions and Alembic migrations.

This package imports no other FlowHub package; everything that touches the database goes through
its repository functions (keyword-only arguments, an explicit session).
"""

from flowhub.storage import (
    access,
    admins,
    audit,
    digests,
    inbox,
    integrations,
    media,
    members,
    outbound_files,
    outbox,
    people,
    proposals,
    reminders,
    state,
    tasks,
)
from flowhub.storage import slack as slack  # Slack installations (slack_models.py)
from flowhub.storage.db import make_engine, migrate, session_scope
from flowhub.storage.integration_models import TaskLink
from flowhub.storage.media_models import MediaItem
from flowhub.storage.models import (
    AuditLog,
    Chat,
    ChatAdmin,
    ChatMember,
    ConversationState,
    DigestLog,
    Identity,
    InboxEvent,
    IntegrationConnection,
    Outbox,
    Person,
    Proposal,
    Reminder,
    ReminderOccurrence,
    Task,
    Workspace,
)
from flowhub.storage.outbound_models import OutboundFile
from flowhub.storage.types import as_utc, id_of

__all__ = [
    "AuditLog",
    "Chat",
    "ChatAdmin",
    "ChatMember",
    "ConversationState",
    "DigestLog",
    "Identity",
    "InboxEvent",
    "IntegrationConnection",
    "MediaItem",
    "OutboundFile",
    "Outbox",
    "Person",
    "Proposal",
    "Reminder",
    "ReminderOccurrence",
    "Task",
    "TaskLink",
    "Workspace",
    "access",
    "admins",
    "as_utc",
    "audit",
    "digests",
    "id_of",
    "inbox",
    "integrations",
    "make_engine",
    "media",
    "members",
    "migrate",
    "outbound_files",
    "outbox",
    "people",
    "proposals",
    "reminders",
    "session_scope",
    "state",
    "tasks",
]
