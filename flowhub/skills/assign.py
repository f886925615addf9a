"""Assigning to others: the assignee gets Accept / Decline, the assigner hears the answer."""

from __future__ import annotations

from flowhub.connectors import Button, Reply, Target
from flowhub.skills import words
from flowhub.skills.context import Context
from flowhub.skills.format import when_text
from flowhub.storage import Person, Task, access, audit, id_of, people, tasks


def direct_target(ctx: Context, person_id: int) -> Target | None:
    """Where FlowHub can reach a person privately, on the first platform that has a direct chat."""
    for identity in people.get_identities(session=ctx.session, person_id=person_id):
        if identity.direct_chat:
            return Target(identity.platform, identity.account, identity.direct_chat)
    return None


def offer_assignment(ctx: Context, task: Task) -> list[Reply]:
    """Link a just-confirmed task to a known assignee and ask them to accept it."""
    if not task.assignee_name:
        return []
    name = task.assignee_name
    if name.lower() in ("me", "myself") or _is_sender(ctx, name):
        tasks.update_task(session=ctx.session, task=task, now=ctx.now, assignee_id=ctx.person_id)
        return []
    matches = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=name
    )
    if len(matches) != 1:
        note = _unknown_note(ctx) if not matches else words.ASSIGNEE_AMBIGUOUS
        return [Reply(note.format(name=name))]
    assignee = matches[0]
    tasks.update_task(
        session=ctx.session,
        task=task,
        now=ctx.now,
        assignee_id=id_of(assignee),
        assignee_name=assignee.display_name,
        assignment="pending",
    )
    return [assignment_request(ctx, task, assignee)]


def _unknown_note(ctx: Context) -> str:
    """What happens to a task given to a name nobody has yet, as `welcome_newcomer` does it."""
    if people.vouches_for_names(ctx.event.platform):
        return words.ASSIGNEE_UNKNOWN
    if ctx.chat.kind == "group":
        return words.ASSIGNEE_UNKNOWN_GROUP
    return words.ASSIGNEE_UNKNOWN_PRIVATE


def assignment_request(ctx: Context, task: Task, assignee: Person) -> Reply:
    """The message asking `assignee` to take `task`, sent to them privately where possible."""
    due = (
        f" (due {when_text(task.due_at, task.due_grain, assignee.timezone, task.due_tz)})"
        if task.due_at
        else ""
    )
    target = direct_target(ctx, id_of(assignee))
    text = words.ASSIGNED_TO_YOU.format(who=ctx.person.display_name, title=task.title, due=due)
    if target is None:
        text = f"@{assignee.display_name}: {text}"
    return Reply(
        text,
        to=target,
        buttons=(
            Button(f"accept:{task.id}", "👍 Accept"),
            Button(f"decline:{task.id}", "👎 Decline"),
        ),
        ref=f"assignment:{task.id}",
    )


def _is_sender(ctx: Context, name: str) -> bool:
    own = ctx.person.display_name.casefold()
    needle = name.lstrip("@").casefold()
    return bool(needle) and (needle == own or needle == own.split(" ")[0])


def accept(ctx: Context, arg: str) -> list[Reply]:
    """The assignee takes the task; the assigner is told."""
    return _answer(ctx, arg, accepted=True)


def decline(ctx: Context, arg: str) -> list[Reply]:
    """The assignee declines; the assigner is told and the task goes back to them."""
    return _answer(ctx, arg, accepted=False)


def _answer(ctx: Context, arg: str, *, accepted: bool) -> list[Reply]:
    task = (
        access.get_task(session=ctx.session, task_id=int(arg), viewer=ctx.viewer)
        if arg.isdigit()
        else None
    )
    if task is None or task.assignee_id != ctx.person_id:  # only the assignee answers
        return [Reply(words.NOT_YOURS)]
    if task.assignment in ("accepted", "declined"):
        return [Reply(words.ALREADY_ANSWERED.format(title=task.title, answer=task.assignment))]
    if accepted:
        tasks.update_task(session=ctx.session, task=task, now=ctx.now, assignment="accepted")
    else:
        tasks.update_task(
            session=ctx.session, task=task, now=ctx.now, assignment="declined", assignee_id=None
        )
    audit.create_audit_entry(
        session=ctx.session,
        at=ctx.now,
        action="accepted" if accepted else "declined",
        subject=f"task:{task.id}",
        person_id=ctx.person_id,
    )
    mine = words.YOU_ACCEPTED if accepted else words.YOU_DECLINED
    replies = [Reply(mine.format(title=task.title), edit=ctx.event.reply_to)]
    told = words.THEY_ACCEPTED if accepted else words.THEY_DECLINED
    creator_target = direct_target(ctx, task.creator_id)
    if creator_target is not None:
        replies.append(
            Reply(told.format(who=ctx.person.display_name, title=task.title), to=creator_target)
        )
    return replies


def welcome_newcomer(ctx: Context) -> list[Reply]:
    """A person's first message: tasks already assigned to them by name wait for an answer.

    A display name is only a claim on WhatsApp and Telegram, so a task goes to the newcomer by
    name only where the platform vouches for who they are (a Slack team), or when they write
    in the group chat it was created in (a chat its creator shares with them). A task assigned
    by name in a private chat stays with its creator.
    """
    if people.vouches_for_names(ctx.event.platform):
        chat_id: int | None = None
    else:
        chat_id = access.get_viewer(
            session=ctx.session, person_id=ctx.person_id, chat=ctx.chat
        ).group_id
        if chat_id is None:
            return []
    names = [ctx.person.display_name]
    first_name = ctx.person.display_name.split(" ")[0]
    if first_name != ctx.person.display_name:
        names.append(first_name)
    waiting: list[Task] = []
    for name in names:
        waiting += tasks.link_named_assignee(
            session=ctx.session,
            workspace_id=ctx.workspace_id,
            name=name,
            person_id=ctx.person_id,
            now=ctx.now,
            chat_id=chat_id,
        )
    replies = []
    for task in waiting:
        creator = people.get_person(session=ctx.session, person_id=task.creator_id)
        tasks.update_task(
            session=ctx.session,
            task=task,
            now=ctx.now,
            assignment="pending",
            assignee_name=ctx.person.display_name,
        )
        who = creator.display_name if creator else "Someone"
        due = (
            f" (due {when_text(task.due_at, task.due_grain, ctx.tz, task.due_tz)})"
            if task.due_at
            else ""
        )
        replies.append(
            Reply(
                words.ASSIGNED_TO_YOU.format(who=who, title=task.title, due=due),
                buttons=(
                    Button(f"accept:{task.id}", "👍 Accept"),
                    Button(f"decline:{task.id}", "👎 Decline"),
                ),
                ref=f"assignment:{task.id}",
            )
        )
    return replies
