"""Connected task tools and the links of tasks to what was created in them.

A connection belongs to the person who made it (`person_id`); each person has at most one
default tool, the one their own confirmed tasks go to.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, or_, update
from sqlmodel import Session, col, select

from flowhub.storage._rows import apply_changes, get_or_insert, insert_new
from flowhub.storage.db import checkpoint_after_commit
from flowhub.storage.integration_models import OAuthState, TaskLink, WebhookDelivery
from flowhub.storage.models import InboxEvent, IntegrationConnection, Task


def get_connection(*, session: Session, connection_id: int) -> IntegrationConnection | None:
    """One connection by id."""
    return session.get(IntegrationConnection, connection_id)


def get_connections(
    *, session: Session, workspace_id: int, kind: str | None = None, person_id: int | None = None
) -> list[IntegrationConnection]:
    """A workspace's connections, oldest first, optionally of one kind or one owner only."""
    statement = select(IntegrationConnection).where(
        IntegrationConnection.workspace_id == workspace_id
    )
    if kind is not None:
        statement = statement.where(IntegrationConnection.kind == kind)
    if person_id is not None:
        statement = statement.where(IntegrationConnection.person_id == person_id)
    return list(session.exec(statement.order_by(col(IntegrationConnection.id))))


def get_all_connections(*, session: Session, kind: str) -> list[IntegrationConnection]:
    """Every connection of one kind, across workspaces (inbound webhooks find theirs)."""
    statement = (
        select(IntegrationConnection)
        .where(IntegrationConnection.kind == kind)
        .order_by(col(IntegrationConnection.id))
    )
    return list(session.exec(statement))


def get_default_connection(
    *, session: Session, workspace_id: int, person_id: int
) -> IntegrationConnection | None:
    """The tool a person's confirmed tasks go to, if they have one."""
    return session.exec(
        select(IntegrationConnection)
        .where(
            IntegrationConnection.workspace_id == workspace_id,
            IntegrationConnection.person_id == person_id,
            col(IntegrationConnection.is_default).is_(True),
        )
        .order_by(col(IntegrationConnection.id))
    ).first()


def get_default_connections(*, session: Session, workspace_id: int) -> list[IntegrationConnection]:
    """Every person's default tool in a workspace, oldest first."""
    statement = (
        select(IntegrationConnection)
        .where(
            IntegrationConnection.workspace_id == workspace_id,
            col(IntegrationConnection.is_default).is_(True),
            col(IntegrationConnection.person_id).is_not(None),
        )
        .order_by(col(IntegrationConnection.id))
    )
    return list(session.exec(statement))


