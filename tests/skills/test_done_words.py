"""Taking back a tick in words, and past words that describe rather than tell news."""

import re

import pytest

from flowhub.skills.done_words import (
    describing,
    news_task,
    says_mistake,
    says_not_done,
    then_remind,
)
from flowhub.storage import Task


@pytest.mark.parametrize(
    "text",
    [
        "oops wrong button, havent called her yet",
        "argh pressed that by accident",
        "accidentally tapped done",
        "misclicked",
        "didnt mean to press that",
        "that was a mistake",
    ],
)
def test_a_slip_is_heard(text: str) -> None:
    assert says_mistake(text)


@pytest.mark.parametrize(
    "text", ["I sent the wrong invoice by mistake, resend tomorrow", "called her, all good"]
)
def test_news_is_no_slip(text: str) -> None:
    assert not says_mistake(text)


def test_not_done_in_the_tasks_own_verb() -> None:
    assert says_not_done("havent called her yet", "Call ana")
    assert says_not_done("wait no, I haven't paid it yet", "Pay the gas bill")
    assert not says_not_done("haven't called the plumber yet", "Pay the gas bill")
    assert not says_not_done("called her", "Call ana")


def _said(text: str) -> list[str]:
    return re.findall(r"[\w'’]+", text.casefold())


def test_a_name_or_an_adjective_describes() -> None:
    said = _said("the new dishwasher guy is called Mehmet")
    assert describing(said, said.index("called"))
    said = _said("the booked room is tiny")
    assert describing(said, said.index("booked"))
    said = _said("called the landlord about the fan")
    assert not describing(said, said.index("called"))
    said = _said("the landlord was called")
    assert not describing(said, said.index("called"))


def test_then_remind_splits_the_reminder_off() -> None:
    assert then_remind("the call ana one and remind me at 3pm") == (
        "the call ana one",
        "remind me about it at 3pm",
    )
    assert then_remind("the call ana one") is None
    assert then_remind("the gas bill and remind me") is None


def _task(title: str, rrule: str | None = None) -> Task:
    return Task(id=1, workspace_id=1, creator_id=1, title=title, rrule=rrule)


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        (
            "lol the kowalskis sent us a fruit basket 🍍 so sweet",
            "Chase the Kowalskis for the 2nd deposit",
        ),
        ("aww the müllers sent flowers to the office", "Chase the Müllers for the invoice"),
        ("van's booked in for mon 10am", "Get the van serviced"),
    ],
)
def test_a_name_or_a_time_booked_is_no_done_news(clause: str, title: str) -> None:
    assert news_task(clause, [_task(title)], []) is None


def test_a_repeating_check_is_not_closed_by_another_verb() -> None:
    check = _task("Van check – tyres, fuel, fridge temp log", "FREQ=WEEKLY;BYDAY=FR")
    assert news_task("van's booked in", [check], []) is None
    assert news_task("van checked ✅", [check], []) is check


@pytest.mark.parametrize(
    "clause",
    [
        "the kowalskis paid the 2nd deposit",
        "sent the kowalskis the deposit reminder",
        "marek paid us",
    ],
)
def test_news_of_the_thing_itself_still_closes(clause: str) -> None:
    titles = {"marek": "Chase Marek for the payment"}
    title = titles.get(clause.split()[0], "Chase the Kowalskis for the 2nd deposit")
    task = _task(title)
    assert news_task(clause, [task], []) is task
