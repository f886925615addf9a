"""A change made to the wrong thing, put right by naming the one meant: "no not the permit!! i
meant the thinset. permit stays wed", "not the van!! i meant the tiles one, van stays friday",
"wrong one, i meant the grout".

The last change is taken back as "undo" would, and the same new values (day, time, who, priority)
go to the saved task or waiting card the message names. Nothing happens unless that one is named
clearly and the thing just changed is the one said to be wrong.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills import done
from flowhub.skills.card_shown import card_changed
from flowhub.skills.context import Context
from flowhub.skills.edit_saved import store_edit
from flowhub.skills.refer import last_target, match_titles, tasks_named
from flowhub.storage import Proposal, Task, access, proposals

__all__ = ["handle"]

_MEANT = re.compile(
    r"^\W*(?:(?:no+|nope|nah|oops|sorry|ugh|argh|wait)\b\W*)*"
    r"(?:(?:not\s+(?:the\s+)?(?P<wrong>[\w'’ -]{2,40}?)|wrong\s+(?:one|card|task))(?:\s+one)?\W+)"
    r"(?:no\W+)?(?:i\s+)?meant\s+(?:the\s+)?(?P<right>[\w'’ -]{2,40}?)(?:\s+(?:one|card|task))?"
    r"(?:\W*$|\s*[.,;!]+\s*(?P<rest>.*)$)",
    re.I,
)
_FIELDS = ("due_at", "due_grain", "due_tz", "assignee_name", "priority", "rrule")
_MOST_WORDS = 24


def handle(ctx: Context) -> list[Reply] | None:
    """Move the last change from the thing wrongly changed to the one meant; None otherwise."""
    text = " ".join(ctx.text.split())
    if len(text.split()) > _MOST_WORDS:
        return None
    m = _MEANT.match(text)
    if m is None:
        return None
    wrong = _last_changed(ctx)
    if wrong is None or (m["wrong"] and not match_titles(m["wrong"], [wrong])):
        return None
    right = _named(ctx, m["right"], wrong)
    if right is None:
        return None
    after = {name: getattr(wrong, name) for name in _FIELDS}
    undone = done.handle(replace(ctx, text="undo", intent="done")) or []
    back = _reloaded(ctx, wrong)
    if back is None:
        return None
    changes = {n: v for n, v in after.items() if getattr(back, n) != v and getattr(right, n) != v}
    if not changes:
        return undone or None
    if isinstance(right, Task):
        return undone + store_edit(ctx, right, changes)
    proposals.update_proposal(session=ctx.session, proposal=right, now=ctx.now, **changes)
    return undone + card_changed(ctx, right, changes)


def _last_changed(ctx: Context) -> Task | Proposal | None:
    """The card or task the chat was last on: what the last change was made to."""
    target = last_target(ctx)
    if target is None:
        return None
    kind, item_id = target
    if kind == "card":
        card = proposals.get_proposal(session=ctx.session, proposal_id=item_id)
        return card if card is not None and card.person_id == ctx.person_id else None
    if kind == "task":
        return access.get_task(session=ctx.session, task_id=item_id, viewer=ctx.viewer)
    return None


def _named(ctx: Context, phrase: str, wrong: Task | Proposal) -> Task | Proposal | None:
    """The one saved task or waiting card `phrase` names, other than the wrong one."""
    found: list[Task | Proposal] = [t for t in tasks_named(ctx, phrase) if t is not wrong]
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    found += [p for p in match_titles(phrase, pending) if p is not wrong]
    return found[0] if len(found) == 1 else None


def _reloaded(ctx: Context, item: Task | Proposal) -> Task | Proposal | None:
    if isinstance(item, Task):
        return access.get_task(session=ctx.session, task_id=item.id or 0, viewer=ctx.viewer)
    return proposals.get_proposal(session=ctx.session, proposal_id=item.id or 0)
