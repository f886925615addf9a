"""Status questions as a chat: whose, which state, which period, and who may see the answer."""

from __future__ import annotations

from datetime import timedelta

from flowhub.bot.clock import FixedClock
from flowhub.connectors.console import ConsoleChat
from tests.conftest import ChatFactory


def _save(chat: ConsoleChat, text: str) -> None:
    for card in chat.say(text):
        chat.press("Confirm", card)


def test_a_group_answer_lists_only_the_groups_tasks(chat_as: ChatFactory) -> None:
    ana_dm = chat_as("ana", "Ana")
    priya_dm = chat_as("priya", "Priya")
    priya_dm.say("hi")
    ana_group = chat_as("ana", "Ana", chat="team", group=True)
    _save(ana_dm, "ask Priya to review my medical leave request by friday")
    _save(ana_dm, "renew my passport tomorrow")
    _save(ana_group, "ask Priya to book the offsite venue by friday")

    # Even the asker's own private tasks stay out of an answer the whole group reads.
    for question in ("what does Priya have?", "my tasks", "what did I give Priya?"):
        answer = ana_group.say(question)[0].text.lower()
        assert "medical" not in answer and "passport" not in answer, question
    assert "offsite" in ana_group.say("what does Priya have?")[0].text.lower()
    # In her private chat the same question shows both.
    private = ana_dm.say("what did I give Priya?")[0].text.lower()
    assert "medical" in private and "offsite" in private


def test_done_lists_by_completion_time_and_done_n_follows_any_list(
    chat_as: ChatFactory, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana")
    _save(ana, "send the survey link tomorrow")
    _save(ana, "update the FAQ page next week")
    _save(ana, "ask Sam to fix the login bug by friday")
    ana.say("done with the survey link")

    finished = ana.say("what have I finished this week?")[0].text
    assert "survey link" in finished and "FAQ" not in finished
    clock.advance(timedelta(days=7))
    assert "nothing" in ana.say("what have I finished this week?")[0].text.lower()
    assert "survey link" in ana.say("what did I finish last week?")[0].text

    listed = ana.say("what's Sam got on?")[0].text
    assert "login bug" in listed and "FAQ" not in listed
    assert "Fix the login bug" in ana.say("done 1")[0].text


def test_empty_answers_name_the_period(chat_as: ChatFactory) -> None:
    sam = chat_as("sam", "Sam", tz="America/New_York")
    _save(sam, "fix the fence on friday")
    assert "Apr 2026" in sam.say("what's on next month?")[0].text
    week = sam.say("what's due this week?")[0].text
    assert "Mon 2" in week and "Sun 8 Mar" in week and "fence" in week.lower()
    assert "nothing" in sam.say("anything without a date?")[0].text.lower()
