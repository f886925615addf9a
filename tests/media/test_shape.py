"""Lines read from a file said with their owner first, and lines that only inform left out."""

from __future__ import annotations

import pytest

from flowhub.media.captions import owners_said, task_words
from flowhub.media.owners import Owner
from flowhub.media.shape import shape
from flowhub.media.subject import with_subject

TEAM = ("Ana Weber", "Sam", "Priya")


@pytest.mark.parametrize(
    "head",
    ["to do - Priya", "Priya:", "Priya's list", "for Priya:", "TODO priya", "tareas - Priya"],
)
def test_a_teammate_over_a_list_owns_its_items(head: str) -> None:
    said = shape(f"{head}\n- print the permit set (thu)\n- update sections", team=TEAM)
    assert said.splitlines() == ["- @priya print the permit set by thu", "- @priya update sections"]


def test_a_name_over_a_list_that_is_not_on_the_team_owns_nothing() -> None:
    assert shape("to do - Bob\n- order the skip", team=TEAM) == "to do - Bob\n- order the skip"


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "Updated structural calc from the engineer — Sam by Friday",
            "@sam get updated structural calc from the engineer by Friday",
        ),
        ("Revised fee proposal - Ana by Wednesday", "@ana get revised fee proposal by Wednesday"),
        ("Ana books the restaurant", "@ana book the restaurant"),
        ("Sam fixes the door", "@sam fix the door"),
        ("A Ana tem de aprovar a amostra", "@ana tem de aprovar a amostra"),
        ("Sam is on holiday until monday", "Sam is on holiday until monday"),
        ("Bob books the restaurant", "Bob books the restaurant"),
    ],
)
def test_an_owner_said_in_the_line_comes_first(line: str, said: str) -> None:
    assert shape(line, team=TEAM) == said


@pytest.mark.parametrize(
    "under",
    ["Owner: Sam\nDue: 12 Dec", "Responsible: Sam\nDeadline: 12 Dec", "Owner: Sam / Due: 12 Dec"],
)
def test_owner_and_due_lines_under_an_item_join_it(under: str) -> None:
    assert shape(f"Facade sample board\n{under}", team=TEAM) == "@sam Facade sample board by 12 Dec"


def test_a_table_with_an_owner_column_gives_each_row_its_owner() -> None:
    text = "Action Owner Due\nUpdate the stair details Priya Wed 9 Dec\nTask | Who | When\n"
    text += "Revise the layout | Sam | Friday"
    assert shape(text, team=TEAM).splitlines() == [
        "@priya Update the stair details Wed 9 Dec",
        "@sam Revise the layout Friday",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "slab was poured, all ok",
        "heavy rain, site closed",
        "concrete was delivered, no issues",
        "laje foi betonada, tudo ok",
        "chuva forte, obra fechada",
        "Beton wurde gegossen, alles ok",
        "attendees: Ana, Sam, Priya",
        "Teilnehmer: Ana, Sam",
        "minutes taken by Priya",
        "notes by Sam",
    ],
)
def test_lines_that_only_inform_are_left_out(line: str) -> None:
    assert shape(f"{line}\ncall the scaffolder", team=TEAM) == "call the scaffolder"


@pytest.mark.parametrize(
    "header",
    ["Site notes 8 Dec - Tavares", "Weekly meeting 7 Dec 2026", "Reunión con Lucía, 8 dic"],
)
def test_a_dated_header_opening_notes_is_left_out(header: str) -> None:
    assert shape(f"{header}\ncall the scaffolder", team=TEAM) == "call the scaffolder"


@pytest.mark.parametrize(
    "keep",
    [
        "the report was sent, pls check it",
        "dentist 8 Dec",
        "Site visit 9 Dec",
    ],
)
def test_actions_and_a_lone_dated_line_stay(keep: str) -> None:
    assert shape(keep, team=TEAM) == keep


@pytest.mark.parametrize(
    "heading",
    [
        "Tareas:",
        "Tarefas:",
        "Aufgaben:",
        "À faire:",
        "Da fare:",
        "Taken:",
        "Yapılacaklar:",
        "Задачи:",
        "المهام:",
        "Action items",
        "Next steps",
    ],
)
def test_list_headings_are_kept_only_for_picking(heading: str) -> None:
    text = f"{heading}\n- send the quote"
    assert shape(text, team=TEAM) == "- send the quote"
    assert shape(text, team=TEAM, headings=True) == f"{heading}\n- send the quote"


