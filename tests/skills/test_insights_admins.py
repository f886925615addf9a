"""A group's numbers asked from a private chat: its admins get them, for their groups only."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.storage import Chat, Person, Task, session_scope
from tests.conftest import FIXED_NOW, ChatFactory


def _two_groups(runtime: Runtime, chat_as: ChatFactory) -> None:
    """Group A (Ana first, then Sam) and group B (Sam first, then Priya), with their tasks:
    A has 3 open for Sam, B has 2 open for Priya and 1 done; Sam has 4 of his own."""
    chat_as("ana", "Ana", chat="group-a", group=True).say("hi all")
    chat_as("sam", "Sam", chat="group-a", group=True).say("hello")
    chat_as("sam", "Sam", chat="group-b", group=True).say("morning")
    chat_as("priya", "Priya", chat="group-b", group=True).say("hi")
    with session_scope(runtime.engine) as session:
        people = {p.display_name: p.id or 0 for p in session.exec(select(Person)).all()}
        chats = {c.external_id: c for c in session.exec(select(Chat)).all()}
        workspace = chats["group-a"].workspace_id
        made = FIXED_NOW - timedelta(hours=2)
        rows = [
            *[("group-a", "Ana", "Sam", "open")] * 3,
            *[("group-b", "Sam", "Priya", "open")] * 2,
            ("group-b", "Sam", "Priya", "done"),
            *[("dm-sam", "Sam", None, "open")] * 4,
        ]
        for n, (chat, creator, assignee, status) in enumerate(rows):
            session.add(
                Task(
                    workspace_id=workspace,
                    chat_id=chats[chat].id if chat in chats else None,
                    title=f"task {n}",
                    creator_id=people[creator],
                    assignee_id=people[assignee] if assignee else None,
                    assignment="accepted" if assignee else "none",
                    status=status,
                    created_at=made,
                    updated_at=made,
                    completed_at=made if status == "done" else None,
                )
            )


def test_the_first_member_gets_their_group_numbers_in_private(
    runtime: Runtime, chat_as: ChatFactory
) -> None:
    _two_groups(runtime, chat_as)
    (reply,) = chat_as("ana", "Ana").say("how's the team doing this week?")
    assert "group-a" in reply.text
    assert "0 done (0 on time), 3 created" in reply.text
    assert "3 open" in reply.text
    assert "group-b" not in reply.text
    assert reply.text.endswith("what people keep in private chats stays private.")
    (reply,) = chat_as("ana", "Ana").say("who has the most open tasks?")
    assert "Sam: 3 open" in reply.text
    assert "Priya" not in reply.text


def test_an_admin_of_one_group_never_sees_the_other(runtime: Runtime, chat_as: ChatFactory) -> None:
    _two_groups(runtime, chat_as)
    (reply,) = chat_as("priya", "Priya").say("how's the team doing this week?")
    assert "group-" not in reply.text  # Priya administers no group: her own tasks only
    (reply,) = chat_as("sam", "Sam").say("who has the most open tasks?")
    assert "group-b" in reply.text
    assert "Priya: 2 open" in reply.text
    assert "Sam" not in reply.text.replace("group-b", "")


def test_an_admin_of_several_groups_gets_a_line_for_each(
    runtime: Runtime, chat_as: ChatFactory
) -> None:
    _two_groups(runtime, chat_as)
    (said,) = chat_as("ana", "Ana", chat="group-a", group=True).say("make Sam an admin")
    assert "Sam" in said.text and "Ana" in said.text
    (reply,) = chat_as("sam", "Sam").say("how's the team doing this week?")
    lines = reply.text.splitlines()
    assert any(line.startswith("group-a: 0 done") and "3 open" in line for line in lines)
    assert any(line.startswith("group-b: 1 done") and "2 open" in line for line in lines)
    (reply,) = chat_as("sam", "Sam").say("show me a chart of open tasks by age for the team")
    assert "group-a" in reply.text and "group-b" in reply.text
