"""A status question asked again for another day or person: "and tmrw?", "what about friday?",
"and sam?", "same for next month". It holds only while the last answer is fresh (a flow's lapse).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from flowhub.connectors import Reply
from flowhub.i18n import current_locale
from flowhub.nlp import english_time_words
from flowhub.skills import status
from flowhub.skills import status_said_words as data
from flowhub.skills.context import Context
from flowhub.skills.status_period import read_period
from flowhub.skills.status_query import NOT_NAMES, Query
from flowhub.skills.status_said import fold
from flowhub.storage import people

_FOLLOW = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|cool|thanks|thx|great|nice|hmm+|so|right)[\s,!.]+)*"
    r"(?:(?:and\s+|n\s+|&\s*)?(?:what|wat|how)\s+(?:about|abt|bout)|wbu|hbu|and\s+for|n\s+for"
    r"|and\s+what\s+of|what\s+of|n|nd|an|&|\+"
    r"|(?:and\s+)?(?:the\s+)?same\s+(?:for|with|but(?:\s+for)?)|and\s+also|and|also"
    # "and" in the other languages FlowHub reads: "e amanhã?", "und morgen?", "а завтра?"
    r"|e|y|et|und|en|dan|ve|aur|और|и|а)\s+"
    r"(?P<rest>[^?]+?)[\s?!.]*$"
    r"|^\s*(?P<bare>[^?]+?)\s*\?+\s*$",
    re.I,
)
_MAX_WORDS = 5
_NEW_QUESTION = re.compile(
    r"^\s*(?:anything|something|stuff|what|whats|what's|show|list|any\s+tasks?)\b", re.I
)
_ME = re.compile(r"^(?:me|mine|myself|my\s+(?:tasks|list|stuff|plate))$", re.I)
_DAY_AFTER = re.compile(
    r"^(?:the\s+)?(?:day\s+after(?:\s+that)?|next\s+day|following\s+day)$", re.I
)
_TRAIL = re.compile(r"\s+(?:then|too|instead|as\s+well|что|тоже)$|^(?:for|on|in)\s+", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Ask the last status question again for the day or person said; None otherwise."""
    found = read(ctx)
    return status.answer(ctx, found[0], period_text=found[1]) if found is not None else None


def read(ctx: Context) -> tuple[Query, str] | None:
    """The last status question asked again as this message says, and its period's words."""
    asked = ctx.thread.last_question(ctx.now)
    m = _FOLLOW.match(ctx.text)
    if asked is None or m is None:
        return None
    if m["bare"] and _NEW_QUESTION.match(m["bare"]):
        return None  # "anything for next month?" asks afresh, not "the same, for next month"
    rest = _TRAIL.sub("", (m["rest"] or m["bare"]).strip()).strip()
    team, rest = _team(rest)
    rest = re.sub(rf"^(?:{_FOR})\s+", "", rest, flags=re.I)  # "et pour demain ?"
    if (not rest and not team) or len(rest.split()) > _MAX_WORDS:
        return None
    previous = _query(ctx, asked)
    if team:
        # "and next week for the whole team?": the same question about everyone, maybe then.
        everyone = "group" if ctx.chat.kind == "group" else "everyone"
        previous = replace(previous, whose=everyone, name=None, given=False)
        if not rest:
            return previous, str(asked.get("period") or "")
    if _DAY_AFTER.match(rest) and previous.period is not None:
        day = previous.period.end.astimezone(ctx.zone).date()  # the day after the one asked
        rest = day.isoformat()
    period = read_period(rest, now=ctx.now, tz=ctx.tz)
    if period is not None and _only_time_words(rest):
        query = replace(previous, period=period, overdue=False, undated=False)
        return query, rest
    if m["bare"]:
        return None  # a bare "sam?" is too thin to be about the list just shown
    # "and sam?", or "and priya next week?": a person, with a time or without one.
    who, _, when = _person_first(rest)
    whose, name = _person(ctx, who)
    if whose is None:
        return None
    query = replace(previous, whose=whose, name=name)
    if when and period is not None and _only_time_words(when):
        query = replace(query, period=period, overdue=False, undated=False)
        return query, when
    if when:
        return None
    return query, str(asked.get("period") or "")