@pytest.mark.parametrize(
    ("caption", "owner"),
    [
        ("all of these are priya's", Owner("Priya")),
        ("these are all for sam", Owner("Sam")),
        ("everything here is Ana's", Owner("Ana")),
        ("the sill details are priya's", Owner("Priya", frozenset({"sill", "details"}))),
        ("the stair one is for Sam", Owner("Sam", frozenset({"stair"}))),
    ],
)
def test_a_caption_gives_items_to_a_teammate_and_is_no_task(caption: str, owner: Owner) -> None:
    assert owners_said(caption, TEAM) == [owner]
    assert task_words(caption) == ""


def test_a_caption_owner_gives_only_the_items_it_names() -> None:
    given = owners_said("the sill details are priya's", TEAM)
    text = "send us the sill details by Wednesday\nconfirm the window order"
    assert shape(text, team=TEAM, given=given).splitlines() == [
        "@priya send us the sill details by Wednesday",
        "confirm the window order",
    ]


@pytest.mark.parametrize(
    "caption", ["call the bank for Sam", "this is urgent", "book a table for 4"]
)
def test_other_captions_stay_tasks(caption: str) -> None:
    assert owners_said(caption, TEAM) == []
    assert task_words(caption) == caption


RECEIPT = "COPYSHOP BERLIN 08.12.2026\nPlots A1 x 12\nTOTAL EUR 84.50\nThank you"
INVOICE = "Printhaus GmbH\nInvoice No. 2026-77\nDate 01.12.2026\nTotal due: €1,200.00"
CONTRACT = "Planning Contract - Okafor House\nbetween the studio and Mr Okafor\nSignature: ____"


@pytest.mark.parametrize(
    ("task", "text", "said"),
    [
        (
            "need to expense this before month end",
            RECEIPT,
            "need to expense the Copyshop Berlin receipt (EUR 84.50) before month end",
        ),
        (
            "pls claim it back by eom",
            RECEIPT,
            "pls claim the Copyshop Berlin receipt (EUR 84.50) back by eom",
        ),
        (
            "pay this by friday",
            INVOICE,
            "pay invoice 2026-77 from Printhaus GmbH (€1,200.00) by friday",
        ),
        (
            "can you pay it before the 18th",
            INVOICE,
            "can you pay invoice 2026-77 from Printhaus GmbH (€1,200.00) before the 18th",
        ),
        ("sign and send back", CONTRACT, "sign and send back the Planning Contract - Okafor House"),
        (
            "sign & return by monday",
            CONTRACT,
            "sign & return the Planning Contract - Okafor House by monday",
        ),
    ],
)
def test_a_caption_about_the_file_names_it(task: str, text: str, said: str) -> None:
    assert with_subject(task, text) == said


def test_a_caption_pointing_at_a_file_that_is_no_receipt_is_left_alone() -> None:
    assert with_subject("check this", "call the scaffolder\nbook the crane") is None


@pytest.mark.parametrize(
    "line",
    ["Ana approved the drawings", "Sam's car is at the site", "Priya said the client called"],
)
def test_news_about_a_teammate_names_no_owner(line: str) -> None:
    assert shape(line, team=TEAM) == line


def test_a_row_whose_task_names_someone_is_owned_by_its_owner_column() -> None:
    text = "Task | Owner | Due\nAsk Ana to sign the plans | Priya | Friday"
    assert shape(text, team=TEAM) == "@priya Ask Ana to sign the plans Friday"


@pytest.mark.parametrize(
    "line",
    ["Sam: can you send the plans?", "Priya: I will check the permit", "Sam: send me the BOQ"],
)
def test_a_chat_line_keeps_its_speaker(line: str) -> None:
    assert shape(line, team=TEAM) == line


def test_a_name_and_colon_before_an_item_owns_it() -> None:
    assert shape("Sam: call the scaffolder", team=TEAM) == "@sam call the scaffolder"


@pytest.mark.parametrize(
    "caption", ["FlowHub all of these are priya's", "@flowhub these are all for priya"]
)
def test_a_caption_calling_the_bot_still_gives_the_items(caption: str) -> None:
    assert owners_said(caption, TEAM) == [Owner("Priya")]
    assert task_words(caption) == ""


def test_an_unmarked_line_over_a_list_only_names_it() -> None:
    text = "stuff to sort out this week\n- send the cost report (thu)\n- renew the site insurance"
    assert shape(text, team=()) == "- send the cost report by thu\n- renew the site insurance"


def test_a_line_over_prose_is_kept() -> None:
    text = "call the glazier about the lobby glass\nrenew the site insurance"
    assert shape(text, team=()).splitlines()[0] == "call the glazier about the lobby glass"


def test_an_idea_with_a_doubt_after_it_is_no_item() -> None:
    for idea in (
        "lunch w/ architect? maybe",
        "coffee with the surveyor?? not sure",
        "Essen mit Tom? vielleicht",
    ):
        assert shape(f"- {idea}\n- renew the insurance", team=()) == "- renew the insurance"
