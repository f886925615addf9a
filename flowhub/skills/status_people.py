"""A team status list, person by person: "what does the team have due this week?".

When the tasks of a team answer belong to more than one person, each person gets a heading and
their tasks below it; the numbers run on across the blocks so "done 3" still names one task.
"""

from __future__ import annotations

from flowhub.skills.card_zone import reader_label
from flowhub.skills.context import Context
from flowhub.skills.format import task_line
from flowhub.skills.status_lookup import NOT_ASSIGNED
from flowhub.storage import Task, people

_TEAM = ("everyone", "group")


def owner_name(ctx: Context, task: Task) -> str:
    """Whose `task` is: its assignee, else who made it in a private chat, else "" (nobody)."""
    if task.assignee_name and task.assignment != "declined":
        return task.assignee_name
    chat = people.get_chat(session=ctx.session, chat_id=task.chat_id) if task.chat_id else None
    if chat is not None and chat.kind == "group":
        return ""
    maker = people.get_person(session=ctx.session, person_id=task.creator_id)
    return maker.display_name if maker is not None else ""


def by_person(ctx: Context, whose: str, shown: list[Task]) -> tuple[list[Task], str] | None:
    """`shown` regrouped per person and its text, or None when one person (or none) has them."""
    if whose not in _TEAM or len(shown) < 2:
        return None
    owners = {id(t): owner_name(ctx, t) for t in shown}
    # People in the order of their soonest task, as the list was; nobody's tasks last.
    names = sorted(dict.fromkeys(owners[id(t)] for t in shown), key=lambda n: not n)
    if len(names) < 2:
        return None
    label = reader_label(ctx)
    ordered: list[Task] = []
    blocks = []
    for name in names:
        rows = []
        for task in (t for t in shown if owners[id(t)] == name):
            ordered.append(task)
            line = task_line(
                task,
                viewer_tz=ctx.tz,
                now=ctx.now,
                viewer_id=task.assignee_id,
                zone_label=label,
            )
            rows.append(f"{len(ordered)}. {line}")
        blocks.append(f"{name or NOT_ASSIGNED.format()}:\n" + "\n".join(rows))
    return ordered, "\n\n".join(blocks)
