"""Documents: PDFs with a text layer or scanned, Word files, text files; long ones give items."""

from __future__ import annotations

import codecs

import pytest

from flowhub.media import Item, MediaConfig, MediaError, Reading, read
from tests.media.drawings import paper, pdf, scanned_pdf, word, word_accuracy

CONFIG = MediaConfig()

FILLER = [
    f"Item {n}: the team reviewed the figures for region {n} and agreed they look fine."
    for n in range(20)
]
MINUTES = [
    ["Minutes of the weekly planning meeting", "Present: Sam, Priya, Ana", *FILLER],
    [
        "Decisions and follow-ups",
        "Action: Sam to send the revised budget to finance",
        "TODO renew the office lease before March",
        "@priya to book the venue for the offsite",
        "Update the onboarding guide - Ana by Friday",
        "[ ] order new badges for the interns",
        "[x] fix the printer (done last week)",
        *FILLER[:10],
    ],
    ["Appendix", *FILLER[:12]],
]


@pytest.fixture(scope="module")
def minutes() -> Reading:
    return read(pdf(MINUTES), kind="document", name="minutes.pdf", config=CONFIG)


def test_a_long_pdf_gives_its_action_items_with_their_page(minutes: Reading) -> None:
    assert minutes.source == "document"
    assert minutes.items == (
        Item("Sam to send the revised budget to finance", 2),
        Item("TODO renew the office lease before March", 2),
        Item("@priya to book the venue for the offsite", 2),
        Item("Update the onboarding guide - Ana by Friday", 2),
        Item("order new badges for the interns", 2),
    )
    assert minutes.text.splitlines() == [item.text for item in minutes.items]
    assert [page.number for page in minutes.pages] == [1, 2, 3]
    assert "printer" not in minutes.text


def test_short_notes_give_only_the_items_they_mark() -> None:
    notes = "\n".join(
        [
            "Weekly ops sync, 3 Dec",
            "Attendees: Ana, Sam, Priya",
            "The supplier call moved to Thursday.",
            "Action: Sam to send the revised quote by Friday",
            "Action: Priya to update the website prices",
            "Next meeting Monday 10am",
        ]
    ).encode()
    reading = read(notes, kind="document", name="sync.txt", config=CONFIG)
    assert reading.text.splitlines() == [
        "Sam to send the revised quote by Friday",
        "Priya to update the website prices",
    ]
    assert [item.text for item in reading.items] == reading.text.splitlines()


def test_a_short_pdf_is_read_whole_with_its_pages() -> None:
    reading = read(
        pdf([["Call the plumber tomorrow"], ["Pay the gardener on Friday"]]),
        kind="document",
        config=CONFIG,
    )
    assert reading.text == "Call the plumber tomorrow\n\nPay the gardener on Friday"
    assert [page.number for page in reading.pages] == [1, 2]
    assert reading.items == ()


def test_a_scanned_pdf_is_read_by_recognising_its_pages() -> None:
    lines = ["Call the plumber about the boiler", "Send the invoice to Okafor by Friday"]
    data = scanned_pdf([paper(lines, size=40)])
    reading = read(data, kind="document", name="scan.pdf", language_hint="en", config=CONFIG)
    assert word_accuracy("\n".join(lines), reading.text) >= 0.9
    assert [page.number for page in reading.pages] == [1]


def test_scanned_pages_past_the_cap_are_named_not_read() -> None:
    blank = paper(["Renew the domain"], size=40)
    data = scanned_pdf([blank, blank, blank])
    config = MediaConfig(max_ocr_pages=1)
    reading = read(data, kind="document", language_hint="en", config=config)
    assert "domain" in reading.text
    assert reading.pages_not_read == (2, 3)


def test_a_word_document_gives_its_paragraphs_and_table_rows() -> None:
    data = word(
        ["Launch checklist", "Ask legal to review the terms"],
        [["Task", "Owner"], ["Write the press release", "Priya"]],
    )
    reading = read(data, kind="document", name="plan.docx", config=CONFIG)
    assert reading.text.splitlines() == [
        "Launch checklist",
        "Ask legal to review the terms",
        "Task | Owner",
        "Write the press release | Priya",
    ]


def test_a_long_word_document_gives_items_without_pages() -> None:
    data = word(
        [*FILLER, "Aufgabe: Angebot an Müller schicken", *FILLER, "Tarea: llamar al fontanero"]
    )
    reading = read(data, kind="document", config=CONFIG)
    assert reading.items == (Item("Angebot an Müller schicken"), Item("llamar al fontanero"))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            codecs.BOM_UTF16_LE + "Zahnarzt anrufen\r\nÄpfel kaufen".encode("utf-16-le"),
            "Zahnarzt anrufen\nÄpfel kaufen",
        ),
        ("Позвонить маме\n".encode(), "Позвонить маме"),
        ("Café à réserver".encode("latin-1"), "Café à réserver"),
    ],
)
def test_text_files_are_read_in_their_encoding(data: bytes, expected: str) -> None:
    assert read(data, kind="document", name="notes.txt", config=CONFIG).text.strip() == expected


def test_an_empty_document_has_no_text() -> None:
    with pytest.raises(MediaError) as caught:
        read(pdf([[""]]), kind="document", config=CONFIG)
    assert caught.value.reason == "no_text"
