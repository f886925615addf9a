"""News from the person a task was just given to that it is already done: "ordered already
actually, they're coming weds 🙌" to "Order the shower trays for mueller" ticks it off (taken on
and done), with one short line.

The news says the task's own verb in the past ("ordered" for "Order …") or a done word, names
nothing else, and there is one task given to the sender in this chat within the last hours.
"""

from __future__ import annotations

import re
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.skills.context import Context
from flowhub.skills.done_context import tick
from flowhub.skills.done_pool import sender_open
from flowhub.skills.done_words import ticks
from flowhub.skills.refer import tokens
from flowhub.skills.refer_words import CLAUSES, DONE_WORD, NOT_NEWS, past_forms
from flowhub.storage import Task, as_utc

__all__ = ["handle"]

_WINDOW = timedelta(hours=3)
_MOST_WORDS = 20
# The first clause of the news: the verb, "it" or "them", and when it happened.
_SMALL_TEXT = (
    "it them that this those these already actually just all both now yesterday today this "
    "morning earlier last night lol haha oh yes yep yeah ya ok okay sure done i we've i've ive "
    "weve have has was were been got"
)
_SMALL = frozenset(_SMALL_TEXT.split())


def handle(ctx: Context) -> list[Reply] | None:
    """Tick off the task just given to the sender that their news says is already done."""
    text = ticks(ctx.text).strip()
    if not text or "?" in text or len(text.split()) > _MOST_WORDS or NOT_NEWS.search(text):
        return None
    given = [t for t in sender_open(ctx) if _just_given(ctx, t)]
    if len(given) != 1:
        return None
    task = given[0]
    first = next((c for c in CLAUSES.split(text) if c.strip()), "")
    if not _says_done(first, task):
        return None
    # Done before it was even answered: taken on and ticked in one write, so a group message
    # not said to the bot still reads as the answer to the task given here.
    task.assignment = "accepted"
    return tick(ctx, task)


def _just_given(ctx: Context, task: Task) -> bool:
    """Whether someone else gave `task` to the sender in this chat a short while ago."""
    return (
        task.assignee_id == ctx.person_id
        and task.creator_id != ctx.person_id
        and task.chat_id == ctx.chat_id
        and ctx.now - as_utc(task.updated_at) <= _WINDOW
    )


def _says_done(clause: str, task: Task) -> bool:
    """Whether `clause` says the task's verb in the past, or done, and names nothing else."""
    said = re.findall(r"[\w'’]+", clause.casefold())
    verb = task.title.split()[0].casefold() if task.title.split() else ""
    past = past_forms(verb) if verb.isalpha() else set()
    if not (set(said) & past or DONE_WORD.search(clause)):
        return False
    title = tokens(task.title)
    rest = {w for w in said if w not in past and w not in _SMALL and len(w) > 1} - title
    return not rest
