"""What a turn of a forwarded chat does: direction, asides, notes, hand-offs, promises, needs."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import TaskDraft, extract_tasks
from flowhub.nlp._chat_turns import handed_to, is_aside, is_note, need_of, same_thing
from flowhub.nlp._forwarded import read_speaker

TZ = "America/New_York"
NOW = datetime(2026, 12, 4, 8, 0, tzinfo=ZoneInfo(TZ))  # a Friday


def tasks(text: str) -> list[TaskDraft]:
    return extract_tasks(text, now=NOW, tz=TZ, sender=None)


def summary(text: str) -> list[tuple[str, str | None, date | None]]:
    return [(d.title, d.assignee, d.due.start.date() if d.due else None) for d in tasks(text)]


@pytest.mark.parametrize(
    ("line", "speaker", "rest"),
    [
        ("Klaus (venue): we need the headcount", "Klaus", "we need the headcount"),
        ("Meera (caterer): hi priya", "Meera", "hi priya"),
        ("Jo Smith (florist): ok", "Jo Smith", "ok"),
        ("[10:02, 04/12/2026] Tom (band): hey", "Tom", "hey"),
    ],
)
def test_a_role_in_brackets_is_not_part_of_the_name(line: str, speaker: str, rest: str) -> None:
    assert read_speaker(line) == (speaker, rest)


def test_venue_chat() -> None:
    chat = """Klaus (venue): Hi Sam, just a heads up the hall is free from 2pm on the 19th
Sam: great thanks Klaus
Klaus (venue): We need the final headcount by Wednesday and the signed contract back before the 12th
Klaus (venue): Also FYI parking is at the back, no need to do anything
Sam: 👍 will sort the contract
Klaus (venue): Could someone send me the supplier list for load-in too, whenever you get a chance
Sam: ok thanks!"""
    assert summary(chat) == [
        ("Send the final headcount", "Sam", date(2026, 12, 9)),
        ("Send the signed contract back", "Sam", date(2026, 12, 11)),
        ("Send Klaus the supplier list for load-in too", None, None),
    ]


def test_caterer_chat() -> None:
    chat = """Meera (caterer): hi priya, got the guest list thanks!
