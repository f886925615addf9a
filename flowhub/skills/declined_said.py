"""A hand-on said in any language right after hearing that someone declined a task: "passa pra
Ana entao", "gib es Ana", "kasih ke Ana aja", "donne-le à Ana".

The task is the sender's own one declined most recently, while that news is the newest thing
about the sender's tasks and cards here; it goes to the person named, who is asked to take it,
as the 👥 button does. Anything else, or a task changed since, is left to the other readers.
"""

from __future__ import annotations

import re
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.nlp import english_command
from flowhub.skills import assign, declined
from flowhub.skills.context import Context
from flowhub.storage import Person, Task, as_utc, id_of, people, proposals, tasks

__all__ = ["handle"]

_WINDOW = timedelta(hours=2)
_MOST_WORDS = 8
_ASSIGN = re.compile(r"assign\s+to\s+@?(?P<name>\S+)", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Give the task just declined to the person named; None when the message is no such ask."""
    if ctx.chat.kind != "direct" or ctx.event.forwarded or ctx.event.reply_to:
        return None
    text = " ".join(ctx.text.split())
    if not text or len(text.split()) > _MOST_WORDS:
        return None
    # A whole-message command may already read as the English one ("assign to Ana").
    said = _ASSIGN.fullmatch(text) or _ASSIGN.fullmatch(
        english_command(text, locale=ctx.person.locale) or ""
    )
    if said is None:
        return None
    task = just_declined(ctx)
    if task is None:
        return None
    person = _person(ctx, said["name"], text)
    if person is None or id_of(person) == ctx.person_id:
        return None
    return declined.give_to(ctx, f"{task.id}:{id_of(person)}")


def just_declined(ctx: Context, *, quiet: bool = True) -> Task | None:
    """The sender's task declined last, when it is recent and no card of theirs came since;
    `quiet` also wants nothing else of theirs changed since, and counts a card shown in the
    same instant as coming after it."""
    mine = tasks.get_all_tasks(
        session=ctx.session, workspace_id=ctx.workspace_id, creator_id=ctx.person_id
    )
    back = [t for t in mine if t.assignment == "declined" and t.assignee_id is None]
    if not back:
        return None
    task = max(back, key=lambda t: as_utc(t.updated_at))
    at = as_utc(task.updated_at)
    if ctx.now - at > _WINDOW or task.status != "open":
        return None
    if quiet:
        given = tasks.get_all_tasks(
            session=ctx.session, workspace_id=ctx.workspace_id, assignee_id=ctx.person_id
        )
        if any(as_utc(t.updated_at) > at for t in [*mine, *given] if t.id != task.id):
            return None
    cards = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    shown = [as_utc(p.updated_at) for p in cards]
    # A card shown since (or, when quiet, in the same instant) is what a short ask is about.
    return None if any(c > at or (quiet and c == at) for c in shown) else task


def _person(ctx: Context, name: str, text: str) -> Person | None:
    """The one person of the workspace `name` is, else the one the message names."""
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=name
    )
    return found[0] if len(found) == 1 else assign.named_other(ctx, text)
