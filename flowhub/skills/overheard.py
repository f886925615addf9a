"""A group message not said to the bot that acts on the sender's own card or task.

"save the insurance one", "switch the reviews one to every other thursday", "ok accepting that
one": said in a group without the bot's name, each is meant for it as surely as in a private
chat. The skills that change an existing card or task read such a message as if it were said to
the bot, inside a savepoint. The bot answers only when every change is the sender's own and
plainly meant: a card the sender has waiting in this chat, a task of theirs whose title the
message names, or the sender's answer to a task given to them here. Anything else is rolled back
and the bot stays quiet; a guess in a group is worse than silence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, timedelta

from sqlalchemy import event as sa_event
from sqlalchemy import inspect
from sqlalchemy.orm import Session

from flowhub.connectors import Reply
from flowhub.conversations import Thread
from flowhub.nlp import classify_intent, fold
from flowhub.skills.context import Context, Handler
from flowhub.storage import (
    AuditLog,
    Outbox,
    Person,
    Proposal,
    Reminder,
    ReminderOccurrence,
    Task,
)

# A card's own person talks about it for this long after it was shown, without naming it.
_CARD_TALK = timedelta(minutes=10)
_WORD = re.compile(r"[^\W\d_]{4,}")
_COMMON = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "have",
        "will",
        "your",
        "they",
        "them",
        "then",
        "than",
        "what",
        "when",
        "where",
        "which",
        "about",
        "there",
        "their",
        "today",
        "tomorrow",
        "week",
        "next",
        "call",
        "send",
        "make",
        "check",
    ]
)


def acted(ctx: Context, skills: Sequence[Handler]) -> list[Reply]:
    """The replies of the first skill that acts on the sender's own card or task, else []."""
    text = ctx.text.strip()
    if not text or ctx.chat.kind != "group" or ctx.event.raw.get("edited"):
        return []
    thread, jobs, event, intent = ctx.thread.to_data(), len(ctx.jobs), ctx.event, ctx.intent
    verdicts: list[bool] = []
    answered: set[int] = set()  # a task judged the sender's stays so for the whole message
    made: set[int] = set()  # rows this message made: "1 is mine, save all" saves, then gives

    def judged(obj: object, new: bool) -> bool:
        if isinstance(obj, Task) and obj.id in answered:
            return True
        new = new or (id(obj) in made and _given_as_said(ctx, obj, text))
        if new:
            made.add(id(obj))
        mine = _owned(ctx, obj, new, text)
        if mine and isinstance(obj, Task) and obj.id is not None:
            answered.add(obj.id)
        return mine

    def note(session: Session, *_args: object) -> None:
        verdicts.extend(judged(o, True) for o in session.new)
        dirty = [o for o in session.dirty if session.is_modified(o)]
        verdicts.extend(judged(o, False) for o in [*dirty, *session.deleted])

    ctx.event = replace(event, addressed=True)
    ctx.intent = classify_intent(ctx.text)
    savepoint = ctx.session.begin_nested()
    sa_event.listen(ctx.session, "before_flush", note)
    try:
        replies = _first(ctx, skills)
        ctx.session.flush()
    finally:
        sa_event.remove(ctx.session, "before_flush", note)
    if replies and verdicts and all(verdicts):
        savepoint.commit()
        return replies
    savepoint.rollback()
    ctx.thread = Thread.from_data(thread)
    del ctx.jobs[jobs:]
    ctx.event, ctx.intent = event, intent
    return []


def _first(ctx: Context, skills: Sequence[Handler]) -> list[Reply] | None:
    for skill in skills:
        replies = skill(ctx)
        if replies is not None:
            return replies
    return None


def _owned(ctx: Context, obj: object, new: bool, text: str) -> bool:
    """Whether a changed row is the sender's and the message plainly means it."""
    me = ctx.person_id
    if isinstance(obj, Proposal):  # named, or the card still being talked about
        at = obj.created_at if obj.created_at.tzinfo else obj.created_at.replace(tzinfo=UTC)
        recent = ctx.now - at <= _CARD_TALK
        return (
            obj.chat_id == ctx.chat_id
            and obj.person_id == me
            and (recent or _names(obj.title, text))
        )
    if isinstance(obj, Task):
        if new:  # saved from the sender's own card here
            return obj.creator_id == me and obj.chat_id == ctx.chat_id
        if obj.assignee_id == me and obj.chat_id == ctx.chat_id and _answered(obj):
            return True  # the answer to a task given to the sender here
        return me in (obj.creator_id, obj.assignee_id) and _names(obj.title, text)
    if isinstance(obj, Reminder):
        return obj.person_id == me and _names(obj.text, text)
    return isinstance(obj, AuditLog | Outbox | ReminderOccurrence)  # what the change brings


def _given_as_said(ctx: Context, obj: object, text: str) -> bool:
    """Whether a task this message made went to the sender or to someone the message names
    ("1 is mine, save all", "2 is sam's, save all"), not to whoever its card guessed."""
    if not isinstance(obj, Task) or obj.assignee_id is None:
        return False
    if obj.assignee_id == ctx.person_id:
        return True
    person = ctx.session.get(Person, obj.assignee_id)
    name = fold(person.display_name).lower().split() if person is not None else []
    return bool(name) and name[0] in re.findall(r"[^\W\d_]+", fold(text).lower())


def _answered(task: Task) -> bool:
    """Whether this change accepts or declines the task (its assignment moved on)."""
    history = inspect(task).attrs.assignment.history
    return history.has_changes() and task.assignment in ("accepted", "declined")


def _names(title: str, text: str) -> bool:
    """Whether the message names the title by words of its own after the verb ("the insurance
    one" for "Call the insurance"), not by the verb that many tasks share ("order"): one word
    for a short title, two for a long one, so "kitchen lunch ho gaya" is no kitchen order."""
    said = set(_WORD.findall(fold(text).lower()))
    own = {w for w in _WORD.findall(fold(title).lower())[1:] if w not in _COMMON}
    return len(own & said) >= min(2, max(1, len(own) // 2)) if own else False