def create_connection(
    *,
    session: Session,
    workspace_id: int,
    person_id: int | None,
    kind: str,
    config: dict[str, Any],
    secret_encrypted: str | None,
    now: datetime,
    is_default: bool | None = None,
) -> IntegrationConnection:
    """Store a new connection; by default a person's first one becomes their default."""
    if is_default is None:
        is_default = person_id is not None and (
            get_default_connection(session=session, workspace_id=workspace_id, person_id=person_id)
            is None
        )
    row = IntegrationConnection(
        workspace_id=workspace_id,
        person_id=person_id,
        kind=kind,
        config=dict(config),
        secret_encrypted=secret_encrypted,
        is_default=is_default,
        status="active",
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row


def update_connection(
    *, session: Session, connection: IntegrationConnection, **changes: object
) -> IntegrationConnection:
    """Change fields of a connection (config, secret, status)."""
    return apply_changes(session, connection, changes)


def set_default_connection(*, session: Session, connection: IntegrationConnection) -> None:
    """Make `connection` its owner's default and no other of theirs."""
    owned = get_connections(session=session, workspace_id=connection.workspace_id)
    for other in [c for c in owned if c.person_id == connection.person_id]:
        if other.is_default != (other.id == connection.id):
            other.is_default = other.id == connection.id
            session.add(other)
    session.flush()


def delete_connection(*, session: Session, connection: IntegrationConnection) -> None:
    """Remove a connection, its task links and its webhook log (the tasks themselves stay)."""
    for link in session.exec(select(TaskLink).where(TaskLink.connection_id == connection.id)):
        session.delete(link)
    session.execute(
        delete(WebhookDelivery).where(col(WebhookDelivery.connection_id) == connection.id)
    )
    session.flush()
    session.delete(connection)
    session.flush()


def get_link(*, session: Session, link_id: int) -> TaskLink | None:
    """One task link by id."""
    return session.get(TaskLink, link_id)


def get_links(*, session: Session, task_id: int) -> list[TaskLink]:
    """Every link of a task, oldest first."""
    statement = select(TaskLink).where(TaskLink.task_id == task_id).order_by(col(TaskLink.id))
    return list(session.exec(statement))


def get_link_by_external(
    *, session: Session, connection_id: int, external_id: str
) -> TaskLink | None:
    """The link of what a connection's tool calls `external_id`."""
    return session.exec(
        select(TaskLink).where(
            TaskLink.connection_id == connection_id, TaskLink.external_id == external_id
        )
    ).first()


def get_or_create_link(
    *, session: Session, task_id: int, connection_id: int, now: datetime
) -> TaskLink:
    """The link of a task to a connection, created "pending" on first use."""
    statement = select(TaskLink).where(
        TaskLink.task_id == task_id, TaskLink.connection_id == connection_id
    )
    return get_or_insert(
        session,
        statement,
        lambda: TaskLink(
            task_id=task_id, connection_id=connection_id, created_at=now, updated_at=now
        ),
    )


def update_link(*, session: Session, link: TaskLink, now: datetime, **changes: object) -> TaskLink:
    """Change fields of a link and stamp `updated_at`."""
    link.updated_at = now
    return apply_changes(session, link, changes)


def get_unfinished_links(
    *,
    session: Session,
    workspace_id: int,
    connection_id: int | None = None,
    person_id: int | None = None,
) -> list[TaskLink]:
    """Links not pushed yet or whose last push failed, oldest first (of one owner's tools)."""
    statement = (
        select(TaskLink)
        .join(Task, col(Task.id) == col(TaskLink.task_id))
        .where(
            Task.workspace_id == workspace_id,
            or_(col(TaskLink.status) == "pending", col(TaskLink.error).is_not(None)),
        )
        .order_by(col(TaskLink.id))
    )
    if connection_id is not None:
        statement = statement.where(TaskLink.connection_id == connection_id)
    if person_id is not None:
        statement = statement.join(
            IntegrationConnection, col(IntegrationConnection.id) == col(TaskLink.connection_id)
        ).where(IntegrationConnection.person_id == person_id)
    return list(session.exec(statement))


def redact_inbox_event(*, session: Session, event_id: int, text: str) -> None:
    """Replace an inbound message's text everywhere the inbox keeps it (a pasted token)."""
    row = session.get(InboxEvent, event_id)
    if row is None:
        return
    row.text = text
    event = dict(row.event)
    event["text"] = text
    row.event = event
    row.raw = {"redacted": True}
    session.add(row)
    session.flush()
    checkpoint_after_commit(session)


def create_oauth_state(
    *,
    session: Session,
    nonce: str,
    provider: str,
    workspace_id: int,
    person_id: int,
    now: datetime,
    expires_at: datetime,
) -> OAuthState:
    """Store a new sign-in link's state (and forget states that expired a day ago)."""
    session.execute(delete(OAuthState).where(col(OAuthState.expires_at) < now - timedelta(days=1)))
    row = OAuthState(
        nonce=nonce,
        provider=provider,
        workspace_id=workspace_id,
        person_id=person_id,
        created_at=now,
        expires_at=expires_at,
    )
    session.add(row)
    session.flush()
    return row


def get_oauth_state(*, session: Session, nonce: str) -> OAuthState | None:
    """A sign-in state by its nonce."""
    return session.get(OAuthState, nonce)


def use_oauth_state(
    *, session: Session, nonce: str, provider: str, workspace_id: int, person_id: int, now: datetime
) -> bool:
    """Mark a state used, atomically; False when it is unknown, someone else's, expired or used.

    One conditional UPDATE: of two concurrent callbacks with the same state, exactly one wins.
    """
    result = session.execute(
        update(OAuthState)
        .where(
            col(OAuthState.nonce) == nonce,
            col(OAuthState.provider) == provider,
            col(OAuthState.workspace_id) == workspace_id,
            col(OAuthState.person_id) == person_id,
            col(OAuthState.expires_at) > now,
            col(OAuthState.used_at).is_(None),
        )
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def record_deliveries(
    *, session: Session, connection_id: int, keys: list[str], now: datetime
) -> bool:
    """Log a webhook's keys (delivery id, body digest); False if any was logged before."""
    rows = [{"connection_id": connection_id, "key": key[:200], "received_at": now} for key in keys]
    new = insert_new(
        session, WebhookDelivery, rows, unique=("connection_id", "key"), returning=("id",)
    )
    return len(new) == len(rows)


def prune_deliveries(*, session: Session, before: datetime) -> None:
    """Forget webhook keys logged before `before` (older replays fail the event-time check)."""
    session.execute(delete(WebhookDelivery).where(col(WebhookDelivery.received_at) < before))
