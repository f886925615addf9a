"""Who may see and change what: the one rule every task, reminder and proposal action checks.

A person may see and change a task they created, one assigned to them, or one created in a
group chat they are in, seen from that group. A reminder belongs to the person it is for and to
whoever set it; a proposal to the person whose message it was read from; both are also open to
the members of the group chat they were created in, from that group. Being in a group means
having written in it (FlowHub keeps a conversation-state row per person and chat) or being named
a member by the platform (`storage/members.py`). A list for a whole group also holds the tasks
one member gave another, wherever that was said.

A group's numbers (how many done, open, overdue; who has the most) are its members' from the
group, and its admins' from anywhere (`admin_viewers`). A group's admins are its first member
and whoever an admin names there (`storage/admins.py`); only an admin, asking from the group,
may name or remove admins (`may_change_admins`).

A connected tool is a person's own: it holds what its owner may see from some chat of theirs
(`may_see_somewhere`): a task of theirs, or one made in a group they are in.

Lookups here answer None both for an id that does not exist and for one the viewer may not
touch, so a refusal tells nothing about what exists. Button ids carry only the row id, no
per-message token: the rule is checked on every press, so a guessed id gains nothing a token
would have to guard.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, or_
from sqlmodel import Session, col, select

from flowhub.storage import admins, members
from flowhub.storage.models import Chat, Proposal, Reminder, Task


@dataclass(frozen=True)
class Viewer:
    """A person asking, and the group chat they ask from (None outside a group they are in)."""

    person_id: int
    group_id: int | None = None


def get_viewer(*, session: Session, person_id: int, chat: Chat) -> Viewer:
    """The viewer for `person_id` asking from `chat`; group rights only for a member of a group."""
    if chat.kind != "group" or chat.id is None:
        return Viewer(person_id)
    member = members.is_member(session=session, chat_id=chat.id, person_id=person_id)
    return Viewer(person_id, chat.id if member else None)


def admin_viewers(*, session: Session, person_id: int) -> list[tuple[Chat, Viewer]]:
    """Each group a person administers, with them as a viewer from that group, for asking its
    numbers from elsewhere."""
    groups = admins.get_groups(session=session, person_id=person_id)
    return [(chat, Viewer(person_id, chat.id)) for chat in groups if chat.id is not None]


def may_change_admins(*, session: Session, viewer: Viewer) -> bool:
    """Whether the viewer may name or remove admins of the group they ask from."""
    group = viewer.group_id
    return group is not None and admins.is_admin(
        session=session, chat_id=group, person_id=viewer.person_id
    )


def may_touch(viewer: Viewer, *, owners: Iterable[int | None], chat_id: int | None) -> bool:
    """The rule: the viewer is one of `owners`, or asks from the group the thing was made in."""
    if viewer.person_id in owners:
        return True
    return viewer.group_id is not None and chat_id == viewer.group_id


def may_touch_task(viewer: Viewer, task: Task) -> bool:
    """Whether `viewer` may see and change `task`."""
    return may_touch(viewer, owners=(task.creator_id, task.assignee_id), chat_id=task.chat_id)


def may_touch_reminder(viewer: Viewer, reminder: Reminder) -> bool:
    """Whether `viewer` may see and change `reminder`."""
    owners = (reminder.person_id, reminder.created_by)
    return may_touch(viewer, owners=owners, chat_id=reminder.chat_id)


def may_touch_proposal(viewer: Viewer, proposal: Proposal) -> bool:
    """Whether `viewer` may see and answer `proposal`."""
    return may_touch(viewer, owners=(proposal.person_id,), chat_id=proposal.chat_id)


def may_see_somewhere(*, session: Session, person_id: int, task: Task) -> bool:
    """Whether a person may see `task` from some chat: it is theirs, or made in a group they
    are in."""
    if may_touch_task(Viewer(person_id), task):
        return True
    chat = session.get(Chat, task.chat_id) if task.chat_id is not None else None
    return chat is not None and may_touch_task(
        get_viewer(session=session, person_id=person_id, chat=chat), task
    )


def may_see_in_group(*, session: Session, group_id: int, task: Task) -> bool:
    """Whether every member of a group may see `task` there: made in the group, or given by one
    member to another (a member's own private task stays out)."""
    if task.chat_id == group_id:
        return True
    pair = {task.creator_id, task.assignee_id}
    if None in pair or len(pair) < 2:
        return False
    # Only those who have written there: a hand-off said in private stays out of the group's
    # answers for members the platform merely names.
    return pair <= members.get_writer_ids(session=session, chat_id=group_id)


def visible_tasks(viewer: Viewer) -> ColumnElement[bool]:
    """A WHERE clause for the tasks `viewer` may see; the same rule as `may_touch_task`."""
    mine = or_(col(Task.creator_id) == viewer.person_id, col(Task.assignee_id) == viewer.person_id)
    if viewer.group_id is None:
        return mine
    return or_(mine, col(Task.chat_id) == viewer.group_id)


def visible_somewhere(person_id: int) -> ColumnElement[bool]:
    """A WHERE clause for the tasks a person may see from some chat; the same rule as
    `may_see_somewhere`: theirs, or made in a group they are in."""
    groups = members.group_ids_of(person_id)
    return or_(visible_tasks(Viewer(person_id)), col(Task.chat_id).in_(groups))


def get_task(*, session: Session, task_id: int, viewer: Viewer) -> Task | None:
    """A task by id if `viewer` may touch it; None when missing or not theirs alike."""
    task = session.get(Task, task_id)
    return task if task is not None and may_touch_task(viewer, task) else None


def get_reminder(*, session: Session, reminder_id: int, viewer: Viewer) -> Reminder | None:
    """A reminder by id if `viewer` may touch it; None when missing or not theirs alike."""
    reminder = session.get(Reminder, reminder_id)
    return reminder if reminder is not None and may_touch_reminder(viewer, reminder) else None


def get_proposal(
    *, session: Session, proposal_id: int, viewer: Viewer, lock: bool = False
) -> Proposal | None:
    """A proposal by id if `viewer` may answer it (locked if asked); None when missing or not
    theirs alike."""
    statement = select(Proposal).where(Proposal.id == proposal_id)
    if lock:
        statement = statement.with_for_update()
    proposal = session.exec(statement).first()
    return proposal if proposal is not None and may_touch_proposal(viewer, proposal) else None
