"""A one-to-one chat screenshot with a short back-and-forth, and the owner's answers cut to yes."""

from __future__ import annotations

import pytest

from flowhub.media import MediaConfig, read
from flowhub.media.answers import answered
from tests.media.drawings import chat_screenshot, png

CONFIG = MediaConfig()


@pytest.mark.parametrize(
    ("asks", "answer", "read_as"),
    [
        (["could you send me the signed delivery note by friday?"], "ok will do", "ok will do"),
        (
            ["the plumber says tuesday works", "can you let the tenants know by monday?"],
            "ok will do, I will tell them tomorrow",
            "ok will do",
        ),
        (
            ["hi! can you book the plumber for tuesday morning?"],
            "yes, I will call him after lunch and confirm the time with you",
            "yes",
        ),
    ],
)
def test_a_one_to_one_ask_and_answer_is_read_as_a_chat(
    asks: list[str], answer: str, read_as: str
) -> None:
    messages = [("them", ask, f"10:0{n}") for n, ask in enumerate(asks)]
    image = chat_screenshot([*messages, (None, answer, "10:09")], title="Luca", group=False)
    reading = read(png(image), kind="image", config=CONFIG, owner="Ana")
    assert reading.chat
    lines = reading.text.splitlines()
    assert lines[-1] == f"Ana: {answer}"
    assert lines[-2] == f"Luca: {asks[-1]}"
    assert answered(lines, "Ana")[-1] == f"Ana: {read_as}"


@pytest.mark.parametrize(
    ("reply", "kept"),
    [
        ("sure, I will send them at 4 and call the crane guy", "sure"),
        ("klar, mache ich morgen früh und schreibe dir dann", "klar, mache ich"),
        ("vale, lo hago mañana y te aviso", "vale, lo hago"),
        ("d'accord, je m'en occupe demain matin", "d'accord, je m'en occupe"),
        ("pode deixar, ligo pra ele amanhã", "pode deixar"),
    ],
)
def test_an_owner_reply_that_agrees_first_is_cut_to_its_yes(reply: str, kept: str) -> None:
    said = answered(["Marco: can you order the tiles?", f"Ana: {reply}"], "Ana")
    assert said == ["Marco: can you order the tiles?", f"Ana: {kept}"]


@pytest.mark.parametrize(
    "lines",
    [
        ["Ana: yes, I will send the quote", "Marco: great"],  # nothing asked before it
        ["Marco: the tiles came", "Ana: can you check them?"],  # the owner asks, no yes
        ["Marco: ok", "Ana: the skip is booked for tuesday"],
        ["Priya: I will book the venue", "Ana: sure, I will call the plumber tomorrow"],  # no ask
    ],
)
def test_other_owner_lines_stay_as_written(lines: list[str]) -> None:
    assert answered(lines, "Ana") == lines
