"""Whether "undo" means the last change kept for it: not when the sender said something since
that changed nothing ("planten hebben water gehad" that found no task, then "zet maar terug")."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from flowhub.connectors import Reply
from flowhub.i18n import Text
from flowhub.skills import edit_words, undo_said, words
from flowhub.skills.context import Context
from flowhub.storage import Task, access, as_utc, id_of, proposals, tasks

HELD_BACK = Text(
    "Your last message didn't change anything, so nothing was undone. The change before it was "
    "to “{title}”: say “undo” again to take that back."
)
NOTHING_CHANGED = Text("Your last message didn't change anything, so nothing was undone.")
_FRESH = timedelta(minutes=10)
_MADE_WITH = timedelta(seconds=5)
# Chat that asks for nothing: "thanks", "ok", "👍", "lol".
_CHAT = re.compile(
    r"^\W*(?:thanks?|thank\s+you|thx|ty|ok(?:ay)?|cool|great|nice|perfect|lol|haha\w*|hm+"
    r"|oops|wait|hmm+|ugh|sorry|yes|yep|no|nope)?[\W\s]*$",
    re.I,
)


def fresh_cards(ctx: Context) -> list[Reply] | None:
    """ "undo" right after a message that only made cards: those cards are discarded; after one
    that did several kinds of things, all of them are taken back."""
    from flowhub.skills import capture  # capture reaches back into the skills importing this

    if (steps := _undo_steps(ctx)) is not None:
        return steps
    seen, at = ctx.thread.last_seen(), ctx.thread.seen_at()
    if seen is None or seen[0] != "cards" or not seen[1] or at is None:
        return None
    kept = _when((ctx.thread.undo or {}).get("at"))
    if (kept is not None and kept >= at) or ctx.now - at > _FRESH:
        return None  # a change made since (or with) the cards is what "undo" takes back
    cards = [
        card
        for i in seen[1]
        if (card := access.get_proposal(session=ctx.session, proposal_id=i, viewer=ctx.viewer))
        and card.status == "pending"
        and card.person_id == ctx.person_id
        and abs(as_utc(card.created_at) - at) <= _MADE_WITH
    ]
    if not cards:
        return None
    replies = [r for card in cards for r in capture.discard(ctx, str(card.id))]
    snaps = [capture.card_snapshot(card) for card in cards]
    for snap in snaps:
        snap["status"] = "pending"
    ctx.thread.remember_undo({"verb": "card", "cards": snaps}, now=ctx.now)
    titles = ", ".join(card.title for card in cards)
    said = edit_words.DISCARDED_ALL.format(count=len(cards), titles=titles)
    if len(cards) == 1:
        said = words.DISCARDED.format(title=titles)
    return [*replies, Reply(said)]  # the cards may be far up: one line below says so


def keep_step(ctx: Context, steps: list[dict[str, Any]]) -> None:
    """Add the action just kept for "undo" to `steps`, the acts of one message so far."""
    if ctx.thread.undo and ctx.thread.undo not in steps:
        steps.append(ctx.thread.undo)


def remember_all(ctx: Context, steps: list[dict[str, Any]], made: list[int] | None = None) -> None:
    """One "undo" takes back every act of one message: cards as they were, tasks as before,
    and the cards it made (`made`) discarded."""
    if len(steps) + (1 if made else 0) < 2:
        return
    verbs = {s.get("verb") for s in steps if s.get("tasks")}
    if len(verbs) > 1 or made:
        ctx.thread.remember_undo({"verb": "steps", "steps": steps, "new": made or []}, now=ctx.now)
        return
    merged: dict[str, Any] = {"verb": verbs.pop() if verbs else "card"}
    for key in ("cards", "tasks", "reminders"):
        seen: set[object] = set()
        for step in steps:
            for snap in step.get(key) or []:
                if snap.get("id") not in seen:
                    seen.add(snap.get("id"))
                    merged.setdefault(key, []).append(snap)
    ctx.thread.remember_undo(merged, now=ctx.now)


def waiting_ids(ctx: Context) -> set[int]:
    """The sender's waiting cards in this chat, to tell which ones a message made."""
    found = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    return {id_of(card) for card in found}