_TEAM_EN = (
    r"(?:the\s+)?(?:whole\s+|entire\s+)?(?:team|group|crew)|everyone|everybody|all\s+of\s+us"
    r"|us\s+all|(?:the\s+)?others"
)
# Words that lead to whom a question is about: "for", "pour", "für", "para", "untuk", "ke liye".
_FOR = r"for|of|with|pour|fur|fuer|para|pra|per|voor|untuk|buat|для|у|icin|ke\s+liye|के\s+लिए"


@cache
def _team_said() -> re.Pattern[str]:
    team = "|".join([_TEAM_EN, *(fold(p) for p in data.TEAM_PHRASES.values())])
    return re.compile(
        rf"(?:^|\s)(?:(?:{_FOR})\s+)?(?:{team})(?:\s+(?:{_FOR}|too|as\s+well))?(?=\s|$)"
    )


def _team(rest: str) -> tuple[bool, str]:
    """Whether `rest` names the whole team, and what else it says ("next week")."""
    folded = fold(rest)
    m = _team_said().search(folded)
    if m is None:
        return False, rest
    left = f"{rest[: m.start()]} {rest[m.end() :]}".strip(" ,")
    return True, re.sub(rf"^(?:{_FOR})\s+|\s+(?:{_FOR})$", "", left, flags=re.I).strip()


def _person_first(rest: str) -> tuple[str, str, str]:
    """ "priya next week" -> ("priya", " ", "next week"); "next week for priya" the same."""
    m = re.fullmatch(r"(?P<when>.+?)\s+(?:for|with|of)\s+(?P<who>\S+)", rest, re.I)
    if m:
        return m["who"], " ", m["when"]
    return rest.partition(" ")


def _query(ctx: Context, asked: dict[str, Any]) -> Query:
    said = str(asked.get("period") or "")
    return Query(
        whose=str(asked.get("whose") or "me"),
        name=asked.get("name") if isinstance(asked.get("name"), str) else None,
        state=str(asked.get("state") or "open"),
        period=read_period(said, now=ctx.now, tz=ctx.tz) if said else None,
        overdue=bool(asked.get("overdue")),
        undated=bool(asked.get("undated")),
        given=bool(asked.get("given")),
        topic=str(asked.get("topic") or ""),
    )


def _only_time_words(rest: str) -> bool:
    """Whether `rest` says a time and nothing else ("next month", "the 14th", not "gym friday")."""
    words = re.findall(r"[^\W\d_]+", english_time_words(rest, locale=current_locale()).casefold())
    return all(w in NOT_NAMES or w in _TIME_WORDS or len(w) <= 2 for w in words)


_TIME_WORDS = frozenset(
    re.findall(
        r"\w+",
        """tmrw tmr tmrow tomorow tommorow tonite day days weeks months coming following upcoming
        rest end start beginning th st nd rd morning afternoon evening night after before until
        between couple few one two three four five six seven eight nine ten fortnight weekday
        weekdays""",
    )
)


def _person(ctx: Context, rest: str) -> tuple[str | None, str | None]:
    """("me" | "person", name) for "me" or someone known here; (None, None) otherwise."""
    if _ME.match(rest):
        return "me", None
    word = re.sub(r"(?:'s|’s|s')$", "", rest.strip().lstrip("@"))
    if not re.fullmatch(r"[^\W\d_][\w.\-]*", word) or word.casefold() in NOT_NAMES:
        return None, None
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=word
    )
    if not found:
        return None, None
    if any(p.id == ctx.person_id for p in found):
        return "me", None
    return "person", found[0].display_name.split(" ")[0] if len(found) == 1 else word
