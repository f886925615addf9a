"""Chat screenshots with a title bar and a status under it, read by Tesseract."""

from __future__ import annotations

import pytest

from flowhub.media import MediaConfig, read
from flowhub.media.parties import due_for_all, not_ours, without_agenda_label
from tests.media.drawings import chat_screenshot, paper, photographed, png

CONFIG = MediaConfig()


@pytest.mark.parametrize(
    ("title", "status"),
    [
        ("Impianti", "online"),
        ("Lena Fischer", "last seen today at 10:02"),
        ("Obra Calle Mayor", "typing..."),
    ],
)
def test_the_title_bar_is_no_message(title: str, status: str) -> None:
    shot = chat_screenshot(
        [
            ("Marco", "can you send me the invoice for the", "10:02"),
            ("Marco", "scaffolding by friday?", "10:03"),
            (None, "sure, will do", "10:05"),
        ],
        title=title,
        status=status,
        group=False,
        own_name="Ana",
    )
    reading = read(png(shot), kind="image", config=CONFIG, owner="Ana")
    assert reading.chat
    lines = reading.text.splitlines()
    assert len(lines) == 2, lines
    assert lines[0].endswith("can you send me the invoice for the scaffolding by friday?")
    assert lines[1] == "Ana: sure, will do"
    assert not any(word in reading.text for word in ("online", "last seen", "typing"))


def test_a_photographed_list_is_not_read_as_a_title_bar() -> None:
    items = ["Lista - Priya", "1. conferir a medição", "2. enviar a fatura", "até sexta!"]
    reading = read(
        png(photographed(paper(items)), "JPEG"), kind="image", language_hint="pt", config=CONFIG
    )
    assert "conferir a medição" in reading.text
    assert "enviar a fatura" in reading.text


@pytest.mark.parametrize(
    "line",
    [
        "Nächster Termin 15.12.2026",
        "next meeting: 14 Jan",
        "Prochaine réunion le 3 mars",
        "Herr Weber liefert die Pläne bis Freitag",
        "the contractor sends the quote",
        "Mr Adams will deliver the survey on Monday",
        "Signed: S. Miller (owner rep)",
    ],
)
def test_lines_that_are_not_the_teams_tasks(line: str) -> None:
    assert not_ours(line)


@pytest.mark.parametrize(
    "line",
    [
        "the client needs the report by friday",
        "Herr Weber braucht die Pläne bis Freitag",
        "Sam to call the landlord",
        "Ana bestellt die Treppe",
    ],
)
def test_lines_that_are_the_teams_tasks(line: str) -> None:
    assert not not_ours(line)


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Contractor to complete by 18/12/2026", "by 18/12/2026"),
        ("all items by Friday", "by Friday"),
        ("Alle Punkte bis 15.12.", "bis 15.12"),
        ("até sexta!", "até sexta"),
    ],
)
def test_a_line_that_dates_the_whole_list(line: str, when: str) -> None:
    assert due_for_all(line) == when


def test_an_agenda_label_is_no_part_of_its_line() -> None:
    assert without_agenda_label("TOP 4: Nächster Termin") == "Nächster Termin"
    assert without_agenda_label("Item 2: Priya to check") == "Priya to check"
    assert without_agenda_label("Topics for today") == "Topics for today"
