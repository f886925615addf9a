"""After a decline: the requester keeps the task, asks someone else, or drops it."""

from __future__ import annotations

from flowhub.connectors import Button, Reply
from flowhub.skills import group_words, words
from flowhub.skills.assign import assignment_request, move_reminders
from flowhub.skills.context import Context
from flowhub.storage import Task, access, audit, id_of, people, reminders, tasks

_MAX_PEOPLE = 3


def take_back(ctx: Context, arg: str) -> list[Reply]:
    """I'll do it: the requester keeps the task as their own."""
    task, refusal = _load(ctx, arg)
    if task is None:
        return refusal
    tasks.update_task(
        session=ctx.session,
        task=task,
        now=ctx.now,
        assignee_id=ctx.person_id,
        assignee_name=None,
        assignment="none",
    )
    move_reminders(ctx, task, to_id=ctx.person_id)
    _log(ctx, task, "taken-back")
    return [Reply(group_words.TAKEN_BACK.format(title=task.title), edit=ctx.event.reply_to)]


def ask_other(ctx: Context, arg: str) -> list[Reply]:
    """Ask someone else: a button for each person who could take it instead."""
    task_arg, _, decliner = arg.partition(":")
    task, refusal = _load(ctx, task_arg)
    if task is None:
        return refusal
    skip = {ctx.person_id, int(decliner) if decliner.isdigit() else -1}
    others = [
        p
        for p in people.get_workspace_people(session=ctx.session, workspace_id=ctx.workspace_id)
        if p.id not in skip
    ][:_MAX_PEOPLE]
    if not others:
        return [Reply(group_words.NOBODY_ELSE.format(title=task.title), edit=ctx.event.reply_to)]
    return [
        Reply(
            group_words.WHO_INSTEAD.format(title=task.title),
            buttons=tuple(
                Button(f"giveto:{task.id}:{p.id}", p.display_name.split(" ")[0]) for p in others
            ),
            edit=ctx.event.reply_to,
        )
    ]


def give_to(ctx: Context, arg: str) -> list[Reply]:
    """Give a declined task to the person picked, who is asked to accept it."""
    task_arg, _, person_arg = arg.partition(":")
    task, refusal = _load(ctx, task_arg)
    if task is None:
        return refusal
    person = (
        people.get_person(session=ctx.session, person_id=int(person_arg))
        if person_arg.isdigit()
        else None
    )
    if person is None or person.workspace_id != ctx.workspace_id:
        return [Reply(words.NOT_YOURS)]
    tasks.update_task(
        session=ctx.session,
        task=task,
        now=ctx.now,
        assignee_id=id_of(person),
        assignee_name=person.display_name,
        assignment="pending",
    )
    move_reminders(ctx, task, to_id=id_of(person))
    _log(ctx, task, "reassigned")
    said = group_words.ASKED_INSTEAD.format(name=person.display_name, title=task.title)
    return [Reply(said, edit=ctx.event.reply_to), assignment_request(ctx, task, person)]


def drop(ctx: Context, arg: str) -> list[Reply]:
    """Drop it: the task is deleted and its reminders stop."""
    task, refusal = _load(ctx, arg)
    if task is None:
        return refusal
    tasks.update_task(session=ctx.session, task=task, now=ctx.now, status="discarded")
    for reminder in reminders.get_reminders_for_task(session=ctx.session, task_id=id_of(task)):
        reminders.update_reminder(session=ctx.session, reminder=reminder, status="cancelled")
    ctx.jobs.append(("sync_task", id_of(task)))
    _log(ctx, task, "deleted")
    return [Reply(group_words.DROPPED.format(title=task.title), edit=ctx.event.reply_to)]


def _load(ctx: Context, arg: str) -> tuple[Task | None, list[Reply]]:
    """The open, unassigned task a requester's button names, or why it can't be used."""
    task = (
        access.get_task(session=ctx.session, task_id=int(arg), viewer=ctx.viewer)
        if arg.isdigit()
        else None
    )
    if task is None or task.creator_id != ctx.person_id:  # only the requester decides
        return None, [Reply(words.NOT_YOURS)]
    if task.status != "open":
        return None, [Reply(group_words.NOT_OPEN.format(title=task.title))]
    if task.assignee_id not in (None, ctx.person_id):
        name = task.assignee_name or "someone"
        return None, [Reply(group_words.ALREADY_ASSIGNED.format(title=task.title, name=name))]
    return task, []


def _log(ctx: Context, task: Task, action: str) -> None:
    audit.create_audit_entry(
        session=ctx.session,
        at=ctx.now,
        action=action,
        subject=f"task:{task.id}",
        person_id=ctx.person_id,
    )
