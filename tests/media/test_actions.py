"""Action items picked from long documents, in the ways minutes and notes write them."""

from __future__ import annotations

import pytest

from flowhub.media.actions import is_long, marks_items, pick
from flowhub.media.types import Item, Page


def _items(*lines: str) -> list[str]:
    return [item.text for item in pick((Page(1, "\n".join(lines)),))]


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("Action: Sam to send the revised budget", "Sam to send the revised budget"),
        ("ACTION ITEM: renew the lease", "renew the lease"),
        ("- AI: Priya to call the bank", "Priya to call the bank"),
        ("To do: order the badges", "order the badges"),
        ("TODO check the invoices", "TODO check the invoices"),
        ("@priya to book the venue for the offsite", "@priya to book the venue for the offsite"),
        ("Sam to send the deck to the client", "Sam to send the deck to the client"),
        (
            "Update the onboarding guide — Ana by Friday",
            "Update the onboarding guide — Ana by Friday",
        ),
        ("- [ ] order new chairs", "order new chairs"),
        ("☐ book the flights", "book the flights"),
        ("Aufgabe: Angebot an Müller schicken", "Angebot an Müller schicken"),
        ("Tarea: llamar al fontanero", "llamar al fontanero"),
        ("À faire : réserver la salle", "réserver la salle"),
        ("Azione: inviare il contratto", "inviare il contratto"),
        ("Actie: offerte versturen", "offerte versturen"),
        ("Görev: faturayı gönder", "faturayı gönder"),
        ("Tugas: kirim laporan", "kirim laporan"),
    ],
)
def test_a_marked_or_owned_line_is_an_item(line: str, item: str) -> None:
    assert _items("The meeting opened at ten.", line, "Lunch was served.") == [item]


def test_a_list_under_an_action_heading_is_items_until_the_prose_resumes() -> None:
    lines = [
        "Next steps",
        "1. Draft the press release",
        "2. Review the pricing page",
        "- [x] send the agenda",
        "The rest of the meeting covered hiring.",
        "- a bullet in the notes that is not an item",
    ]
    assert _items(*lines) == ["Draft the press release", "Review the pricing page"]


def test_ticked_boxes_and_plain_notes_are_not_items() -> None:
    assert (
        _items("- [x] fix the printer", "Sales grew 4% in March.", "Paris to Berlin is 1,000 km")
        == []
    )


def test_items_keep_their_page() -> None:
    pages = (Page(1, "Intro"), Page(3, "Action: file the taxes"))
    assert pick(pages) == (Item("file the taxes", 3),)


def test_a_document_is_long_past_forty_lines() -> None:
    assert not is_long("\n".join(["line"] * 40))
    assert is_long("\n".join(["line"] * 41))


@pytest.mark.parametrize(
    "notes",
    [
        "Ops sync\nAttendees: Ana, Sam\nRevenue is up 4%\nAction: Sam to send the quote",
        "Call notes\nSupplier is late again\nPrices go up in March\n[ ] ask for a discount",
        "Review\nThe launch went well\nNext steps:\n- Priya to write the recap",
    ],
)
def test_short_notes_that_mark_their_items_are_read_for_them(notes: str) -> None:
    assert marks_items(notes)


@pytest.mark.parametrize(
    "text",
    [
        "todo: buy milk\ncall mom",  # a short list: every line counts, as typed
        "buy milk\ncall mom\npay the rent friday\nbook the dentist",  # nothing marked
        "Meeting notes\nthe todo list is long\nwe talked about actions\nall good",
    ],
)
def test_short_lists_and_unmarked_notes_are_read_line_by_line(text: str) -> None:
    assert not marks_items(text)
