"""A newcomer whose first message is a file is offered the tasks waiting under their name, as
one whose first message is words is, and the file is still read."""

from __future__ import annotations

from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.connectors import MediaRef
from flowhub.connectors.console import ConsoleChat
from flowhub.storage import Task, session_scope
from tests.conftest import ChatFactory
from tests.media_flow.files import FileConsole, picture, send_file


def _flights(runtime: Runtime) -> Task:
    with session_scope(runtime.engine) as session:
        [task] = [t for t in session.exec(select(Task)) if "flights" in t.title.casefold()]
        return task


def _priya_newcomer(chat_as: ChatFactory, runtime: Runtime, console: FileConsole) -> ConsoleChat:
    """Ana asks for Priya in the team group; Priya, never seen before, joins that chat."""
    team = chat_as("ana", "Ana", chat="team", group=True)
    (card,) = team.say("ask Priya to book flights for the offsite")
    team.press("Confirm", card)
    return ConsoleChat(
        runtime.receive,
        runtime.clock.now,
        console,
        user_id="+15550102",
        name="Priya",
        chat="team",
        chat_kind="group",
    )


def test_a_newcomer_whose_first_message_is_a_picture_is_offered_the_waiting_task(
    chat_as: ChatFactory, runtime: Runtime, console: FileConsole
) -> None:
    priya = _priya_newcomer(chat_as, runtime, console)
    ref = MediaRef("image", "img-newcomer", "image/png", "list.png")
    shown = send_file(priya, ref, picture(["call the caterer on friday"]))
    offer = next(m for m in shown if m.buttons and "Book flights" in m.text)
    assert "Ana gave you a task" in offer.text
    assert any("caterer" in m.text.casefold() for m in shown)  # the picture was read too
    assert _flights(runtime).assignment == "pending"


def test_a_picture_after_the_first_message_brings_no_second_offer(
    chat_as: ChatFactory, runtime: Runtime, console: FileConsole
) -> None:
    priya = _priya_newcomer(chat_as, runtime, console)
    first = [m for m in priya.say("hi team") if "Book flights" in m.text]
    assert len(first) == 1
    ref = MediaRef("image", "img-known", "image/png", "list.png")
    shown = send_file(priya, ref, picture(["call the caterer on friday"]))
    assert not any("Book flights" in m.text and "gave you" in m.text for m in shown)
