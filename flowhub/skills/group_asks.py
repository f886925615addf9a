"""Which unaddressed group question is put to the bot: one about tasks and people's work.

"what's on my plate for monday?", "anything overdue?", "what's Sam working on this week?" and
"so who has the tile delivery now?" (when an open task fits its words) ask what the bot knows,
so it answers them without being named. Questions people ask each other ("what's for lunch?",
"who's coming tonight?", "@Sam what are you up to?") stay theirs, and so does a who-question
the bot has just answered with nothing changed since.
"""

from __future__ import annotations

import re
from datetime import timedelta

from sqlmodel import col, select

from flowhub.nlp import classify_intent, read_admin, read_insight
from flowhub.skills import group_status, status_follow, who_has
from flowhub.skills.context import Context
from flowhub.skills.refer import list_ref
from flowhub.skills.status_period import read_period
from flowhub.storage import Outbox, Task, as_utc, id_of

_ASKS = re.compile(
    r"\?\s*\W*$|^\W*(?:(?:so|and|ok|okay|ugh|hey|btw)\W+)*(?:what|which|who|whose|when|is|are"
    r"|anything|any|do|does|did|have|has)\b",
    re.I,
)
# Words that make a question one about tasks, deadlines or someone's work.
_ABOUT_WORK = re.compile(
    r"\b(?:on\s+(?:my|his|her|their|our|your|the|\w+'s)\s+(?:plate|list|desk|agenda|to-?do(?:\s+list)?)"
    r"|tasks?|to-?dos?|due|overdue|deadlines?|assigned|working\s+on|behind(?:\s+on)?|urgent"
    r"|what\s+(?:do|does|have|has|did)\s+(?:i|we|he|she|they|\w+)\s+(?:have|got|get)"
    r"|what(?:'s|’s|\s+is)\s+\w+\s+(?:got|doing)\s+(?:today|tomorrow|this|next|on)"
    r"|what(?:'s|’s|\s+is|\s+are)\s+(?:left|open|pending|outstanding))\b",
    re.I,
)
# An answer still on screen: the same question again is people talking it over.
_STILL_SHOWN = timedelta(minutes=10)
# A question that starts with someone's @name is put to that person.
_TO_SOMEONE = re.compile(r"^\W*@(?!flowhub\b)\w+", re.I)


def asks_bot(ctx: Context, text: str) -> bool:
    """Whether an unaddressed group question asks the bot about tasks or who has one."""
    text = text.strip()
    if ctx.chat.kind != "group" or _TO_SOMEONE.match(text):
        return False
    if group_status.read(text):  # "team status pls", "where are we on everything?"
        return True
    if _numbers_asked(ctx, text):  # "who's most loaded?", "wie läuft's im Team diese Woche?"
        return True
    if read_admin(text) is not None:  # "make Sam an admin", "who are the admins?"
        return True
    if status_follow.read(ctx) is not None:  # "and priya?" right after the sender's question
        return True
    if _about_member(ctx, text):  # "et sam il en est où avec les vols", "sam'in işleri ne durumda"
        return True
    if not _ASKS.search(text):
        return False
    question = who_has.first_question(text)
    named = who_has.named_tasks(ctx, question)
    if named:
        return not _just_answered(ctx, named)
    return bool(_ABOUT_WORK.search(question)) and classify_intent(question) == "query"


def _about_member(ctx: Context, text: str) -> bool:
    """Whether `text` asks, in any language, how a member of the team is getting on."""
    from flowhub.skills import status_said  # it answers through the status list, which reads this

    return any(
        asked.kind in ("person", "one") and status_said.someones(ctx, asked.what) is not None
        for asked in status_said.readings(text)
    )


def _numbers_asked(ctx: Context, text: str) -> bool:
    """A question about numbers only the bot keeps; a bare "how are we doing?" stays people's
    unless it names a period."""
    asked = read_insight(text)
    if asked is None:
        return False
    if asked.measure != "summary" or asked.subject != "team" or asked.chart:
        return True
    return read_period(text, now=ctx.now, tz=ctx.tz) is not None


def _just_answered(ctx: Context, named: list[Task]) -> bool:
    """Whether the bot's last word here was who has one of these tasks, and nothing changed."""
    row = ctx.session.exec(
        select(Outbox)
        .where(Outbox.platform == ctx.event.platform, Outbox.chat == ctx.event.chat)
        .order_by(col(Outbox.id).desc())
    ).first()
    if row is None or ctx.now - as_utc(row.created_at) > _STILL_SHOWN:
        return False
    return any(
        row.ref == list_ref([id_of(t)]) and as_utc(t.updated_at) <= as_utc(row.created_at)
        for t in named
    )
