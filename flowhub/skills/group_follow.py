"""Group follow-through: plain answers that act on the bot's own list or on one of several cards.

"done 1" or "1 is done, he just uploaded it" said in a group right after the bot's numbered list
ticks that line off, whoever asked for the list. "sure, I can look at it wednesday evening" or
"sure Priya, I'll sign it off thursday" from the person a waiting card names says yes to that
card, even when other cards wait too: it must say when or name the card, and its other words
must be the card's own words, names or filler, so a yes about something else takes no card.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from sqlmodel import col, select

from flowhub.nlp import parse_when, pm_words
from flowhub.skills.context import Context
from flowhub.skills.refer import match_titles, tokens
from flowhub.storage import Outbox, Proposal, as_utc, people, tasks

# How long the bot's numbered list stays what "done 1" in the group counts in.
_LIST_SHOWN = timedelta(minutes=30)
# How many of the bot's latest messages here may stand between the list and the answer.
_LOOK_BACK = 3
# "done 1", "done 1 and 3", "1 is done, he just uploaded it", "#2 finished".
_DONE_FIRST = re.compile(
    r"^\W*(?:done|finished|completed?)\s*(?:#|no\.?\s*|number\s+)?(?P<n>\d+(?:\s*(?:,|and|&)\s*#?\d+)*)"
    r"\s*(?:$|[.!,;:-]|\s+(?:is|was|btw|then|too)\b)",
    re.I,
)
_DONE_AFTER = re.compile(
    r"^\W*(?:(?:ok|so|and|also)[\s,]+)*(?:#|no\.?\s*|number\s+)?(?P<n>\d+(?:\s*(?:,|and|&)\s*#?\d+)*)"
    r"\s+(?:is|was|are|were|'s)?\s*(?:done|finished|complete[d]?|sorted|ticked off)\b"
    r"\s*(?:$|[.!,;:—-])",
    re.I,
)
_YES_LEAD = re.compile(
    r"^\W*(?:ok(?:ay)?|k|sure|yes|yep|yeah|yup|fine|will do|on it|no problem|np|can do|deal"
    r"|of course|absolutely|happy to|i'?ll|i will|i can)\b",
    re.I,
)
# Words a yes may hold besides the card's own words and people's names.
_FILL = frozenset(
    [
        "ok", "okay", "k", "sure", "yes", "yep", "yeah", "yup", "fine", "will", "do", "on", "it",
        "no", "problem", "np", "can", "deal", "i", "i'll", "ill", "that", "this", "then", "one",
        "thing", "latest", "by", "at", "the", "in", "morning", "afternoon", "evening", "get", "to",
        "done", "have", "ready", "look", "looking", "over", "into", "off", "take", "care", "of",
        "handle", "sort", "check", "course", "absolutely", "happy", "for", "you", "u", "a", "an",
        "just", "too", "also", "as", "well", "sounds", "good", "great", "be", "is", "it's", "its",
        "first", "thanks", "thx", "after", "before", "end", "of", "day", "eod", "night", "tonight",
        "with", "and", "my", "me", "from", "side", "so", "ya", "yah",
    ]
)  # fmt: skip


def done_on_list(ctx: Context, text: str) -> bool:
    """ "done 1" right after the bot's numbered list here: read it as "done 1" in reply to it."""
    m = _DONE_FIRST.match(text) or _DONE_AFTER.match(text)
    if m is None:
        return False
    numbers = [int(n) for n in re.findall(r"\d+", m["n"])]
    row = _latest_list(ctx)
    if row is None or not row.ref or not row.platform_message_id:
        return False
    ids = [i for i in row.ref.removeprefix("list:").split(",") if i.isdigit()]
    if not numbers or not all(1 <= n <= len(ids) for n in numbers):
        return False
    ctx.event = replace(ctx.event, reply_to=row.platform_message_id, addressed=True)
    ctx.thread.last_list, ctx.thread.list_kind = [int(i) for i in ids], "tasks"
    ctx.text = "done " + ", ".join(str(n) for n in numbers)
    return True


def yes_to_card(ctx: Context, card: Proposal, text: str) -> bool:
    """A yes from the card's person whose other words are the card's, names or filler; the
    message is then said the way a plain yes (with its day) reads."""
    text = text.strip()
    if not _YES_LEAD.match(text) or len(text.split()) > 16:
        return False
    found = parse_when(text, now=ctx.now, tz=ctx.tz)
    if found is not None and found.rrule:
        return False
    rest = text if found is None else text[: found.span[0]] + " " + text[found.span[1] :]
    said = set(re.findall(r"[\w']+", rest.casefold()))
    title = tokens(card.title)
    names = _names(ctx)
    other = {w for w in said if w not in _FILL and w not in names and not _in(w, title)}
    # A bare "ok sounds good" is chat: the yes must say when, or name the card's own words.
    named = {w for w in said if w not in _FILL and _in(w, title)}
    if other or (found is None and not named):
        return False
    when = "" if found is None else " " + pm_words(text[found.span[0] : found.span[1]])
    ctx.text = f"sure, will do{when}" if when else "sure"
    return True


def _in(word: str, title: set[str]) -> bool:
    """Whether `word` is one of the title's words, or the same word with another ending."""
    return any(word == t or (len(word) > 3 and t.startswith(word[:4])) for t in title)


def _names(ctx: Context) -> set[str]:
    """The first names of the people of this workspace, folded."""
    found = people.get_workspace_people(session=ctx.session, workspace_id=ctx.workspace_id)
    return {w for p in found for w in p.display_name.casefold().split()[:1]}


def _latest_list(ctx: Context) -> Outbox | None:
    """The bot's numbered task list among its last few messages here, while still current."""
    rows = ctx.session.exec(
        select(Outbox)
        .where(Outbox.platform == ctx.event.platform, Outbox.chat == ctx.event.chat)
        .order_by(col(Outbox.id).desc())
        .limit(_LOOK_BACK)
    ).all()
    for row in rows:
        if ctx.now - as_utc(row.created_at) > _LIST_SHOWN:
            return None
        if row.ref and row.ref.startswith("list:"):
            return row
    return None


# "rename the sync one to 'Monday planning sync'", "call the florist task 'Chase florist'".
_RENAME = re.compile(
    r"^\W*(?:(?:ok|so|also|oh and)[\s,]+)?(?:pls\s+|please\s+|can you\s+|could you\s+)?"
    r"(?:rename|retitle)\s+(?P<what>.+?)\s+(?:to|as)\s+(?P<new>\S.*)$",
    re.I,
)
_ONE = re.compile(r"\b(?:one|thing|task|card|item)\b", re.I)


def renames(ctx: Context, text: str) -> bool:
    """ "rename the sync one to 'Monday planning sync'" about one open task the sender asked
    for or has: meant for the bot though nobody named it."""
    m = _RENAME.match(text.strip())
    if m is None:
        return False
    what = _ONE.sub(" ", m["what"])
    if not tokens(what):
        return False
    own = [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session, workspace_id=ctx.workspace_id, status="open", limit=200
        )
        if ctx.person_id in (t.creator_id, t.assignee_id)
    ]
    if len(match_titles(what, own)) != 1:
        return False
    ctx.event = replace(ctx.event, addressed=True)
    return True
