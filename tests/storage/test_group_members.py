"""Who is in a group (who has written there), who spoke since a moment, and a chat's open cards."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from flowhub.storage import Proposal, migrate, people, proposals, session_scope, state
from tests.storage.rows import chat_row, person_row

NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


@pytest.fixture
def migrated(engine: Engine) -> Engine:
    migrate(engine)
    return engine


def _writes(session: Session, chat_id: int, person_id: int, at: datetime) -> None:
    row = state.get_or_create_state(session=session, chat_id=chat_id, person_id=person_id, now=at)
    state.save_state(session=session, row=row, data={}, now=at)
    session.flush()


def test_group_members_are_the_people_who_wrote_there(migrated: Engine) -> None:
    with session_scope(migrated) as session:
        ws = people.get_or_create_workspace(
            session=session, platform="console", external_id="t", now=NOW
        )
        workspace_id = ws.id or 0
        ana, sam, priya, lee = (
            person_row(session, workspace_id, n, NOW) for n in ["Ana", "Sam", "Priya", "Lee"]
        )
        team = chat_row(session, workspace_id, "team", "group", NOW)
        ops = chat_row(session, workspace_id, "ops", "group", NOW)
        direct = chat_row(session, workspace_id, "dm-lee", "direct", NOW)
        _writes(session, team, ana, NOW)
        _writes(session, team, sam, NOW)
        _writes(session, ops, priya, NOW)
        _writes(session, ops, ana, NOW)
        _writes(session, direct, lee, NOW)

        members = people.get_group_members(session=session, chat_ids=[team])
        assert [p.display_name for p in members] == ["Ana", "Sam"]
        everyone = people.get_group_members(session=session, chat_ids=[team, ops, direct])
        assert [p.display_name for p in everyone] == ["Ana", "Sam", "Priya"]  # a DM is no group
        assert people.get_group_members(session=session, chat_ids=[]) == []
        assert sorted(people.get_group_ids(session=session, person_id=ana)) == sorted([team, ops])
        assert people.get_group_ids(session=session, person_id=lee) == []


def test_who_spoke_since_and_a_chats_open_cards(migrated: Engine) -> None:
    later = NOW + timedelta(minutes=10)
    with session_scope(migrated) as session:
        ws = people.get_or_create_workspace(
            session=session, platform="console", external_id="t", now=NOW
        )
        workspace_id = ws.id or 0
        ana, sam = (
            person_row(session, workspace_id, "Ana", NOW),
            person_row(session, workspace_id, "Sam", NOW),
        )
        team = chat_row(session, workspace_id, "team", "group", NOW)
        _writes(session, team, ana, NOW)
        _writes(session, team, sam, later)
        assert state.get_people_since(session=session, chat_id=team, since=NOW) == [sam]
        assert state.get_people_since(session=session, chat_id=team, since=later) == []

        for person_id, status in ((ana, "pending"), (sam, "pending"), (sam, "confirmed")):
            proposals.create_proposal(
                session=session,
                proposal_in=Proposal(
                    chat_id=team,
                    person_id=person_id,
                    title="t",
                    status=status,
                    created_at=NOW,
                    updated_at=NOW,
                ),
            )
        waiting = proposals.get_chat_pending_proposals(session=session, chat_id=team)
        assert [p.person_id for p in waiting] == [ana, sam]
