"""Quiet hours and days off asked for in plain words: "pls dont ping me after 10pm", "no messages
on sunday", "and quiet on sundays?", "nothing before 8 pls". FlowHub keeps no such setting, so it
says in one line what it does instead, never making a task of it.

Other languages reach this as the English command "quiet hours" (`flowhub.nlp.english_command`).
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.i18n import Text
from flowhub.skills import words
from flowhub.skills.context import Context

__all__ = ["QUIET_CANT", "asks", "handle", "reply"]

QUIET_CANT = Text(
    "🔕 I can't keep quiet hours or days off; I only write for your reminders and the daily "
    "digest ({digest}), and “digest off” stops the digest."
)

_MOST_WORDS = 16
_OPEN = (
    r"^\W*(?:(?:ok(?:ay)?|so|and|also|oh|hey|btw|then|pls|please|plz|can\s+(?:you|u)"
    r"|could\s+(?:you|u)|would\s+you|from\s+now\s+on|i'?d\s+like)\b[^\w'’]*)*"
)
_DAY = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?|weekends?|holidays?"
    r"|days?\s+off|(?:at|during\s+the|over\s+the|the)\s+(?:night|weekends?)|nights?|evenings?"
)
_TIME = r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h)?"
# When the quiet is wanted: "after 10pm", "before 8", "on sundays", "at night", "between 10 and 7".
_WHEN = (
    rf"(?:(?:after|before|past|until|till|from)\s+{_TIME}(?:\s+(?:at\s+night|in\s+the\s+\w+))?"
    rf"|between\s+{_TIME}\s+and\s+{_TIME}|(?:on|at|during|over|for)\s+(?:the\s+)?(?:{_DAY})"
    rf"|(?:{_DAY}))"
)
_PLEASE = r"(?:\s+(?:pls|please|plz|thanks|thx|either|ok|okay|too|then|any\s*more|anymore))*"
_ME = r"(?:me|us)"
_NOISE = r"(?:ping|message|msg|text|bug|disturb|bother|notify|nag|spam|write(?:\s+to)?|contact|dm)"
_THINGS = r"(?:messages?|msgs?|pings?|notifications?|notifs?|texts?|alerts?|reminders?|nothing)"
# "dont ping me after 10pm", "no messages on sunday pls", "quiet on sundays?", "nothing before 8".
_QUIET = re.compile(
    _OPEN
    + r"(?:(?:do\s+not|don'?t|dont|pls\s+don'?t|never)\s+"
    + _NOISE
    + r"\s+"
    + _ME
    + r"|(?:(?:no|zero)\s+"
    + _THINGS
    + r"|nothing|not\s+a\s+thing)(?:\s+(?:from\s+you|for\s+me|to\s+me))?"
    + r"|(?:keep\s+(?:it\s+)?|stay\s+|be\s+|go\s+)?(?:quiet|silent|silence|mute(?:d)?|dnd"
    + r"|do\s+not\s+disturb)(?:\s+(?:please|pls|mode))?"
    + r"|(?:mute|silence|pause)\s+(?:me|everything|notifications|it\s+all|messages))"
    + r"\s+"
    + _WHEN
    + r"(?:\s+(?:and|or|&)\s+"
    + _WHEN
    + r")*"
    + _PLEASE
    + r"\W*$"
    + r"|"
    + _OPEN
    + r"(?:quiet\s+hours|do\s+not\s+disturb|dnd)(?:\s+(?:please|pls|mode))?\W*$",
    re.I,
)


def asks(text: str) -> bool:
    """Whether `text` asks for quiet hours or a day off from messages."""
    said = " ".join(text.split())
    return len(said.split()) <= _MOST_WORDS and (
        said.lower().rstrip(" .!?") == "quiet hours" or _QUIET.match(said) is not None
    )


def reply(ctx: Context) -> Reply:
    """What FlowHub does instead of quiet hours, with the person's digest time."""
    p = ctx.person
    digest = p.digest_time if p.digest_enabled else words.DIGEST_OFF_SETTING.format()
    return Reply(QUIET_CANT.format(digest=digest))


def handle(ctx: Context) -> list[Reply] | None:
    """Say what FlowHub does instead of quiet hours; None when the message asks for none."""
    if ctx.event.forwarded or (ctx.chat.kind == "group" and not ctx.event.addressed):
        return None
    return [reply(ctx)] if asks(ctx.text) else None
