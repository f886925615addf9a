"""A yes with a day to a waiting card: "sure, by the 18th then, we close on the 23rd" from the
person the card names, "perfect, 18th it is" from the one who asked.

Either of them may say when while saying yes: the card takes the day and is saved (the person
named has accepted it). The same words to the saved task move it, or change nothing when the day
is the one it already has.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from flowhub.connectors import Reply
from flowhub.skills import reply_words
from flowhub.skills.assign import is_named
from flowhub.skills.capture import confirm_proposal
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import apply_all, read_all
from flowhub.skills.edit_saved import edit_task
from flowhub.skills.edit_words import Change, tidy
from flowhub.skills.group_ack import answered_card
from flowhub.skills.refer import replied_target
from flowhub.storage import Proposal, Task, access, as_utc, proposals, tasks

# "18th it is", "friday then", "the 18th works for me", "monday at the latest": the day, said.
_SAID_TAIL = re.compile(
    r"(?:\s+(?:it\s+is|it'?s|then|works(?:\s+for\s+me)?|is\s+fine|is\s+good|at\s+the\s+latest"
    r"|latest|please|pls))+\W*$",
    re.I,
)
_HOLD = ("title", "assignee", "priority", "drop", "swap", "zone_of", "shift")


def handle(ctx: Context) -> list[Reply] | None:
    """Save or move the card or task a yes-with-a-day answers; None for any other message."""
    said = _dated_yes(ctx, ctx.text.strip())
    if said is None:
        return None
    yes, changes = said
    card = _card(ctx, yes)
    if card is not None:
        return _on_card(ctx, card, changes)
    task = _task(ctx)
    if task is None or ctx.person_id not in (task.creator_id, task.assignee_id):
        return None
    if task.assignee_id == ctx.person_id and task.assignment == "pending":
        return None  # the person asked answers with their day where assignments are answered
    fields, problem = apply_all(task, changes, now=ctx.now, tz=ctx.tz, me=ctx.person.display_name)
    if problem is not None:
        return None
    if _same_day(task, fields):
        return []  # "perfect, 18th it is" once it is due the 18th: agreed, nothing to change
    return edit_task(ctx, [task], changes, "it")


def answers_card(ctx: Context, text: str) -> bool:
    """Whether `text` is a yes with a day to a waiting card the sender may answer."""
    said = _dated_yes(ctx, text.strip())
    return said is not None and _card(ctx, said[0]) is not None


def _dated_yes(ctx: Context, text: str) -> tuple[str, list[Change]] | None:
    """The yes and the day-only changes of "sure, by the 18th then[, why]"; None otherwise."""
    m = reply_words.YES_THEN.match(text)
    if m is None or not reply_words.agrees(m.group("yes")):
        return None
    rest = m.group("rest")
    why = reply_words.REASON_TAIL.search(rest)
    if why is not None and why.start() > 0 and not reply_words.wants_change(why.group("why")):
        rest = rest[: why.start()]  # "…, we close on the 23rd": the reason changes nothing
    rest = _SAID_TAIL.sub("", rest.strip()) or rest
    changes, unread = read_all(tidy(rest), now=ctx.now, tz=ctx.tz)
    if unread is not None or not changes or not all(_day_only(c) for c in changes):
        return None
    return m.group("yes"), changes


def _day_only(change: Change) -> bool:
    """Whether `change` only says when, of the card or task answered."""
    if any(getattr(change, name) for name in _HOLD) or change.unassign or change.clear_due:
        return False
    return bool(change.when) and change.target.strip().casefold() in ("", "it", "that", "this")


def _card(ctx: Context, yes: str) -> Proposal | None:
    """The waiting card answered: the one replied to, the group's card just shown, or in a
    private chat the sender's only waiting card there."""
    target = replied_target(ctx)
    if target is not None and target[0] != "card":
        return None
    if target is not None:
        card = proposals.get_proposal(session=ctx.session, proposal_id=target[1])
    elif ctx.chat.kind == "group":
        card = answered_card(ctx, yes)
    else:
        waiting = proposals.get_pending_proposals(
            session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
        )
        card = waiting[0] if len(waiting) == 1 and not _asked_since(ctx, waiting[0]) else None
    if card is None or card.status != "pending" or card.chat_id != ctx.chat_id:
        return None
    named = bool(card.assignee_name) and is_named(ctx.person, card.assignee_name or "")
    return card if card.person_id == ctx.person_id or named else None


def _asked_since(ctx: Context, card: Proposal) -> bool:
    """Whether someone asked the sender to take a task after their own card was shown."""
    asked = tasks.get_all_tasks(
        session=ctx.session, workspace_id=ctx.workspace_id, assignee_id=ctx.person_id
    )
    shown = as_utc(card.updated_at)
    return any(t.assignment == "pending" and as_utc(t.updated_at) > shown for t in asked)


def _on_card(ctx: Context, card: Proposal, changes: list[Change]) -> list[Reply] | None:
    """The card takes the day said and is saved."""
    fields, problem = apply_all(card, changes, now=ctx.now, tz=ctx.tz, me=ctx.person.display_name)
    if problem is not None or "due_at" not in fields:
        return None
    proposals.update_proposal(session=ctx.session, proposal=card, now=ctx.now, **fields)
    return confirm_proposal(ctx, card)


def _same_day(task: Task, fields: dict[str, object]) -> bool:
    """Whether the day said is the one `task` is already due (its time too, when it has one)."""
    new, old = fields.get("due_at"), task.due_at
    if not isinstance(new, datetime) or old is None:
        return False
    new, old = as_utc(new), as_utc(old)
    if task.due_grain in ("minute", "hour") or fields.get("due_grain") in ("minute", "hour"):
        return new == old
    zone = ZoneInfo(task.due_tz or "UTC")
    return new.astimezone(zone).date() == old.astimezone(zone).date()


def _task(ctx: Context) -> Task | None:
    """The saved task the message replies to."""
    target = replied_target(ctx)
    if target is None or target[0] != "task":
        return None
    task = access.get_task(session=ctx.session, task_id=target[1], viewer=ctx.viewer)
    return task if task is not None and task.status == "open" else None
