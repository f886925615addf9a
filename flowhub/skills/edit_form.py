"""What an edit form shows: a pending proposal's fields, for someone who may edit it.

The platform draws the form (Slack's modal lives in `connectors/slack/modal.py`); this module
decides what goes in it: which proposal, its title, assignee, priority, and the due time written
the way the edit skill reads it back. `pending_cards` finds the proposals still waiting on a
message, so an edit of that message can reach their cards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from flowhub.services import Services
from flowhub.settings import is_zone
from flowhub.storage import access, people, session_scope
from flowhub.storage import slack as slack_store


@dataclass(frozen=True, slots=True)
class EditFields:
    """A proposal's fields as an edit form shows them (empty string: not set)."""

    proposal_id: int
    title: str
    assignee: str = ""
    due: str = ""
    priority: str = "normal"


def edit_fields(
    services: Services, platform: str, account: str, chat: str, user: str, proposal_id: int
) -> EditFields | None:
    """The fields of a pending proposal `user` may edit from `chat`; None: not editable."""
    with session_scope(services.engine) as session:
        identity = people.get_identity(
            session=session, platform=platform, account=account, external_id=user
        )
        found_chat = people.get_chat_by_external(
            session=session, platform=platform, account=account, external_id=chat
        )
        if identity is None or found_chat is None:
            return None  # the skill answers the press, with the same refusal
        viewer = access.get_viewer(session=session, person_id=identity.person_id, chat=found_chat)
        proposal = access.get_proposal(session=session, proposal_id=proposal_id, viewer=viewer)
        if proposal is None or proposal.status != "pending":
            return None
        due = ""
        if proposal.due_at is not None:
            due = _due_text(proposal.due_at, proposal.due_grain, proposal.due_tz or "UTC")
        return EditFields(
            proposal_id=proposal_id,
            title=proposal.title,
            assignee=proposal.assignee_name or "",
            due=due,
            priority=proposal.priority,
        )


def pending_cards(
    services: Services, platform: str, account: str, message_id: str
) -> list[tuple[int, str]]:
    """(proposal id, card message id) of the proposals still pending from one message."""
    with session_scope(services.engine) as session:
        return slack_store.get_pending_cards(
            session=session, platform=platform, account=account, message_id=message_id
        )


def _due_text(at: datetime, grain: str | None, tz: str) -> str:
    """A due time the edit skill reads back: "Fri 6 Mar 2026 17:00" or "Fri 6 Mar 2026"."""
    local = at.astimezone(ZoneInfo(tz)) if is_zone(tz) else at
    day = f"{local:%a} {local.day} {local:%b %Y}"
    return f"{day} {local:%H:%M}" if grain in ("minute", "hour") else day