def _undo_steps(ctx: Context) -> list[Reply] | None:
    """ "undo" after a message that did several kinds of things: each is taken back, newest
    first, and the cards it made are discarded."""
    from flowhub.skills import capture, done  # both reach back into the skills importing this

    if (ctx.thread.undo or {}).get("verb") != "steps":
        return None
    last = ctx.thread.take_undo(ctx.now)
    if (halt := stop(ctx, last)) is not None or last is None:
        return halt
    replies: list[Reply] = []
    for card_id in last.get("new") or []:
        card = access.get_proposal(session=ctx.session, proposal_id=card_id, viewer=ctx.viewer)
        if card is not None and card.status == "pending" and card.person_id == ctx.person_id:
            replies += capture.discard(ctx, str(card_id))
    for step in reversed(last.get("steps") or []):
        ctx.thread.undo = {**step, "at": last.get("at")}
        replies += done.undo(ctx)
    ctx.thread.undo = None
    return replies


def stop(ctx: Context, last: dict[str, Any] | None) -> list[Reply] | None:
    """Why "undo" reverts nothing now, or None when it reverts `last`."""
    if not last:
        return [Reply(edit_words.NOTHING_RECENT)]
    if last.get("held") or not said_since(ctx, last):
        return None
    ctx.thread.undo = {**last, "held": True}  # a second "undo" takes the older change back
    return [Reply(held_back(ctx, last))]


def said_since(ctx: Context, last: dict[str, Any]) -> bool:
    """Whether the sender sent another message in this chat after the change `last` kept."""
    at = _when(last.get("at"))
    above = ctx.message_above()
    if at is None or above is None or above.sender_id != ctx.event.sender_id:
        return False
    if _CHAT.match(above.text or ""):
        return False
    if undo_said.says_undo(above.text or "", ctx.person.locale):
        return False  # "…, annule" that undid nothing, then "annule": the same ask again
    return as_utc(above.received_at) > at


def held_back(ctx: Context, last: dict[str, Any]) -> str:
    """What to say when the kept change is older than the sender's last message."""
    title = _title(ctx, last)
    return HELD_BACK.format(title=title) if title else str(NOTHING_CHANGED)


def _title(ctx: Context, last: dict[str, Any]) -> str:
    for snap in last.get("tasks") or []:
        task = access.get_task(session=ctx.session, task_id=int(snap["id"]), viewer=ctx.viewer)
        if task is not None:
            return task.title
    for snap in last.get("cards") or []:
        card = proposals.get_proposal(session=ctx.session, proposal_id=int(snap["id"]))
        if card is not None:
            return card.title
    for snap in last.get("reminders") or []:
        reminder = access.get_reminder(
            session=ctx.session, reminder_id=int(snap["id"]), viewer=ctx.viewer
        )
        if reminder is not None:
            return reminder.text
    return ""


def _when(value: object) -> datetime | None:
    try:
        return as_utc(datetime.fromisoformat(str(value))) if value else None
    except ValueError:
        return None


def task_of(ctx: Context, snap: dict[str, Any]) -> Task | None:
    """The task an undo puts back, also when the sender handed it on and it is out of their sight
    here since ("passa pra Ana", then "desfaz isso")."""
    task_id = int(snap["id"])
    task = access.get_task(session=ctx.session, task_id=task_id, viewer=ctx.viewer)
    if task is not None or snap.get("assignee_id") != ctx.person_id:
        return task
    # The undo slot is the sender's own and fresh: they held the task a moment ago.
    task = tasks.get_task(session=ctx.session, task_id=task_id)
    return task if task is not None and task.workspace_id == ctx.workspace_id else None
