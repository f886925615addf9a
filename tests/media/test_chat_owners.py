"""A caption saying whose a chat screenshot's asks are, in each language captions are read in."""

from __future__ import annotations

import pytest

from flowhub.media import MediaConfig, read
from flowhub.media.captions import owners_said, task_words
from flowhub.media.owners import Owner
from tests.media.drawings import chat_screenshot, png

TEAM = ("Ana Weber", "Sam", "Priya")


@pytest.mark.parametrize(
    ("caption", "name"),
    [
        ("all of these are priya's", "Priya"),
        ("these are for sam", "Sam"),
        ("they're all sam's", "Sam"),
        ("todo esto es de Ana", "Ana"),
        ("son todas para Sam", "Sam"),
        ("todas son de la Priya", "Priya"),
        ("das ist alles für Priya", "Priya"),
        ("alles für Sam", "Sam"),
        ("tout ça c'est pour Ana", "Ana"),
        ("tout est pour Sam", "Sam"),
        ("isso tudo é da Priya", "Priya"),
        ("tudo isto é para o Sam", "Sam"),
    ],
)
def test_a_caption_gives_every_ask_to_a_teammate_and_is_no_task(caption: str, name: str) -> None:
    assert owners_said(caption, TEAM) == [Owner(name)]
    assert task_words(caption) == ""


@pytest.mark.parametrize(
    "caption",
    ["todo esto es de Marco", "from marco", "das ist alles von gestern", "para mañana"],
)
def test_a_caption_naming_no_teammate_gives_nothing(caption: str) -> None:
    assert owners_said(caption, TEAM) == []


def test_a_screenshot_with_an_owner_caption_is_still_read_as_a_chat() -> None:
    image = chat_screenshot(
        [
            ("Marco", "can you order the tiles for the second floor by thursday?", "10:02"),
            (None, "ok will do", "10:05"),
        ]
    )
    caption = "todo esto es de Ana"
    reading = read(png(image), kind="image", caption=caption, config=MediaConfig(), team=TEAM)
    assert reading.chat
    assert owners_said(caption, TEAM) == [Owner("Ana")]
    lines = reading.text.splitlines()
    assert lines[0] == caption
    assert any(line.startswith("Marco: can you order the tiles") for line in lines)
