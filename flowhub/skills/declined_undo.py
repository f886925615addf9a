"""A decline taken back with a yes by the one who declined, right after: "sorry, I meant yes",
"oops wrong button, I'll take it", "ой, я беру", "desfaz, eu aceito".

The task comes back to them accepted, its reminders with it. The requester, who was told of the
decline and asked what now, is told it was accepted after all, and the "what now?" message
loses its buttons; the saved card shows who has it again.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from flowhub.connectors import Reply, Target
from flowhub.connectors.types import EDITS_IN_PLACE
from flowhub.i18n import current_locale, use_locale
from flowhub.skills import assign_answer_words, words
from flowhub.skills.assign import requester_target, saved_card_edit
from flowhub.skills.context import Context
from flowhub.skills.edit_saved import snapshot
from flowhub.skills.taking import take_on
from flowhub.storage import Task, audit, outbox, people, tasks

__all__ = ["handle"]

_FRESH = timedelta(minutes=30)
_MOST_WORDS = 16
# "i meant yes", "meant to accept", "wrong button", "misclicked", "i'll take it after all".
_MEANT_YES = re.compile(
    r"(?<![\w'])(?:(?:i\s+)?meant\s+(?:to\s+)?(?:say\s+)?(?:yes|accept|take\s+it|do\s+it)"
    r"|wrong\s+button|mis-?click(?:ed)?|mis-?tapped|pressed\s+(?:the\s+)?wrong"
    r"|i(?:'ll|\s+will|\s+can)\s+(?:take|do)\s+it(?:\s+after\s+all)?|accept\s+it\s+after\s+all)"
    r"(?![\w'])",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Take back the sender's decline of the last task they declined; None otherwise."""
    text = (ctx.event.text or ctx.text).strip()
    if not text or len(text.split()) > _MOST_WORDS or ctx.event.kind != "text":
        return None
    task = _just_declined(ctx)
    if task is None or assign_answer_words.declines(text):
        return None
    if not (_MEANT_YES.search(text) or assign_answer_words.accepts(text)):
        return None
    if _offers_waiting(ctx):
        return None  # a yes now answers the offer still waiting, not the one declined
    return _accepted_after_all(ctx, task)


def _offers_waiting(ctx: Context) -> bool:
    """Whether the sender has an offer still to answer."""
    found = tasks.get_all_tasks(
        session=ctx.session, workspace_id=ctx.workspace_id, assignee_id=ctx.person_id
    )
    return any(t.assignment == "pending" and t.status == "open" for t in found)


def _just_declined(ctx: Context) -> Task | None:
    """The task the sender declined as their last action a short while ago, still declined."""
    last = ctx.thread.undo or {}
    snaps = last.get("tasks")
    if last.get("verb") != "edit" or not isinstance(snaps, list) or len(snaps) != 1:
        return None
    snap = snaps[0] if isinstance(snaps[0], dict) else {}
    at = last.get("at")
    if not isinstance(at, str) or ctx.now - datetime.fromisoformat(at) > _FRESH:
        return None
    if snap.get("assignee_id") != ctx.person_id or snap.get("assignment") != "pending":
        return None
    number = snap.get("id")
    task = tasks.get_task(session=ctx.session, task_id=number) if isinstance(number, int) else None
    if task is None or task.status != "open" or task.assignment != "declined":
        return None
    return task if task.assignee_id is None and task.creator_id != ctx.person_id else None


def _accepted_after_all(ctx: Context, task: Task) -> list[Reply]:
    """The task back with the sender, accepted; the requester told so."""
    before = snapshot(task)
    take_on(ctx, task, assignment="accepted")
    audit.create_audit_entry(
        session=ctx.session,
        at=ctx.now,
        action="accepted",
        subject=f"task:{task.id}",
        person_id=ctx.person_id,
    )
    ctx.thread.remember_undo({"verb": "edit", "tasks": [before]}, now=ctx.now)
    ctx.thread.note("task", [task.id or 0], now=ctx.now)
    replies = [Reply(words.YOU_ACCEPTED.format(title=task.title), ref=f"task:{task.id}")]
    replies += saved_card_edit(ctx, task, assignee=ctx.person.display_name)
    return replies + _told(ctx, task)


def _told(ctx: Context, task: Task) -> list[Reply]:
    """The requester's note that it was accepted, and their "what now?" without its buttons."""
    target = requester_target(ctx, task)
    if target is None or target.chat == ctx.event.chat:
        return []
    requester = people.get_person(session=ctx.session, person_id=task.creator_id or 0)
    replies: list[Reply] = []
    asked = outbox.get_latest_outbox_by_ref(session=ctx.session, ref=f"declined:{task.id}")
    edits = asked is not None and asked.platform in EDITS_IN_PLACE
    if asked is not None and edits and asked.platform_message_id and asked.reply.get("buttons"):
        where = Target(asked.platform, asked.account, asked.chat)
        text = str(asked.reply.get("text") or "")
        replies.append(Reply(text, to=where, edit=asked.platform_message_id))
    with use_locale(requester.locale if requester else current_locale()):
        said = words.THEY_ACCEPTED.format(who=ctx.person.display_name, title=task.title)
        replies.append(Reply(said, to=target))
    return replies
