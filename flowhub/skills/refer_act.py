"""Done, delete and reopen said about a reference: "delete it", "the dentist one is done",
"tick off the second one", a reply "done" to a saved task, "that's done" after a reminder, and
"cancel the last reminder". The task is found here; the change is `done`'s, as for "done 2".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

from flowhub.connectors import Reply
from flowhub.skills import done, edit_words, remind_manage, words
from flowhub.skills.context import Context
from flowhub.skills.refer import PRONOUNS, last_target, ordinal, tasks_named
from flowhub.storage import access, outbox, proposals, reminders

_DONE = r"done|finished|complete|completed|sorted|handled|taken care of|dealt with|ticked off"
_VERBS = {
    "done": r"mark|tick(?:\s+off)?|check(?:\s+off)?|finish(?:ed)?|complete(?:d)?|close"
    r"|done(?:\s+with)?|did|i\s+did|i(?:'ve|\s+have)\s+(?:done|finished)",
    "delete": r"delete|remove|drop|bin|trash|scrap|get rid of|cancel|forget",
    "reopen": r"reopen|re-open|undo done on|not done",
}
_VERB_FIRST = {
    verb: re.compile(
        rf"^(?:{pattern})\s+(?P<t>.+?)(?:\s+(?:as\s+)?(?:done|complete|completed|off))?$", re.I
    )
    for verb, pattern in _VERBS.items()
}
_IS_DONE = re.compile(
    rf"^(?P<t>.+?)(?:\s+(?:is|was|are|has been)|'s|’s)\s+(?:(?:all|now|already)\s+)?(?:{_DONE})$",
    re.I,
)
_BARE = re.compile(rf"^(?:{_DONE}|did it|all done|finished it|done it|✅|✔️|☑️)$", re.I)
# A bare "delete" only counts as a reply to a saved task's message.
_BARE_VERB = re.compile(
    r"^(delete|remove|drop|bin|trash|cancel|reopen)(?:\s+(?:it|this|that))?$", re.I
)
_REMINDER = re.compile(
    r"^(?:cancel|delete|remove|drop|stop|kill)\s+(?:the\s+)?(?P<which>last|latest|newest|"
    r"previous|that|this)\s+(?:reminder|one i set|alarm)$",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """A done / delete / reopen that names its task by reference; None otherwise."""
    text = edit_words.tidy(ctx.text)
    if _REMINDER.match(text):
        return _cancel_last_reminder(ctx)
    verb, phrase = _read(text)
    bare = _BARE_VERB.match(text)
    if verb is None and bare and _replied_task(ctx) is not None:
        verb = "reopen" if bare.group(1).casefold() == "reopen" else "delete"
    if verb is None:
        return None
    task_id = _task_id(ctx, phrase)
    if task_id is None:
        return None
    kept, kind = list(ctx.thread.last_list), ctx.thread.list_kind
    ctx.thread.last_list, ctx.thread.list_kind = [task_id], "tasks"
    try:
        replies = done.handle(replace(ctx, text=f"{verb} 1", intent="done"))
    finally:
        ctx.thread.last_list, ctx.thread.list_kind = kept, kind
    return replies


def _read(text: str) -> tuple[str | None, str]:
    if _BARE.match(text):
        return "done", ""
    if m := _IS_DONE.match(text):
        return "done", m.group("t")
    for verb, pattern in _VERB_FIRST.items():
        if m := pattern.match(text):
            return verb, m.group("t")
    return None, ""


def _task_id(ctx: Context, phrase: str) -> int | None:
    phrase = re.sub(r"^(?:with|on)\s+", "", phrase.strip().casefold())
    replied = _replied_task(ctx)
    if replied is not None and (phrase in PRONOUNS or (ordinal(phrase) is None and not phrase)):
        return replied
    if phrase in PRONOUNS:
        target = last_target(ctx)
        if target and target[0] == "task":
            return target[1]
        return _fired_task(ctx)
    if ordinal(phrase) is not None and ctx.thread.list_kind != "tasks":
        return None
    found = tasks_named(ctx, phrase)
    return found[0].id if len(found) == 1 else None


def _replied_task(ctx: Context) -> int | None:
    if not ctx.event.reply_to:
        return None
    row = outbox.get_outbox_by_platform_message(
        session=ctx.session,
        platform=ctx.event.platform,
        chat=ctx.event.chat,
        platform_message_id=ctx.event.reply_to,
    )
    kind, _, number = (row.ref or "").partition(":") if row else ("", "", "")
    if kind == "task" and number.isdigit():
        return int(number)
    if kind == "proposal" and number.isdigit():  # a card edited into its saved state
        card = proposals.get_proposal(session=ctx.session, proposal_id=int(number))
        return card.task_id if card else None
    return None


def _fired_task(ctx: Context) -> int | None:
    """The task of the reminder that fired last, if it fired after the last thing said."""
    occurrence = reminders.get_latest_occurrence(session=ctx.session, person_id=ctx.person_id)
    if occurrence is None or occurrence.fired_at is None:
        return None
    seen = (ctx.thread.seen or {}).get("at")
    fired = (
        occurrence.fired_at
        if occurrence.fired_at.tzinfo
        else occurrence.fired_at.replace(tzinfo=UTC)
    )
    if seen and datetime.fromisoformat(str(seen)) > fired:
        return None
    reminder = reminders.get_reminder(session=ctx.session, reminder_id=occurrence.reminder_id)
    return reminder.task_id if reminder else None


def _cancel_last_reminder(ctx: Context) -> list[Reply]:
    mine = [
        r
        for r in reminders.get_active_reminders(session=ctx.session, person_id=ctx.person_id)
        if access.may_touch_reminder(ctx.viewer, r)
    ]
    if not mine:
        return [Reply(words.NOTHING_FOUND.format(title="Reminders"))]
    last = max(mine, key=lambda r: (r.created_at, r.id or 0))
    before = remind_manage.undo_snapshot(last)
    reminders.update_reminder(session=ctx.session, reminder=last, status="cancelled")
    ctx.thread.remember_undo({"verb": "reminder", "reminders": [before]}, now=ctx.now)
    return [Reply(edit_words.REMINDER_CANCELLED.format(text=last.text) + words.UNDO_HINT)]
