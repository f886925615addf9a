"""Slack installations, OAuth states, and the lookups the Slack connector needs from the inbox."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import or_
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, delete, select

from flowhub.storage.inbox import get_inbox_event
from flowhub.storage.models import InboxEvent, Outbox, Proposal
from flowhub.storage.outbox import get_latest_outbox_by_ref
from flowhub.storage.slack_models import SlackInstallation, SlackOAuthState


def save_installation(
    *, session: Session, installation_in: SlackInstallation, now: datetime
) -> SlackInstallation:
    """Store a workspace's bot installation, replacing the one it had."""
    found = get_installation(
        session=session,
        enterprise_id=installation_in.enterprise_id,
        team_id=installation_in.team_id,
    )
    if found is None:
        installation_in.installed_at = installation_in.installed_at or now
        installation_in.updated_at = now
        try:
            with session.begin_nested():
                session.add(installation_in)
                session.flush()
            return installation_in
        except IntegrityError:
            # Two installs of the same workspace raced: update the row the other one wrote.
            found = get_installation(
                session=session,
                enterprise_id=installation_in.enterprise_id,
                team_id=installation_in.team_id,
            )
            if found is None:
                raise
    for name in SlackInstallation.model_fields:
        if name not in ("id", "installed_at"):
            setattr(found, name, getattr(installation_in, name))
    found.updated_at = now
    session.add(found)
    session.flush()
    return found


def get_installation(
    *, session: Session, enterprise_id: str, team_id: str
) -> SlackInstallation | None:
    """The installation of a workspace ("" for an org-wide install's team)."""
    return session.exec(
        select(SlackInstallation).where(
            SlackInstallation.enterprise_id == enterprise_id,
            SlackInstallation.team_id == team_id,
        )
    ).first()


def find_installation_by_team(*, session: Session, team_id: str) -> SlackInstallation | None:
    """The installation of a workspace, whichever org it belongs to."""
    return session.exec(
        select(SlackInstallation)
        .where(SlackInstallation.team_id == team_id)
        .order_by(col(SlackInstallation.updated_at).desc())
    ).first()


def delete_installation(*, session: Session, enterprise_id: str, team_id: str) -> int:
    """Forget a workspace's installation (the app was uninstalled); how many rows went."""
    result = session.execute(
        delete(SlackInstallation).where(
            col(SlackInstallation.enterprise_id) == enterprise_id,
            col(SlackInstallation.team_id) == team_id,
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)


def create_oauth_state(*, session: Session, state: str, expires_at: datetime) -> SlackOAuthState:
    """Remember a `state` handed to the install page."""
    row = SlackOAuthState(state=state, expires_at=expires_at)
    session.add(row)
    session.flush()
    return row


def consume_oauth_state(*, session: Session, state: str, now: datetime) -> bool:
    """Use up a `state`: True once if it was issued and has not expired; expired ones go too."""
    session.execute(delete(SlackOAuthState).where(col(SlackOAuthState.expires_at) < now))
    result = session.execute(
        delete(SlackOAuthState).where(
            col(SlackOAuthState.state) == state, col(SlackOAuthState.expires_at) >= now
        )
    )
    return bool(getattr(result, "rowcount", 0))


def get_reply_origin(*, session: Session, outbox_id: int) -> dict[str, Any] | None:
    """The Slack context (`raw["slack"]`) of the inbound event a queued reply answers."""
    reply = session.get(Outbox, outbox_id)
    if reply is None or reply.source_event_id is None:
        return None
    event = get_inbox_event(session=session, event_id=reply.source_event_id)
    origin = event.raw.get("slack") if event is not None else None
    return origin if isinstance(origin, dict) else None


def get_pending_cards(
    *, session: Session, platform: str, account: str, message_id: str
) -> list[tuple[int, str]]:
    """(proposal id, card message id) of the unanswered proposals read from one message.

    A message edited before counts too: its later versions are stored as "<id>:edit:<ts>".
    """
    sources = session.exec(
        select(InboxEvent.id).where(
            InboxEvent.platform == platform,
            InboxEvent.account == account,
            or_(
                col(InboxEvent.message_id) == message_id,
                col(InboxEvent.message_id).startswith(f"{message_id}:edit:", autoescape=True),
            ),
        )
    ).all()
    if not sources:
        return []
    pending = session.exec(
        select(Proposal)
        .where(col(Proposal.source_event_id).in_(sources), Proposal.status == "pending")
        .order_by(col(Proposal.id))
    )
    cards = []
    for proposal in pending:
        card = get_latest_outbox_by_ref(session=session, ref=f"proposal:{proposal.id}")
        if proposal.id is not None and card is not None and card.platform_message_id:
            cards.append((proposal.id, card.platform_message_id))
    return cards