Priya: great
Meera (caterer): can you let me know the dietary requirements by monday? esp the vegan counts
Meera (caterer): and we'll need a 50% deposit before the tasting on the 10th
Priya: noted"""
    assert summary(chat) == [
        ("Let Meera know the dietary requirements", "Priya", date(2026, 12, 7)),
        ("Pay the 50% deposit before the tasting", "Priya", date(2026, 12, 9)),
    ]


@pytest.mark.parametrize(
    ("reply", "who"),
    [
        ("np I'll get ana on it", "ana"),
        ("I'll ask priya to do it", "priya"),
        ("Priya can take care of that", "Priya"),
        ("passing this to Ana", "Ana"),
        ("I'll have Ana handle it", "Ana"),
        ("ok, I'll loop in Priya on it", "Priya"),
        ("leave it with me", "Sam"),
        ("great, thanks", None),
    ],
)
def test_a_handoff_gives_the_request_to_the_one_named(reply: str, who: str | None) -> None:
    chat = f"Tom (band): could someone confirm the PA specs by next friday\nSam: {reply}"
    found = tasks(chat)
    assert [(d.title, d.assignee) for d in found] == [("Confirm the PA specs", who)]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("I'll get ana on it", "ana"),
        ("ok I'll ask Priya to handle it", "Priya"),
        ("Ana will sort it", "Ana"),
        ("give it to me", "Sam"),
        ("I'll get someone on it", None),
        ("I'll get the venue booked", None),
        ("get the tickets", None),
    ],
)
def test_handed_to(text: str, who: str | None) -> None:
    assert handed_to(text, "Sam") == who


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("FYI parking is at the back", True),
        ("Also FYI parking is at the back", True),
        ("no need to do anything", True),
        ("just a heads up the hall is free from 2pm", True),
        ("nothing for you to do", True),
        ("no action needed on your side", True),
        ("you don't need to bring chairs, we have them", True),
        ("don't worry about the chairs", True),
        ("no rush on the invoice", True),
        ("heads up, can you send the plan by friday", False),
        ("send the plan by friday", False),
        ("I need to call the venue", False),
    ],
)
def test_notes(text: str, note: bool) -> None:
    assert is_note(text) is note


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        ("esp the vegan and nut allergy counts", True),
        ("especially the kids' menus", True),
        ("in particular the gluten-free ones", True),
        ("including the loading bay", True),
        ("and the nut allergy counts too", True),
        ("send the vegan counts", False),
        ("and book the band too", False),
        ("espresso machine for the green room", False),
    ],
)
def test_asides(text: str, aside: bool) -> None:
    assert is_aside(text) is aside


@pytest.mark.parametrize(
    ("text", "continuing", "task"),
    [
        (
            "We need the final headcount by Wednesday",
            False,
            "send the final headcount by Wednesday",
        ),
        ("we'll need a 50% deposit", False, "pay the 50% deposit"),
        ("we still need your signed form", False, "send the signed form"),
        ("we'd need someone to confirm the specs", False, "confirm the specs"),
        (
            "the signed contract back before the 12th",
            True,
            "send the signed contract back before the 12th",
        ),
        ("the signed contract back before the 12th", False, None),
        ("we need a bigger room", False, None),
        ("we need to book the venue", False, None),
    ],
)
def test_needs(text: str, continuing: bool, task: str | None) -> None:
    need = need_of(text, continuing=continuing)
    assert (need.text if need else None) == task


def test_a_promise_takes_on_the_task_it_answers() -> None:
    assert same_thing("Sort the contract", "Send the signed contract back")
    assert same_thing("Pay the deposit", "Pay the 50% deposit before the tasting")
    assert not same_thing("Book the band", "Send the signed contract back")
    chat = "Klaus: we need the signed contract back before the 12th\nSam: will sort the contract"
    assert summary(chat) == [("Send the signed contract back", "Sam", date(2026, 12, 11))]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("pay the deposit before the 12th", date(2026, 12, 11)),
        ("pay the deposit before the tasting on the 10th", date(2026, 12, 9)),
        ("pay the deposit by the 12th", date(2026, 12, 12)),
        ("pay the deposit before friday", date(2026, 12, 11)),
        ("call the caterer before lunch on the 10th", date(2026, 12, 10)),
    ],
)
def test_before_a_dated_day_is_the_day_before(text: str, day: date) -> None:
    (draft,) = tasks(text)
    assert draft.due is not None and draft.due.start.date() == day


@pytest.mark.parametrize(
    ("chat", "want"),
    [
        (
            "Klaus [venue]: can you get back to me on the menu by friday\nSam: sure",
            [("Get back to Klaus on the menu", "Sam", date(2026, 12, 11))],
        ),
        (
            "Tom (band): could someone book the parking permits by the 17th\nSam: I'll ask Priya",
            [("Book the parking permits", "Priya", date(2026, 12, 17))],
        ),
        (
            "Tom (band): could someone book the parking permits by the 17th\nSam: on it",
            [("Book the parking permits", "Sam", date(2026, 12, 17))],
        ),
        (
            "Klaus (venue): still need your guest list by friday\nSam: will send it over tomorrow",
            [("Send the guest list", "Sam", date(2026, 12, 11))],
        ),
        (
            "Klaus (venue): we're still waiting for the deposit\nSam: oops",
            [("Pay the deposit", "Sam", None)],
        ),
        (
            "Klaus (venue): the balance is due on the 18th\nSam: ok",
            [("Pay the balance", "Sam", date(2026, 12, 18))],
        ),
        ("Klaus (venue): PS no need to reply\nSam: ok", []),
        ("Klaus (venue): just letting you know the lift is fixed\nSam: thanks", []),
        (
            "Meera: can you confirm the numbers by monday?\nMeera: and especially the kids' meals",
            [("Confirm the numbers", None, date(2026, 12, 7))],
        ),
    ],
)
def test_other_phrasings(chat: str, want: list[tuple[str, str | None, date | None]]) -> None:
    assert summary(chat) == want


def test_a_bare_ask_hands_over_only_a_name() -> None:
    assert summary("book the venue, I'll ask Sam") == [("Book the venue", "Sam", None)]
    assert [d.title for d in tasks("buy milk, I'll get bread")] == ["Buy milk", "Get bread"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "also pay the caterer 50% deposit before the tasting on the 10th, and the tasting "
            "itself is thu 10th 4pm at their kitchen",
            [
                ("Pay the caterer 50% deposit before the tasting", "2026-12-09"),
                ("The tasting at their kitchen", "2026-12-10 16:00"),
            ],
        ),
        (
            "Meera (caterer): tasting is at 4pm on the 10th at our kitchen btw\nPriya: perfect",
            [("The tasting at our kitchen", "2026-12-10 16:00")],
        ),
        (
            "book the band; the rehearsal is on friday at 6pm at the church",
            [("Book the band", None), ("The rehearsal at the church", "2026-12-11 18:00")],
        ),
        (
            "send the invites, the wedding is on the 19th",
            [("Send the invites", None), ("The wedding", "2026-12-19")],
        ),
        ("hiring is on hold, parking is at the back", []),
    ],
)
def test_an_event_said_as_a_fact_is_an_item_of_its_own(
    text: str, want: list[tuple[str, str | None]]
) -> None:
    def when(draft: TaskDraft) -> str | None:
        if draft.due is None:
            return None
        fmt = "%Y-%m-%d" if draft.due.grain == "day" else "%Y-%m-%d %H:%M"
        return draft.due.start.strftime(fmt)

    assert [(d.title, when(d)) for d in tasks(text)] == want


@pytest.mark.parametrize(
    ("chat", "want"),
    [
        (
            "Tom (band): can one of you confirm the PA specs by friday\nSam: priya will do it",
            [("Confirm the PA specs", "priya", date(2026, 12, 11))],
        ),
        (
            "Klaus (venue): can you forward my email to the caterer\nSam: sure",
            [("Forward Klaus's email to the caterer", "Sam", None)],
        ),
        (
            "Klaus (venue): would be great if you could send me the supplier list\nSam: ok",
            [("Send Klaus the supplier list", "Sam", None)],
        ),
        (
            "Klaus: hi Sam! I'd appreciate it if you could sign the form by the 9th\nSam: ok",
            [("Sign the form", "Sam", date(2026, 12, 9))],
        ),
        (
            "Meera: hi! could you let me know the allergies by monday, especially nuts?\nPriya: ok",
            [("Let Meera know the allergies", "Priya", date(2026, 12, 7))],
        ),
    ],
)
def test_roundabout_requests_keep_their_direction(
    chat: str, want: list[tuple[str, str | None, date | None]]
) -> None:
    assert summary(chat) == want


def test_a_need_from_you_is_for_the_one_asked() -> None:
    chat = "Sam: we need the final headcount from you by wed\nKlaus: ok will send"
    assert summary(chat) == [("Send the final headcount", "Klaus", date(2026, 12, 9))]
