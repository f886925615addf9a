"""A member the platform names sees the group's tasks before writing there; an outsider never."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from flowhub.storage import Task, access, members, migrate, people, session_scope, state, tasks
from tests.storage.rows import chat_row, person_row

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.fixture
def migrated(engine: Engine) -> Engine:
    migrate(engine)
    return engine


def test_a_named_member_sees_the_group_s_tasks_and_an_outsider_does_not(
    migrated: Engine,
) -> None:
    with session_scope(migrated) as session:
        ws = people.get_or_create_workspace(
            session=session, platform="console", external_id="t", now=NOW
        )
        workspace_id = ws.id or 0
        ana, sam, priya, lee = (
            person_row(session, workspace_id, n, NOW) for n in ["Ana", "Sam", "Priya", "Lee"]
        )
        team = chat_row(session, workspace_id, "team", "group", NOW)
        other = chat_row(session, workspace_id, "other", "group", NOW)
        row = state.get_or_create_state(session=session, chat_id=team, person_id=ana, now=NOW)
        state.save_state(session=session, row=row, data={}, now=NOW)
        members.add_members(session=session, chat_id=team, person_ids=[sam, priya], now=NOW)
        members.add_members(session=session, chat_id=team, person_ids=[priya], now=NOW)
        members.add_members(session=session, chat_id=other, person_ids=[lee], now=NOW)
        task = tasks.create_task(
            session=session,
            task_in=Task(
                workspace_id=workspace_id,
                chat_id=team,
                title="Send the budget",
                creator_id=ana,
                assignee_id=sam,
                created_at=NOW,
                updated_at=NOW,
            ),
        )

        assert members.get_member_ids(session=session, chat_id=team) == {ana, sam, priya}
        assert access.may_see_somewhere(session=session, person_id=priya, task=task)
        assert not access.may_see_somewhere(session=session, person_id=lee, task=task)

        def seen_by(person_id: int) -> list[int | None]:
            rows = session.exec(select(Task).where(access.visible_somewhere(person_id)))
            return [t.id for t in rows]

        assert seen_by(priya) == [task.id]
        assert seen_by(lee) == []
        team_chat = people.get_chat(session=session, chat_id=team)
        assert team_chat is not None
        outsider = access.get_viewer(session=session, person_id=lee, chat=team_chat)
        assert outsider.group_id is None
        member = access.get_viewer(session=session, person_id=priya, chat=team_chat)
        assert member.group_id == team
        # Named membership is not having written: the group is not among where they wrote.
        assert people.get_group_ids(session=session, person_id=priya) == []
