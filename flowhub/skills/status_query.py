"""Reading a status question: whose tasks, which state, and which period.

Whose: the asker ("my"), a named person ("Sam's", "what's Sam got on?", "what does Priya have"),
the group ("the team's", "in this group", "everyone"), or what the asker gave others ("what did I
give Sam?", "what am I waiting on?"). Which: open (the default), done, or everything. When: a
`Period` (see `status_period`), overdue, or no date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from flowhub.nlp import classify_intent
from flowhub.skills import status_said_words as said_words
from flowhub.skills.status_period import Period, read_period
from flowhub.skills.status_topic import read_topic

_NAME = r"@?(?P<name>[^\W\d_][\w\u0900-\u097f.\-]*)"  # a name in any script ("Priya", "Прии")
_GAVE = tuple(
    re.compile(p, re.I)
    for p in (
        r"\b(?:did|have|had|has)\s+i\s+(?:give|given|gave|assign(?:ed)?|delegate[d]?|hand(?:ed)?"
        r"|pass(?:ed)?)\b(?:\s+(?:out|over)\b)?(?:\s+to\b)?(?:\s+" + _NAME + r")?",
        r"\bi\s+(?:gave|assigned|delegated|handed|passed)\b(?:\s+(?:out|over)\b)?(?:\s+to\b)?"
        r"(?:\s+" + _NAME + r")?",
        r"^\s*(?:tasks?\s+|things?\s+)?(?:given|assigned|delegated|handed)\s+(?:out\s+)?"
        r"(?:by me\s+)?to\s+" + _NAME + r"(?:\s+by me)?\s*\??\s*$",
        r"\bwait(?:ing)?\s+(?:on|for)\b(?:\s+(?:from\s+)?" + _NAME + r")?",
        r"\b(?:does|do)\s+" + _NAME + r"\s+owe\s+me\b",
        r"\bowed\s+to\s+me\b|\bassigned\s+by\s+me\b|\bdelegated\b|\bgiven\s+out\b",
    )
)
# Tasks someone gave the asker: "what do I owe Priya", "what did Sam give me".
_FROM = re.compile(
    r"\bwhat(?:'s|’s|s|\s+is|\s+has|\s+does)\s+"
    + _NAME.replace("name", "n4")
    + r"\s+(?:(?:been\s+)?waiting\s+(?:on|for)|need(?:s|ing)?|want(?:s|ing)?|expect(?:s|ing)?)"
    r"\s+(?:from\s+me|me\s+(?:to|for))\b"
    r"|\b(?:do|did)\s+i\s+owe\s+"
    + _NAME
    + r"|\b(?:did|has|have)\s+"
    + _NAME.replace("name", "n2")
    + r"\s+(?:give|given|gave|assign(?:ed)?|ask(?:ed)?)\s+(?:to\s+)?me\b",
    re.I,
)
# What someone else handed out: "what's Ana waiting on?", "what did Sam assign?".
_GAVE_BY = re.compile(
    r"\bwhat(?:'s|’s|\s+is|\s+has)\s+" + _NAME + r"\s+(?:waiting|been\s+waiting)\s+(?:on|for)\b"
    r"|\bwhat\s+(?:did|has)\s+" + _NAME.replace("name", "n3") + r"\s+(?:give|given|gave|"
    r"assign(?:ed)?|delegate[d]?|hand(?:ed)?\s+out)\b(?!\s+(?:to\s+)?(?:me|us)\b)",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:my|me|i|mine|i'm|i've)\b", re.I)
_POSSESSIVE = re.compile(r"(?<![\w'])(?P<name>[A-Za-zÀ-ÿ][\w.\-]*)(?:'s|’s|s')(?=\s|$|[?,.!])")
_GROUP = re.compile(
    r"\b(?:this|the|our)\s+(?:group|channel|chat|team)\b|\bteam(?:'s|’s)?\b|\beveryone(?:'s)?\b"
    r"|\beverybody(?:'s)?\b|\ball\s+of\s+us\b|\bwe\b|\bin\s+here\b|\bgroup\s+tasks\b",
    re.I,
)
# "show me all open tasks" with no "my": everything the asker may see, not only their own.
_ALL_TASKS = re.compile(
    r"\ball\s+(?:the\s+)?(?:open\s+|pending\s+|outstanding\s+|current\s+)?(?:tasks|to-?dos)\b",
    re.I,
)
_OVERDUE = re.compile(
    r"\bon\s+top\s+of\s+(?:things|everything|it\s+all|my\s+\w+)|\bon\s+track\b"
    r"|\b(?:overdue|late\b|past\s+due|missed|behind|vencid|atrasad|en\s+retard|überfällig)"
    rf"|\b(?:{said_words.OVERDUE})\b",
    re.I,
)
_UNDATED = re.compile(
    r"\b(?:no|without(?:\s+an?)?|missing(?:\s+an?)?|lacking(?:\s+an?)?)\s+(?:due\s+)?"
    r"(?:dates?|deadlines?)\b|\bundated\b|\bsomeday\b|\bno\s+due\b",
    re.I,
)
_DONE = re.compile(
    r"\b(?:done|finish(?:ed)?|complete[d]?|closed|ticked\s+off|checked\s+off|accomplish(?:ed)?"
    r"|wrapped\s+up|got\s+through|achieved)\b",
    re.I,
)
_STILL_OPEN = re.compile(
    r"\b(?:left|remaining|still|not\s+(?:yet\s+)?(?:done|finished|completed)|unfinished|to\s+do"
    r"|todo|pending|open|outstanding|overdue)\b",
    re.I,
)
_EVERYTHING = re.compile(
    r"\b(?:everything(?!\s+(?:that(?:'s|’s|\s+is)\s+|which\s+is\s+)?(?:still\s+)?"
    r"(?:open|pending|left|outstanding|not\s+done))"
    r"|all\s+(?:my\s+|the\s+|of\s+my\s+)?tasks|all\s+of\s+them|including\s+done"
    r"|done\s+(?:and|or)\s+(?:not|open)|open\s+(?:and|or)\s+done)\b",
    re.I,
)
# Words that look like names in a question but are not people.
_NOT_NAME_WORDS = """
    i me my mine you your we our us he she they them their it its this that what what's
    whats which who whom whose how when where there here the a an and or any anything anyone
    everyone everybody someone nobody all team group chat channel today tomorrow tonight week
    weekend month year monday tuesday wednesday thursday friday saturday sunday mon tue wed thu
    fri sat sun january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec is are was were do does did have
    has had got get on for from to by with of in at due open done left overdue next last this
    tasks task list todo todos plate agenda schedule show tell give gave given assigned waiting
    please pls hey hi bot flowhub let let's it's that's there's here's who's today's tomorrow's
    week's month's else others other people ppl peeps folks guys everybody anybody somebody u ya
    yall y'all things stuff still yet now up be been working
    doing finished completed finish complete also just so ok okay"""
NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())


@dataclass(frozen=True)
class Query:
    """A status question, read.

    `whose` is "me", "person" (named by `name`), "group", "everyone", "gave" (tasks the asker
    gave others, to `name` when given), "from" (tasks `name` gave the asker) or "gave_by" (tasks
    `name` gave anyone, as far as the asker may see them); `state` is
    "open", "done" or "all"; `given` adds what the asker gave others to their own ("what got
    done this week?" asks about the work the asker is behind, not only what they did).
    """

    whose: str = "me"
    name: str | None = None
    state: str = "open"
    period: Period | None = None
    overdue: bool = False
    undated: bool = False
    topic: str = ""
    given: bool = False


def read_query(
    text: str, *, now: datetime, tz: str, in_group: bool, is_person: Callable[[str], bool]
) -> Query:
    """Read `text` into a `Query`; `is_person` tells whether a word names someone known here."""
    whose, name = _whose(text, in_group=in_group, is_person=is_person)
    overdue = bool(_OVERDUE.search(text))
    undated = bool(_UNDATED.search(text)) and not overdue
    state = "open"
    if _EVERYTHING.search(text):
        state = "all"
    elif (_DONE.search(text) or _done_said().search(text)) and not _STILL_OPEN.search(text):
        state = "done"
    period = None if overdue or undated else read_period(text, now=now, tz=tz)
    topic = read_topic(text, not_names=NOT_NAMES, is_person=is_person)
    given = whose == "me" and state == "done" and not _FIRST_PERSON.search(text)
    if topic and whose == "me" and not _FIRST_PERSON.search(text):
        # "what's still open for the permit?": the subject's tasks, whoever has them.
        whose = "group" if in_group else "everyone"
    return Query(whose, name, state, period, overdue, undated, topic, given)


@cache
def _done_said() -> re.Pattern[str]:
    """Words of done in the other languages: "erledigt", "terminé", "selesai", "ho gaya"."""
    return re.compile(rf"(?<![\w'])(?:{said_words.TEAM_DONE})", re.I)


def _whose(
    text: str, *, in_group: bool, is_person: Callable[[str], bool]
) -> tuple[str, str | None]:
    m = _FROM.search(text)
    giver = m and (m["name"] or m["n2"] or m["n4"])
    if giver and giver.lower() not in NOT_NAMES:
        return "from", giver
    m = _GAVE_BY.search(text)
    handed_out = m and (m["name"] or m["n3"])
    if handed_out and handed_out.lower() not in NOT_NAMES:
        return "gave_by", handed_out
    for pattern in _GAVE:
        m = pattern.search(text)
        if m:
            name = m.groupdict().get("name")
            name = name if name and name.lower() not in NOT_NAMES else None
            return "gave", name
    named = _named_person(text, is_person)
    if named is not None:
        return "person", named
    if _GROUP.search(text) or _ALL_TASKS.search(text):
        return ("group" if in_group else "everyone"), None
    # Asked in a group without "my", a question is about the group: its answer is read by all.
    if in_group and not _FIRST_PERSON.search(text):
        return "group", None
    return "me", None


def _named_person(text: str, is_person: Callable[[str], bool]) -> str | None:
    """A person the question is about: a possessive ("Sam's"), or a known person's name."""
    for m in _POSSESSIVE.finditer(text):
        name = m.group("name")
        if name.lower() not in NOT_NAMES and (is_person(name) or name[0].isupper()):
            return name
    for word_match in re.finditer(r"@?([^\W\d_][\w\u0900-\u097f.\-]*)", text):
        word = word_match.group(1).rstrip(".")
        if word.lower() in NOT_NAMES or len(word) < 2:
            continue
        if is_person(word):
            return word
        # "priyas list": a possessive typed without its apostrophe.
        if len(word) > 3 and word.lower().endswith("s") and is_person(word[:-1]):
            return word[:-1]
    for pattern in _ABOUT:
        about = pattern.search(text)
        if about and about["name"].lower() not in NOT_NAMES and about["name"][0].isupper():
            return about["name"]
    return None


_ABOUT = tuple(
    re.compile(p, re.I)
    for p in (
        r"\b(?:what|which)(?:'s|\s+is|\s+does|\s+has|\s+did)\s+" + _NAME + r"\s+(?:got|have|"
        r"has|doing|working|finish(?:ed)?|complete[d]?|done|on)\b",
        r"\b(?:tasks?|todos?|things)\s+(?:for|of)\s+" + _NAME + r"\s*\??\s*$",
        r"\b(?:for|does|has|is)\s+" + _NAME + r"\s+(?:got|have|has|due|on)\b",
    )
)


_QUESTION = re.compile(
    r"^\s*(?:@\w+[\s,:]+)?(?:so\s+|and\s+|ok\s+|okay\s+|hey\s+)?(?:just\s+|please\s+|pls\s+)?"
    r"(?:what|whats|which|anything|any|show|list|"
    r"tell\s+me|ho?w\s+(?:many|much))\b.*\b(?:got|get|on|have|has|had|finish(?:ed)?|complete[d]?|done|"
    r"waiting|owe|due|left|doing|working|gave|give|given|assigned|delegated|tasks?|todos?|plate|"
    r"date|deadline|undated|closed|open|pending|coming\s+up|upcoming|ahead|planned|scheduled|agenda|"
    r"need\s+to\s+do|to\s+do|outstanding|overdue|(?:need|want|expect)(?:s|ing)?\s+from\s+me|"
    r"(?:late|behind|past\s+due)(?=\s*(?:$|[?!.]|in\b|on\b|for\b|here\b|with\b)))\b"
    r"|^\s*(?:@\w+[\s,:]+)?(?:am\s+i|are\s+we|is\s+\w+)\s+(?:behind|late)\s+(?:on|with)\b"
    r"|^\s*(?:so\s+|and\s+)?(?:am\s+i|are\s+we|is\s+\w+)\s+(?:on\s+top\s+of\s+(?:things|everything"
    r"|it\s+all|my\s+\w+)|on\s+track|behind)\b"
    # "how's sam doing (with his stuff)?": that person's open tasks.
    r"|^\s*(?:so\s+|and\s+)?how(?:'s|’s|s|\s+is|\s+are)\s+(?!(?:it|you|u|ya|things|everything"
    r"|everyone|life|work|we|the|that|this|your)\b)[A-Za-zÀ-ÿ]+\s+(?:doing|getting\s+on"
    r"|coming\s+along|getting\s+along|progressing|keeping\s+up)\b"
    r"|^\s*(?:@\w+[\s,:]+)?(?:so\s+|and\s+)?how(?:'s|’s|\s+is|\s+does|\s+do)\s+"
    r"(?:(?:my|our|the|your|this|next|[A-Za-zÀ-ÿ]+(?:'s|’s))\s+){1,2}"
    r"(?:week|day|month|weekend|schedule|plate)\b"
    r"|^\s*(?:@\w+[\s,:]+)?(?:so\s+|and\s+)?anything\s+(?:(?:for|on|due|left|else|on\s+for)\s+)+"
    r"(?:the\s+)?(?:today|tonight|tomorrow|this|next|rest|remainder|coming)\b"
    r"|^\s*(?:@\w+[\s,:]+)?(?:so\s+|and\s+)?(?:anything|any\s+tasks?|what(?:'s|’s|s|\s+is)?)\s+"
    r"(?:(?:open|left|pending|still)\s+)*(?:with\s+[\w'’\"“”\-]+(?:\s+[\w'’\-]+)?\s+in\s+(?:it|them)"
    r"|mentioning|containing)\b"
    r"|^\s*(?:@\w+[\s,:]+)?(?:so\s+|and\s+)?anything\s+(?:(?:open|left|pending|still|due)\s+)*"
    r"(?:for|about|regarding)\s+(?:the|our|that|this)\s+[\w'’\- ]{2,40}\?*\s*$"
    r"|\b[A-Za-zÀ-ÿ]+(?:'s|’s)\s+(?:tasks?|list|todos?|week|day|month|plate|agenda|schedule)\b"
    r"|^\s*(?:everything|all|tasks?|things?|stuff)\s+(?:that\s+)?i\s+(?:gave|assigned|delegated)"
    r"|^\s*(?:tasks?|todos?)\s+(?:for|of|without|with\s+no)\s+\w+"
    r"|^\s*(?:everything|all\s+tasks|waiting\s+on\s+others)\s*\??\s*$",
    re.I,
)


# "anything between the 10th and the 15th?": a bare "anything" asks about the period it names.
_ANY_PERIOD = re.compile(
    r"^\s*(?:so\s+|and\s+|ok\s+)?(?:anything|any\s+tasks?|any\s+deadlines?|stuff)\s+"
    r"(?:(?:due|left|on|open|else|planned|coming\s+up)\s+)*"
    r"(?:between|before|b4|after|from|until|till|by|in|over|during|this|next|for|on)\b",
    re.I,
)


def asks_period(text: str, *, now: datetime, tz: str) -> bool:
    """Whether `text` asks for anything in a period it names ("anything before the 20th?")."""
    if not _ANY_PERIOD.search(text) or re.search(r"[,;:]", text):
        return False  # "anything in the fridge needs to go, throw it out saturday" is a task
    short = text.rstrip().endswith("?") or len(text.split()) <= 6
    return short and read_period(text, now=now, tz=tz) is not None


def looks_like_question(text: str) -> bool:
    """Whether `text` reads as a status question even when the intent reader missed it."""
    return bool(_QUESTION.search(text)) and len(text) < 200


def asks_status(english: str) -> bool:
    """Whether an English command ("what did I delegate?", "what does Ana have?") asks about
    the list rather than changing it."""
    return looks_like_question(english) or classify_intent(english) == "query"
