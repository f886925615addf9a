"""A question about the team's tasks in another language: "was hat das team diese woche
erledigt?", "qu'est-ce que l'équipe a cette semaine ?", "что у команды на этой неделе?".

The words are data (`status_said_words`): who (the team, everyone), a question word, and the
words of done. The answer is the team status list, person by person.
"""

from __future__ import annotations

import re
from functools import cache

from flowhub.connectors import Reply
from flowhub.skills import manners, status
from flowhub.skills import status_said_words as data
from flowhub.skills.context import Context
from flowhub.skills.status_period import read_period
from flowhub.skills.status_query import Query
from flowhub.skills.status_said import fold

_L = r"\w\u0900-\u097F\u0600-\u06FF'’"
_MAX_WORDS = 12
_LEAD = r"^[^\w]*(?:(?:" + fold(data.LEAD) + r")[\s,!.:;]+)*"


@cache
def _team() -> re.Pattern[str]:
    said = "|".join(fold(p) for p in data.TEAM_PHRASES.values())
    return re.compile(rf"(?<![{_L}])(?:{said})(?![{_L}])")


@cache
def _asks_first() -> re.Pattern[str]:
    said = "|".join(fold(p) for p in data.TEAM_ASKS.values())
    return re.compile(rf"{_LEAD}(?:{said})(?![{_L}])")


@cache
def _asks() -> re.Pattern[str]:
    said = "|".join(fold(p) for p in data.TEAM_ASKS.values())
    return re.compile(rf"(?<![{_L}])(?:{said})(?![{_L}])")


@cache
def _done() -> re.Pattern[str]:
    return re.compile(rf"(?<![{_L}])(?:{fold(data.TEAM_DONE)})")


def read(text: str) -> bool | None:
    """For a team question, whether it asks what was done; None when `text` is none."""
    said = fold(text.strip())
    if not said or len(said.split()) > _MAX_WORDS or not _team().search(said):
        return None
    asked = said.endswith(("?", "؟")) and _asks().search(said) is not None
    if not asked and _asks_first().match(said) is None:
        return None
    return _done().search(said) is not None


@cache
def _about() -> tuple[re.Pattern[str], re.Pattern[str]]:
    word = rf"[^\W\d_][{_L}]*"
    before = (
        rf"(?<![{_L}])(?:{fold(data.TEAM_ABOUT_BEFORE)})\s+(?P<what>{word}(?:\s+{word}){{0,2}})"
    )
    after = rf"(?P<what>{word}(?:\s+{word})?)\s+(?:{fold(data.TEAM_ABOUT_AFTER)})(?![{_L}])"
    return re.compile(before), re.compile(after)


def topic(text: str) -> str:
    """The subject a team question is about ("boda" in "para la boda"), or ""."""
    plain = re.sub(r"[?!.,;:¿¡؟،]", " ", text)
    said = fold(plain)  # one character for each: a span of it is a span of `plain`
    for pattern in _about():
        m = pattern.search(said)
        if m is None:
            continue
        typed = plain[m.start("what") : m.end("what")].split()
        kept = [w for w, low in zip(typed, m["what"].split(), strict=True) if _names_subject(low)]
        if kept:
            return " ".join(kept)
    return ""


def _names_subject(word: str) -> bool:
    if word in data.FILLER or word in data.TEAM or word in data.TEAM_NOT_ABOUT:
        return False
    return len(word) > 2 and _team().fullmatch(word) is None


def handle(ctx: Context) -> list[Reply] | None:
    """Answer a team status question said in another language; None for any other message."""
    text = manners.without_bot_name(ctx.event.text or "")
    done = read(text)
    if done is None:
        return None
    period = read_period(text, now=ctx.now, tz=ctx.tz)
    whose = "group" if ctx.chat.kind == "group" else "everyone"
    query = Query(whose=whose, state="done" if done else "open", period=period, topic=topic(text))
    return status.answer(ctx, query, period_text=text if period else "")
