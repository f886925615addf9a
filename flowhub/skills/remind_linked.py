"""The task a reminder for someone else is about: "remind sam on thursday about the license" goes
on Sam's open task "Renew US import license", so it is dropped once that task is done and a
"done" said to it closes the task."""

from __future__ import annotations

import re

from flowhub.skills.context import Context
from flowhub.skills.refer import tokens
from flowhub.storage import Person, Task, id_of, tasks

__all__ = ["task_and_note", "task_for"]

_WORDS = frozenset(["remind", "reminder", "about", "task", "thing", "one"])
# Where a note said after the task ends: "the plates stock one, marta is asking again".
_NOTE = re.compile(r"\s*(?:[,;:]|\s[-–—]\s|\b(?:because|since|as)\b)\s*", re.I)


def task_for(ctx: Context, who: Person, title: str) -> Task | None:
    """The one open task of `who` whose title holds every word of `title`; None otherwise."""
    wanted = tokens(title) - _WORDS
    if not wanted:
        return None
    theirs = [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session, workspace_id=ctx.workspace_id, involving=id_of(who)
        )
        if t.status == "open"
    ]
    found = [t for t in theirs if _covers(wanted, t.title)]
    return found[0] if len(found) == 1 else None


def task_and_note(ctx: Context, who: Person, title: str) -> tuple[Task | None, str]:
    """The task `title` names, also with a note after it ("…, marta is asking again"), and the
    note; (None, "") when no one task is named."""
    task = task_for(ctx, who, title)
    if task is not None:
        return task, ""
    parts = _NOTE.split(title, maxsplit=1)
    if len(parts) != 2 or not parts[1].strip():
        return None, ""
    task = task_for(ctx, who, parts[0])
    return (task, parts[1].strip(" .!")) if task is not None else (None, "")


def _covers(wanted: set[str], title: str) -> bool:
    have = tokens(title)
    return all(
        w in have or any(len(w) >= 4 and len(h) >= 4 and h[:4] == w[:4] for h in have)
        for w in wanted
    )
