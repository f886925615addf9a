"""Group admins on both databases: the first member by default, others named by an admin, and
an admin's view of each group they administer, counted against the seeded rows."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from flowhub.storage import Task, access, admins, migrate, session_scope
from flowhub.storage import insights as ins
from flowhub.storage.access import Viewer
from tests.storage.insights_seed import NOW, World, all_tasks, is_overdue, seed, was_done


@pytest.fixture
def world(engine: Engine) -> Iterator[tuple[Session, World, list[Task]]]:
    migrate(engine)
    with session_scope(engine) as session:
        made = seed(session, random.Random(18))
    with session_scope(engine) as session:
        yield session, made, all_tasks(session, made.workspace_id)


def test_a_group_is_administered_by_its_first_member(
    world: tuple[Session, World, list[Task]],
) -> None:
    session, made, _ = world
    ana, sam, priya, bo = made.people
    first, second = made.groups
    assert admins.get_admins(session=session, chat_id=first) == [ana]
    assert admins.get_admins(session=session, chat_id=second) == [priya]
    assert admins.get_admins(session=session, chat_id=made.direct) == []
    assert [c.id for c in admins.get_groups(session=session, person_id=ana)] == [first]
    assert [c.id for c in admins.get_groups(session=session, person_id=priya)] == [second]
    assert admins.get_groups(session=session, person_id=sam) == []
    assert admins.get_groups(session=session, person_id=bo) == []


def test_admins_name_and_remove_admins_but_keep_one(
    world: tuple[Session, World, list[Task]],
) -> None:
    session, made, _ = world
    ana, sam, priya, _bo = made.people
    group = made.groups[0]

    def add(who: int) -> bool:
        return admins.create_admin(
            session=session, chat_id=group, person_id=who, granted_by=ana, now=NOW
        )

    def remove(who: int) -> bool:
        return admins.delete_admin(session=session, chat_id=group, person_id=who, now=NOW)

    assert add(sam)
    assert not add(sam)
    assert admins.get_admins(session=session, chat_id=group) == [ana, sam]
    assert [c.id for c in admins.get_groups(session=session, person_id=sam)] == [group]
    assert not remove(priya)  # not an admin
    assert remove(ana)
    assert admins.get_admins(session=session, chat_id=group) == [sam]
    assert admins.get_groups(session=session, person_id=ana) == []
    assert not remove(sam)  # the only admin left
    assert admins.get_admins(session=session, chat_id=group) == [sam]
    # The other group is untouched: its first member still administers it alone.
    assert admins.get_admins(session=session, chat_id=made.groups[1]) == [priya]


def test_only_an_admin_asking_from_the_group_may_change_its_admins(
    world: tuple[Session, World, list[Task]],
) -> None:
    session, made, _ = world
    ana, sam, priya, _bo = made.people
    first, second = made.groups
    assert access.may_change_admins(session=session, viewer=Viewer(ana, first))
    assert not access.may_change_admins(session=session, viewer=Viewer(sam, first))
    assert not access.may_change_admins(session=session, viewer=Viewer(ana))
    assert not access.may_change_admins(session=session, viewer=Viewer(ana, second))
    assert access.may_change_admins(session=session, viewer=Viewer(priya, second))


def test_an_admin_sees_each_group_they_administer_and_no_other(
    world: tuple[Session, World, list[Task]],
) -> None:
    session, made, rows = world
    ana, sam, _priya, _bo = made.people
    first, second = made.groups
    admins.create_admin(session=session, chat_id=second, person_id=ana, granted_by=None, now=NOW)
    assert access.admin_viewers(session=session, person_id=sam) == []
    seen = access.admin_viewers(session=session, person_id=ana)
    assert [(chat.id, viewer) for chat, viewer in seen] == [
        (first, Viewer(ana, first)),
        (second, Viewer(ana, second)),
    ]
    start, end = NOW - timedelta(days=30), NOW
    for chat, viewer in seen:
        scope = ins.Scope(made.workspace_id, chat_id=chat.id, viewer=viewer)
        got = ins.summary(session=session, scope=scope, start=start, end=end, now=NOW)
        mine = [t for t in rows if t.chat_id == chat.id]
        assert got.created == sum(start <= t.created_at < end for t in mine)
        assert got.completed == sum(was_done(t, start, end) for t in mine)
        assert got.open == sum(t.status == "open" for t in mine)
        assert got.overdue == sum(is_overdue(t, NOW) for t in mine)
