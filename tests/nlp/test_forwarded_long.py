"""Forwarded chats read by speaker, and long messages read whole, once per distinct line."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bench.long_text import make_text
from flowhub.nlp import TaskDraft, extract_tasks
from flowhub.nlp._forwarded import is_acknowledgement, is_label, read_speaker

TZ = "Europe/Berlin"
NOW = datetime(2026, 3, 4, 10, 0, tzinfo=ZoneInfo(TZ))  # a Wednesday


def tasks(text: str, sender: str | None = None) -> list[TaskDraft]:
    return extract_tasks(text, now=NOW, tz=TZ, sender=sender)


@pytest.mark.parametrize(
    ("line", "speaker", "rest"),
    [
        ("[14:05, 3/4/2026] Sam: I'll do it", "Sam", "I'll do it"),
        ("[3/4/26, 9:41 AM] Priya Raman: ok", "Priya Raman", "ok"),
        ("3/4/26, 14:05 - Sam: send it", "Sam", "send it"),
        ("04.03.26, 14:05 – Ana: send it", "Ana", "send it"),
        ("Sam: I'll send the numbers", "Sam", "I'll send the numbers"),
        ("Sam wrote: see below", "Sam", "see below"),
        ("[10:05] Ana: will do", "Ana", "will do"),
        ("Sam Lee, [04.03.26 10:05]", "Sam Lee", ""),
        ("Todo: buy milk", None, "Todo: buy milk"),
        ("Tomorrow: call Jo", None, "Tomorrow: call Jo"),
        ("Tel: +49 30 1234567", None, "Tel: +49 30 1234567"),
        ("Tasks for Monday:", None, "Tasks for Monday:"),
        ("buy milk", None, "buy milk"),
    ],
)
def test_speaker_lines(line: str, speaker: str | None, rest: str) -> None:
    assert read_speaker(line) == (speaker, rest)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Team WhatsApp", True),
        ("Forwarded", True),
        ("Marketing Group", True),
        ("#general", True),
        ("Family Chat", True),
        ("Sam", False),
        ("Priya Raman", False),
    ],
)
def test_forward_labels_are_not_people(name: str, label: bool) -> None:
    assert is_label(name) is label


@pytest.mark.parametrize(
    "text", ["ok thanks", "sounds good!", "noted", "lol", "👍", "great, thanks", "will do"]
)
def test_acknowledgements(text: str) -> None:
    assert is_acknowledgement(text)
    assert tasks(text) == []


def test_promise_belongs_to_its_speaker_and_notes_are_no_tasks() -> None:
    chat = (
        "[10:02, 04/03/2026] Sam: the call moved to 11\n"
        "[10:03, 04/03/2026] Priya: I'll update the slides before then\n"
        "[10:04, 04/03/2026] Sam: 👍"
    )
    (draft,) = tasks(chat, sender="Ana")
    assert "slides" in draft.title and draft.assignee == "Priya"


def test_continuation_lines_belong_to_the_previous_speaker() -> None:
    chat = "Sam: morning all\nI'll book the venue for friday\nPriya: sure"
    (draft,) = tasks(chat)
    assert draft.assignee == "Sam" and draft.due is not None


def test_a_request_between_two_people_is_for_the_other_and_me_is_the_speaker() -> None:
    (draft,) = tasks("Sam: can you send me the report by friday\nPriya: sure thing")
    assert draft.assignee == "Priya"
    assert draft.title == "Send Sam the report"


def test_a_label_sender_is_nobody() -> None:
    (draft,) = tasks("I'll book the flights next week", sender="Team WhatsApp")
    assert draft.assignee is None
    (draft,) = tasks("I'll book the flights next week", sender="Sam")
    assert draft.assignee == "Sam"


def test_a_trailing_name_is_who_is_asked() -> None:
    (draft,) = tasks("could you check the invoices, Ana? by thursday ideally")
    assert (draft.title, draft.assignee) == ("Check the invoices", "Ana")
    assert draft.due is not None and draft.due.start.day == 5


def test_the_same_task_twice_is_one_draft_keeping_the_date() -> None:
    drafts = tasks("book the retro room\nwe need to book the retro room for next week")
    assert len(drafts) == 1 and drafts[0].due is not None
    repeated = "\n".join(f"line {n}: we need to book the retro room" for n in range(300))
    assert len(tasks(repeated)) == 1


def test_status_lines_labels_and_signatures_are_no_tasks() -> None:
    assert tasks("item 3: build green, no incidents, metrics steady") == []
    assert tasks("weekly status, long one sorry") == []
    mail = (
        "Hi Ana,\n\nFollowing up on our call - could you send me the signed contract by "
        "Thursday?\n\nBest regards,\nTom Becker\nSenior Account Manager | Acme GmbH\nTel: +49 30 1"
    )
    (draft,) = tasks(mail)
    assert "signed contract" in draft.title and "Acme" not in draft.title
    assert draft.title == "Send Tom Becker the signed contract"  # "me" is who signed the mail


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("i need to renew my passport at some point", "Renew my passport"),
        ("sometime next week pls call the landlord", "Call the landlord"),
        ("umm maybe book a table for 6 on saturday if you get a chance", "Book a table for 6"),
        ("first: order the new office chairs by monday", "Order the new office chairs"),
    ],
)
def test_vague_fillers_and_running_labels_leave_the_title(text: str, title: str) -> None:
    (draft,) = tasks(text)
    assert draft.title == title and draft.assignee is None


@pytest.mark.parametrize("kind", ["status", "chat"])
def test_a_task_at_the_end_of_50_kb_is_found(kind: str) -> None:
    """Speed per kB is measured by `python -m bench long_text`, not here."""
    assert len(tasks(make_text(kind, 5))) == 1
    (draft,) = tasks(make_text(kind, 50))
    assert "SSL" in draft.title or "vendor list" in draft.title


def test_the_speakers_own_needs_and_bare_promises_are_theirs() -> None:
    chat = "Sam: also I need to call the bank tomorrow\nPriya: 👍\nSam: will send the invoice"
    bank, invoice = tasks(chat)
    assert (bank.assignee, invoice.assignee) == ("Sam", "Sam")
    assert "invoice" in invoice.title


def test_a_request_to_anyone_stays_unassigned_and_and_continues_the_request() -> None:
    (notes,) = tasks("Sam: the meeting got pushed\nAna: ok cool\nSam: can someone take notes?")
    assert notes.assignee is None
    update, send = tasks("Sam: Ana pls update the roadmap doc\nSam: and send it to the board")
    assert (update.assignee, send.assignee) == ("Ana", "Ana")


def test_a_nudge_between_two_people_is_for_the_other() -> None:
    chat = "[10:00, 04/03/2026] Mum: don't forget to call grandma on sunday\n[10:05] Ana: will do"
    (draft,) = tasks(chat)
    assert draft.assignee == "Ana" and "grandma" in draft.title


def test_pasted_notes_give_only_their_action_items() -> None:
    notes = (
        "Meeting notes 4 March\nAttendees: Ana, Sam, Priya\n\nDiscussion:\n- Q1 numbers look good\n"
        "- hiring is on hold\n\nAction items:\n- Sam to send the deck to the client by Friday\n"
        "- Priya will update the roadmap\n"
    )
    assert [(d.title, d.assignee) for d in tasks(notes)] == [
        ("Send the deck to the client", "Sam"),
        ("Update the roadmap", "Priya"),
    ]
    status = "Status update\n\nDone:\n- migrated the db\n- fixed login\n\nNext:\n- write the notes"
    assert [d.title for d in tasks(status)] == ["Write the notes"]


def test_me_and_you_in_a_chat_name_the_people() -> None:
    (call,) = tasks("Sam: I'll call you tomorrow\nAna: ok")
    assert (call.title, call.assignee) == ("Call Ana", "Sam")
    (deck,) = tasks("Sam: can you send me the deck?")
    assert deck.title == "Send Sam the deck"
    (bank,) = tasks("Sam: remind me to call the bank\nAna: ok")
    assert bank.assignee == "Sam"
