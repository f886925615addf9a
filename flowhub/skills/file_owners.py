"""Whose a chat screenshot's asks are when its caption says so: "all of these are priya's",
"these are for sam", "todo esto es de Ana" give every card read from it to that teammate, "the
tiles one is for Sam" the cards with those words; with no such caption they stay the sender's."""

from __future__ import annotations

from dataclasses import replace

from flowhub.media import captions
from flowhub.media.owners import Owner, matches
from flowhub.nlp import TaskDraft
from flowhub.skills.context import Context
from flowhub.storage import people

__all__ = ["given"]

# Where a message made from a file keeps the words its sender typed beside it (the caption).
_CAPTION = "own_words"


def given(ctx: Context, drafts: list[TaskDraft]) -> list[TaskDraft]:
    """The drafts read from a chat screenshot, each given to the teammate its caption names."""
    caption = ctx.event.raw.get(_CAPTION)
    if not ctx.event.forwarded or not isinstance(caption, str) or not caption.strip():
        return drafts
    team = people.get_workspace_people(session=ctx.session, workspace_id=ctx.workspace_id)
    names = {p.display_name.split()[0]: p.display_name for p in team if p.display_name.split()}
    owners = captions.owners_said(caption, names)
    if not owners:
        return drafts
    return [_owned(draft, owners, names) for draft in drafts]


def _owned(draft: TaskDraft, owners: list[Owner], names: dict[str, str]) -> TaskDraft:
    owner = next((o for o in owners if matches(draft.title, o)), None)
    if owner is None:
        return draft
    return replace(draft, assignee=names.get(owner.name, owner.name))
