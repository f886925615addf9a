"""A task assigned to a name nobody has yet: a newcomer who only claims that name does not get
it; one who writes in the group it was made in, or whom the platform vouches for, does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from flowhub.bot.app import build_runtime
from flowhub.bot.clock import FixedClock
from flowhub.bot.queue import InlineQueue
from flowhub.bot.runtime import Runtime
from flowhub.connectors.console import ConsoleChat, ConsoleConnector
from flowhub.settings import Settings
from flowhub.skills import words
from flowhub.storage import Task, session_scope
from tests.conftest import ChatFactory


def _task(runtime: Runtime, title_part: str) -> Task:
    with session_scope(runtime.engine) as session:
        for task in session.exec(select(Task)):
            if title_part.lower() in task.title.lower():
                return task
    raise AssertionError(f"no task like {title_part!r}")


def _newcomer(
    runtime: Runtime, console: ConsoleConnector, user_id: str, name: str, **chat: str
) -> ConsoleChat:
    """Someone FlowHub has never seen, writing as `name` (chosen by them, like on WhatsApp)."""
    kind = "group" if "chat" in chat else "direct"
    return ConsoleChat(
        runtime.receive,
        runtime.clock.now,
        console,
        user_id=user_id,
        name=name,
        chat_kind=kind,  # type: ignore[arg-type]
        **chat,
    )


def test_a_stranger_taking_the_name_does_not_get_a_privately_assigned_task(
    chat_as: ChatFactory, runtime: Runtime, console: ConsoleConnector
) -> None:
    ana = chat_as("ana", "Ana")
    (card,) = ana.say("ask Priya to prepare the layoff list by friday")
    said = " ".join(r.text for r in ana.press("Confirm", card))
    assert words.ASSIGNEE_UNKNOWN_PRIVATE.format(name="Priya") in said
    assert "as soon as they message me" not in said

    stranger = _newcomer(runtime, console, "+15550100", "Priya")
    first = stranger.say("hi")
    assert not any(m.buttons for m in first)
    assert not any("layoff" in m.text.casefold() for m in first)
    assert _task(runtime, "layoff").assignee_id is None
    assert "layoff" not in stranger.say("my tasks")[0].text.casefold()
    accept = f"accept:{_task(runtime, 'layoff').id}"
    refused = stranger._send(kind="button", text="x", payload=accept)
    assert [m.text for m in refused] == [words.NOT_YOURS]

    # The task stays Ana's, waiting under Priya's name.
    task = _task(runtime, "layoff")
    assert task.assignee_name == "Priya" and task.assignee_id is None
    assert "layoff" in ana.say("what did I give Priya?")[0].text.casefold()


def test_a_newcomer_in_the_group_the_task_was_made_in_gets_it(
    chat_as: ChatFactory, runtime: Runtime, console: ConsoleConnector
) -> None:
    team = chat_as("ana", "Ana", chat="team", group=True)
    (card,) = team.say("ask Priya to book flights for the offsite")
    said = " ".join(r.text for r in team.press("Confirm", card))
    assert words.ASSIGNEE_UNKNOWN_GROUP.format(name="Priya") in said

    # Someone calling themselves Priya in another group, or privately, gets nothing.
    elsewhere = _newcomer(runtime, console, "+15550101", "Priya", chat="book-club")
    assert not any(m.buttons for m in elsewhere.say("hi all"))
    assert _task(runtime, "flights").assignee_id is None

    priya = _newcomer(runtime, console, "+15550102", "Priya", chat="team")
    first = priya.say("hi team")
    offer = next(m for m in first if m.buttons)
    assert "Ana gave you a task: Book flights" in offer.text
    priya.press("Accept", offer)
    task = _task(runtime, "flights")
    assert task.assignee_id is not None and task.assignment == "accepted"


@pytest.fixture
def slack_runtime(settings: Settings, engine: Engine, clock: FixedClock) -> Iterator[Runtime]:
    """A runtime whose chats arrive as Slack events (one team), shown on a console."""
    shown = ConsoleConnector()
    shown.platform = "slack"  # type: ignore[misc]
    runtime = build_runtime(
        settings,
        clock=clock,
        queue=InlineQueue(),
        engine=engine,
        connectors={"slack": shown},
        background_scheduler=False,
    )
    runtime.start()
    runtime.slack_console = shown  # type: ignore[attr-defined]
    yield runtime
    runtime.stop()


def test_slack_vouches_for_its_members_so_a_private_assignment_reaches_them(
    slack_runtime: Runtime,
) -> None:
    shown: ConsoleConnector = slack_runtime.slack_console  # type: ignore[attr-defined]
    ana = _newcomer(slack_runtime, shown, "U0ANA", "Ana")
    ana.say("hi")
    (card,) = ana.say("ask Priya to book flights for the offsite")
    said = " ".join(r.text for r in ana.press("Confirm", card))
    assert words.ASSIGNEE_UNKNOWN.format(name="Priya") in said

    priya = _newcomer(slack_runtime, shown, "U0PRIYA", "Priya")
    offer = next(m for m in priya.say("hi") if m.buttons)
    assert "Ana gave you a task: Book flights" in offer.text
    assert _task(slack_runtime, "flights").assignee_id is not None
