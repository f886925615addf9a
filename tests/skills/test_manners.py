"""The small pieces of group manners: what counts as small talk, the bot's name, being addressed."""

from __future__ import annotations

import pytest

from flowhub.skills.manners import without_bot_name
from flowhub.skills.small_talk import is_small_talk
from flowhub.webhooks.playground import SendIn, _addressed


@pytest.mark.parametrize(
    "text",
    [
        "thanks!",
        "thank you so much 🙏",
        "lol",
        "haha 😂 classic",
        "ok 👍",
        "👍",
        "🎉🎉",
        "sure, will do",
        "got it, thanks",
        "see you tomorrow",
        "good morning team ☀️",
        "how was the weekend?",
        "welcome aboard Priya!",
        "nice one 👏",
        "on my way",
        "running 10 min late",
        "sounds good to me",
        "no worries",
    ],
)
def test_chat_between_people_is_small_talk(text: str) -> None:
    assert is_small_talk(text)


@pytest.mark.parametrize(
    "text",
    [
        "please send the deck by friday",
        "sure, can you book the room for monday?",
        "thanks! also please renew the domain",
        "Sam can you call the caterer tomorrow",
        "book the venue for next week",
    ],
)
def test_a_request_is_not_small_talk(text: str) -> None:
    assert not is_small_talk(text)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("@FlowHub what's due today?", "what's due today?"),
        ("FlowHub, what's overdue?", "what's overdue?"),
        ("hey @flowhub what do I have this week", "what do I have this week"),
        ("what's due tomorrow, flowhub?", "what's due tomorrow?"),
        ("thanks @FlowHub!", "thanks!"),
        ("remind me @FlowHub to call Bob at 5", "remind me to call Bob at 5"),
        ("book the venue friday", "book the venue friday"),
        ("the flowhubs of the world", "the flowhubs of the world"),
    ],
)
def test_the_bots_name_is_taken_out(text: str, left: str) -> None:
    assert without_bot_name(text) == left


@pytest.mark.parametrize(
    ("chat", "text", "reply_to", "addressed"),
    [
        ("dm-ana", "lol", None, True),
        ("group-team", "lol", None, False),
        ("group-team", "@FlowHub what's due?", None, True),
        ("group-team", "flowhub, my tasks", None, True),
        ("group-team", "/today", None, True),
        ("group-team", "make it friday", "pg-12", True),
        ("group-team", "haha yes", "in-7", False),
    ],
)
def test_playground_group_messages_are_addressed_like_telegram(
    chat: str, text: str, reply_to: str | None, addressed: bool
) -> None:
    body = SendIn(person="ana", chat=chat, text=text, reply_to=reply_to)
    assert _addressed(body) is addressed
