"""News that the result of one of the sender's open tasks is there: "@Sam new Becker plan is in
the drive, go ahead with the quote" while "Redo Becker kitchen plan" is open.

The bot offers to tick that task off (a Done button) and changes nothing by itself: the plan may
be a draft, and only its owner knows.
"""

from __future__ import annotations

import re

from flowhub.connectors import Button, Reply
from flowhub.i18n import localized
from flowhub.nlp import classify_intent
from flowhub.skills import done_context, done_news, group_said, group_words, words
from flowhub.skills.context import Context
from flowhub.skills.refer import tokens
from flowhub.storage import Task, people, tasks

_SEVERAL = re.compile(r"\b(?:both|all\s+(?:of\s+them|done|three|four)|each)\b", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_MENTION = re.compile(r"^\s*(?:@[\w.-]+[\s,:]*)+")
_PLACE = (
    r"(?:in|on|to)\s+(?:the\s+|our\s+|your\s+)?(?:shared\s+)?(?:drive|google\s+drive|dropbox"
    r"|folder|cloud|server|onedrive|sharepoint|shared\s+folder|inbox|channel)"
)
# "X is in the drive", "X is up", "X is ready", "X is uploaded", "X has been shared".
_IS_THERE = re.compile(
    r"^(?P<what>[^,;.!?]{3,60}?)\s+(?:is|are|'s|has\s+been|have\s+been)\s+(?:now\s+|finally\s+)?"
    rf"(?:{_PLACE}|up(?:loaded)?|ready|attached|online|shared)\b",
    re.I,
)
# "I put the new Becker plan in the drive", "uploaded the Becker plan to the drive".
_PUT = re.compile(
    r"^(?:i\s+(?:just\s+)?|just\s+)?(?:put|uploaded|shared|dropped|saved|added|posted)\s+"
    rf"(?P<what>[^,;.!?]{{3,60}}?)\s+{_PLACE}\b",
    re.I,
)
# Words that say which version, not which thing.
_VERSION_TEXT = "new the a an our my revised updated latest final finished fixed redone reworked v2"
_VERSION = frozenset(_VERSION_TEXT.split())


def handle(ctx: Context) -> list[Reply] | None:
    """Tick off the task done news speaks of through the chat ("closing that one"), or offer
    to tick off the task whose result the message says is there; None otherwise."""
    group_said.trim(ctx)  # "on it - call it '…'", "will do, back on the 14th"
    closed = done_context.handle(ctx)
    if closed is not None:
        return closed
    if _SEVERAL.search(ctx.text):
        return None  # "both done, cake was picked up and …": one done reading covers them all
    news = done_news.find(ctx, ctx.text)
    if news is not None and _more_to_do(ctx):
        return None  # "the invoice is sent. I have to order the grout friday": both are read later
    if news is not None and news.sure:
        return done_context.tick(ctx, news.task)
    task = news.task if news is not None else _ready(ctx, ctx.text)
    if task is None:
        return None
    done = Button(f"done:{task.id}", localized(words.MARK_DONE_LABEL))
    said = group_words.READY_TICK.format(title=task.title)
    return [Reply(said, buttons=(done,), ref=f"task:{task.id}")]


def _more_to_do(ctx: Context) -> bool:
    """Whether a sentence beside the news asks for something new."""
    said = [s for s in _SENTENCES.split(ctx.text.strip()) if s.strip()]
    return len(said) > 1 and any(
        classify_intent(s) in ("capture", "remind") and done_news.find(ctx, s) is None for s in said
    )


def found(ctx: Context, text: str) -> bool:
    """Whether `text` says the result of one of the sender's open tasks is there."""
    return done_news.find(ctx, text) is not None or _ready(ctx, text) is not None


def ready(ctx: Context, text: str) -> Task | None:
    """The sender's one open task whose result `text` says is there ("the draft is ready")."""
    return _ready(ctx, text)


def _ready(ctx: Context, text: str) -> Task | None:
    said = _MENTION.sub("", text.strip())
    first, _, rest = said.partition(" ")
    if rest and _named(ctx, first.strip(",:")):
        said = rest  # "Ana the turbot quote is in your inbox": said to Ana
    if said.endswith("?") or said.casefold().startswith(("is ", "are ", "has ", "have ")):
        return None
    m = _IS_THERE.match(said) or _PUT.match(said)
    if m is None:
        return None
    wanted = tokens(m["what"]) - _VERSION
    if not wanted:
        return None
    mine = [t for t in _open(ctx) if wanted <= tokens(t.title)]
    return mine[0] if len(mine) == 1 else None


def _named(ctx: Context, word: str) -> bool:
    """Whether `word` is the name of one person in the workspace."""
    if len(word) < 2 or not word.isalpha():
        return False
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=word
    )
    return len(found) == 1


def _open(ctx: Context) -> list[Task]:
    """The sender's open tasks: given to them, or made by them and given to nobody."""
    found = tasks.get_all_tasks(
        session=ctx.session, workspace_id=ctx.workspace_id, status="open", limit=200
    )
    return [
        t
        for t in found
        if t.assignee_id == ctx.person_id
        or (t.assignee_id is None and t.creator_id == ctx.person_id and not t.assignee_name)
    ]
