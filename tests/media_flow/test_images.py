"""Screenshots and photos become cards that quote what was read, through the real runtime."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.connectors import MediaRef
from flowhub.storage import MediaItem, Task, session_scope
from tests.conftest import ChatFactory
from tests.media.drawings import chat_screenshot, paper, png
from tests.media_flow.files import send_file


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """SQLite only: PostgreSQL plays the failures, voice notes and documents next door."""
    return f"sqlite:///{tmp_path / 'flowhub.db'}"


LIST = png(paper(["call the plumber tomorrow at 3pm"]))


def _tasks(runtime: Runtime) -> list[Task]:
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(Task).order_by(Task.id)))  # type: ignore[arg-type]


def test_a_photo_of_a_task_becomes_a_card_quoting_it(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    ana = chat_as("ana", "Ana")
    shown = send_file(ana, MediaRef("image", "img-1", "image/png", "note.png"), LIST)
    (card,) = shown
    assert card.text.startswith("🖼") and "“call the plumber tomorrow at 3pm”" in card.text
    assert "Thu 5 Mar" in card.text and "15:00" in card.text
    ana.press("Confirm", card)
    (task,) = _tasks(runtime)
    assert "plumber" in task.title.lower()
    assert task.due_at is not None
    local = task.due_at.astimezone(ZoneInfo("Europe/Berlin"))
    assert (local.day, local.hour) == (5, 15)
    with session_scope(runtime.engine) as session:
        item = session.exec(select(MediaItem)).one()
        assert item.status == "read" and "plumber" in item.text


def test_a_misread_word_is_fixed_with_edit_before_saving(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    ana = chat_as("ana", "Ana")
    image = png(paper(["email the lawyer about the lease friday"]))
    (card,) = send_file(ana, MediaRef("image", "img-2", "image/png", "note.png"), image)
    assert "lawyer" in card.text.lower()
    prompt = ana.press("Edit", card)
    assert "What should change" in prompt[0].text
    edited = ana.say("title: email the landlord about the lease")
    ana.press("Confirm", edited[-1])
    (task,) = _tasks(runtime)
    assert "landlord" in task.title.lower() and "lawyer" not in task.title.lower()


def test_a_screenshot_of_a_chat_is_read_like_a_forwarded_chat(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    ana = chat_as("ana", "Ana")
    shot = chat_screenshot(
        [
            ("Sam", "can you send me the budget by friday?", "10:02"),
            (None, "sure, will do", "10:05"),
        ]
    )
    shown = send_file(ana, MediaRef("image", "img-3", "image/png", "chat.png"), png(shot))
    cards = [s for s in shown if s.buttons]
    assert cards and "budget" in cards[0].text.lower() and "Fri 6 Mar" in cards[0].text
    assert cards[0].text.startswith("🖼") and "Ana: sure, will do" in cards[0].text
    assert "👤 Ana" in cards[0].text  # the sender's own bubbles are theirs, never "Me"


def test_a_photo_with_nothing_to_do_in_it_still_gets_an_answer(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    ana = chat_as("ana", "Ana")
    image = png(paper(["the quick brown fox"]))
    shown = send_file(ana, MediaRef("image", "img-4", "image/png", "fox.png"), image)
    assert len(shown) == 1 and not shown[0].buttons and "fox" in shown[0].text


def test_a_caption_is_read_with_its_photo(chat_as: ChatFactory, runtime: Runtime) -> None:
    ana = chat_as("ana", "Ana")
    image = png(paper(["renew the car insurance"]))
    ref = MediaRef("image", "img-5", "image/png", "note.png")
    shown = send_file(ana, ref, image, caption="by next monday")
    cards = [s for s in shown if s.buttons]
    assert len(cards) == 1 and "insurance" in cards[0].text.lower()
    assert "Mon 9 Mar" in cards[0].text
