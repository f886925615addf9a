"""An undo told to the person who heard of what it takes back.

When the person doing a task ticks it off or moves it, its requester hears so privately
(`assign.tell_requester`). Taking that back with "undo" tells the requester too: "Sam took that
back: “Send the invoices” is due Thu 10 Dec again", so no stale news stays in their chat. A
requester's move of a task they gave is taken back to its person the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from flowhub.connectors import Reply
from flowhub.i18n import use_locale
from flowhub.skills.assign import direct_target
from flowhub.skills.card_zone import due_words
from flowhub.skills.context import Context
from flowhub.skills.undo_told_words import TOLD_DUE, TOLD_NO_DATE, TOLD_OPEN
from flowhub.storage import Task, access, people

__all__ = ["with_told"]

_TOLD_VERBS = ("done", "edit")


def with_told(ctx: Context, run: Callable[[Context], list[Reply]]) -> list[Reply]:
    """The replies of the undo `run`, then a word to each requester who heard of the change."""
    last = ctx.thread.undo or {}
    verb = last.get("verb")
    before = {t.id: (t.status, t.due_at) for t in _tasks(ctx, last)} if verb in _TOLD_VERBS else {}
    replies = run(ctx)
    for task in _tasks(ctx, last) if before else []:
        status, due = before.get(task.id, (task.status, task.due_at))
        if verb == "done" and status == "done" and task.status == "open":
            replies += _tell(ctx, task, moved=False, told=task.creator_id)
        elif verb == "edit" and due != task.due_at and task.assignee_id == ctx.person_id:
            replies += _tell(ctx, task, moved=True, told=task.creator_id)
        elif verb == "edit" and due != task.due_at and task.creator_id == ctx.person_id:
            replies += _tell(ctx, task, moved=True, told=task.assignee_id)  # heard of the move
    return replies


def _tasks(ctx: Context, last: dict[str, object]) -> list[Task]:
    snaps = last.get("tasks")
    found = []
    for snap in snaps if isinstance(snaps, list) else []:
        task_id = snap.get("id") if isinstance(snap, dict) else None
        task = (
            access.get_task(session=ctx.session, task_id=task_id, viewer=ctx.viewer)
            if isinstance(task_id, int)
            else None
        )
        if task is not None:
            found.append(task)
    return found


def _tell(ctx: Context, task: Task, *, moved: bool, told: int | None) -> list[Reply]:
    """The word to the person `told` of the change (`assign.tell_requester`, or the notice of a
    move to the task's person)."""
    if told is None or told == ctx.person_id or ctx.chat.kind == "group":
        return []
    requester = people.get_person(session=ctx.session, person_id=told)
    target = direct_target(ctx, told)
    if requester is None or target is None or target.chat == ctx.event.chat:
        return []
    who = ctx.person.display_name
    with use_locale(requester.locale):
        if not moved:
            text = TOLD_OPEN.format(who=who, title=task.title)
        elif task.due_at is None:
            text = TOLD_NO_DATE.format(who=who, title=task.title)
        else:
            when = due_words(ctx, task, requester_id=told, reader=requester)
            text = TOLD_DUE.format(who=who, title=task.title, when=when)
    return [Reply(text, to=target)]
