"""A saved task named by a word of the message it was made from rather than of its title: "the
proofer one" is "Call the repair guy (Kessler Service)" when that came from "the proofer is
broken again ugh. call the repair guy (Kessler Service) …"."""

from __future__ import annotations

from flowhub.skills.context import Context
from flowhub.skills.refer import tokens
from flowhub.storage import Task, inbox, tasks

__all__ = ["tasks_said_of"]

# Words that name no thing in "the proofer one", "the 'proofer' task".
_NAMING = frozenset(["one", "task", "thing", "item", "card", "reminder", "other"])


def tasks_said_of(ctx: Context, phrase: str) -> list[Task]:
    """The sender's open tasks whose source message holds every content word of `phrase`."""
    wanted = tokens(phrase) - _NAMING
    if not wanted:
        return []
    pool = tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        status="open",
        visible_to=ctx.viewer,
        limit=200,
    )
    found = []
    for task in pool:
        if ctx.person_id not in (task.assignee_id, task.creator_id) or not task.source_event_id:
            continue
        row = inbox.get_inbox_event(session=ctx.session, event_id=task.source_event_id)
        if row is not None and wanted <= tokens(row.text):
            found.append(task)
    return found
