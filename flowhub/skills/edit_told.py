"""Tell the other side of a handed-on task when one side moves or renames it: the person doing it
hears that its requester moved it ("📅 Sam moved “Bake the cake” to Sat 12 Dec, 10:00."), the
requester hears that the person doing it moved or renamed it; privately and in their language,
never when they saw it happen in the group."""

from __future__ import annotations

from flowhub.connectors import Reply
from flowhub.i18n import use_locale
from flowhub.skills import edit_words, words
from flowhub.skills.assign import direct_target
from flowhub.skills.card_zone import due_words
from flowhub.skills.context import Context
from flowhub.storage import Task, people

__all__ = ["tell_other_side"]


def tell_other_side(
    ctx: Context, task: Task, changes: dict[str, object], old_title: str
) -> list[Reply]:
    """The private notes for the task's assignee or requester (whoever did not make the edit)."""
    moved = "due_at" in changes and task.due_at is not None
    renamed = "title" in changes and task.title != old_title
    if not (moved or renamed) or ctx.chat.kind == "group" or task.status != "open":
        return []
    if task.assignee_id is None or task.creator_id is None or task.assignee_id == task.creator_id:
        return []
    if task.assignment == "declined":
        return []
    other_id = task.creator_id if ctx.person_id == task.assignee_id else task.assignee_id
    if other_id == ctx.person_id or ctx.person_id not in (task.assignee_id, task.creator_id):
        return []
    other = people.get_person(session=ctx.session, person_id=other_id)
    target = direct_target(ctx, other_id)
    if other is None or target is None or target.chat == ctx.event.chat:
        return []
    who = ctx.person.display_name
    lines: list[str] = []
    with use_locale(other.locale):
        if renamed:
            lines.append(edit_words.RENAMED_BY.format(who=who, old=old_title, title=task.title))
        if moved:
            when = due_words(ctx, task, requester_id=task.creator_id, reader=other)
            lines.append(words.REQUESTER_MOVED.format(who=who, title=task.title, when=when))
    return [Reply("\n".join(lines), to=target)]
