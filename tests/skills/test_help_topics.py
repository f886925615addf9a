"""Focused how-to answers and the kinds of chat that ask for no task."""

from __future__ import annotations

import pytest

from flowhub.nlp import classify_intent
from flowhub.skills.help_topics import how_to
from flowhub.skills.small_talk import kind_of_chat


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("how do I set a repeating reminder?", "every monday"),
        ("how can I make something recur weekly", "every monday"),
        ("how do I assign something to sam?", "ask Sam to"),
        ("how can I give a task to Priya", "ask Priya to"),
        ("how do I connect Trello?", "connect trello"),
        ("is there a way to sync with google calendar", "connect google calendar"),
        ("how do I delete a task", "delete 3"),
        ("how do i mark something done", "done 2"),
        ("how can I see what's due", "my tasks"),
    ],
)
def test_how_to_answers_the_one_thing(text: str, fragment: str) -> None:
    answer = how_to(text)
    assert answer is not None and fragment in answer
    assert classify_intent(text) == "help"


@pytest.mark.parametrize(
    "text", ["help", "can you remind me to call mom at 5", "book the venue", "how are you"]
)
def test_other_messages_get_no_focused_answer(text: str) -> None:
    assert how_to(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("fyi the office wifi password changed to mango123", "notice"),
        ("heads up: the lift is out of order", "notice"),
        ("just so you know, Sam is off tomorrow", "notice"),
        ("do you know if the client meeting got moved?", "news_question"),
        ("any idea whether the dentist called back?", "news_question"),
        ("lol", "laugh"),
        ("hahaha", "laugh"),
        ("ok cool", "ack"),
        ("the nightly batch ran clean on Wednesday", "notice"),
        ("our offers went out on monday", "notice"),
        ("did the deploy go out?", "news_question"),
        ("fyi please send the report by friday", None),
        ("book the venue for friday", None),
    ],
)
def test_kinds_of_chat(text: str, kind: str | None) -> None:
    assert kind_of_chat(text) == kind
