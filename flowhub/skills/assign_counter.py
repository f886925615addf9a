"""A counter-offer to a task one was given: "hmm i can't before thursday, the statements only
come in wed night. can it be thursday morning?".

The task stays with the person asked, and its requester gets a button to move it to that day.
The requester agreeing in words ("ok thursday 9am is fine, i'll push the call") moves it to the
day they name, or to the one offered, and the task counts as accepted.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from flowhub.connectors import Button, Reply
from flowhub.i18n import current_locale, localized, use_locale
from flowhub.nlp import parse_when
from flowhub.skills import push
from flowhub.skills.assign import requester_target
from flowhub.skills.assign_counter_day import asked_day
from flowhub.skills.assign_counter_words import COUNTER, COUNTER_SENT, MOVE_LABEL, MOVED_KEPT
from flowhub.skills.card_zone import due_words
from flowhub.skills.context import Context
from flowhub.skills.due import CLOCK_GRAINS
from flowhub.skills.remind_follow import follow_due
from flowhub.storage import Person, Task, access, as_utc, id_of, outbox, people, tasks

__all__ = ["agreed", "move_button", "offer"]

# The requester saying yes to it: "ok thursday 9am is fine", "sure, that works", "yes move it".
_YES = re.compile(
    r"^\W*(?:ok(?:ay)?|sure|yes|yep|yeah|fine|alright|deal|perfect|great|that\s+works"
    r"|works(?:\s+for\s+me)?|go\s+ahead|move\s+it)\b"
    r"|\b(?:is|'s|works|sounds)\s+(?:fine|ok(?:ay)?|good|great|perfect)\b",
    re.I,
)
_NOT = re.compile(r"\b(?:no|not|n't|nope)\b", re.I)
_BUTTON = re.compile(r"cmove:(\d+)\.(d?\d+\.\w+)")
_OPEN_FOR = timedelta(days=2)


def offer(ctx: Context, task: Task, text: str) -> list[Reply] | None:
    """Offer the requester the day asked for; None when `text` asks for no other day."""
    when = asked_day(text, now=ctx.now, tz=ctx.tz, bare=True)
    if when is None:
        return None
    start = when.start.astimezone(UTC)
    if task.due_at is not None and start.date() < as_utc(task.due_at).date():
        return None  # an earlier day is no counter-offer to a deadline
    shown = _Dated(due_at=start, due_grain=when.grain, due_tz=ctx.tz)
    button = Button(f"cmove:{task.id}.{_stamp(ctx, start, when.grain)}", localized(MOVE_LABEL))
    requester = requester_target(ctx, task) if ctx.chat.kind == "direct" else None
    if requester is None or requester.chat == ctx.event.chat:
        said = _counter(ctx, task, shown)
        return [Reply(said, buttons=(button,), ref=f"counter:{task.id}")]
    asker = people.get_person(session=ctx.session, person_id=task.creator_id)
    sent = COUNTER_SENT.format(
        requester=asker.display_name.split(" ")[0] if asker else "?",
        title=task.title,
        when=due_words(ctx, shown, requester_id=task.creator_id),
    )
    with use_locale(asker.locale if asker is not None else current_locale()):
        said = _counter(ctx, task, shown, reader=asker)
        button = Button(button.id, localized(MOVE_LABEL))
    return [Reply(sent), Reply(said, to=requester, buttons=(button,), ref=f"counter:{task.id}")]


def _counter(ctx: Context, task: Task, shown: _Dated, *, reader: Person | None = None) -> str:
    """The question to the requester: the day the person asked offers instead."""
    return COUNTER.format(
        who=ctx.person.display_name,
        title=task.title,
        when=due_words(ctx, shown, requester_id=task.creator_id, reader=reader),
    )


@dataclass
class _Dated:
    """A due date not yet on any task, shown the way a task's is."""

    due_at: datetime | None
    due_grain: str | None
    due_tz: str | None


def agreed(ctx: Context) -> list[Reply] | None:
    """The requester's yes to a counter-offer made here lately; None otherwise."""
    text = ctx.text.strip()
    if not _YES.search(text) or _NOT.search(text):
        return None
    for task in _countered(ctx):
        row = outbox.get_latest_outbox_by_ref(session=ctx.session, ref=f"counter:{task.id}")
        if (
            row is None
            or row.chat != ctx.event.chat
            or ctx.now - as_utc(row.created_at) > _OPEN_FOR
        ):
            continue
        when = parse_when(text, now=ctx.now, tz=ctx.tz)
        if when is not None and not when.rrule:
            return _move(ctx, task, when.start.astimezone(UTC), when.grain)
        offered = _BUTTON.search(json.dumps(row.reply, ensure_ascii=False))
        if offered is not None:
            return _move_to_stamp(ctx, task, offered[2])
    return None


def move_button(ctx: Context, arg: str) -> list[Reply]:
    """The "Move it" button: its requester moves the task to the day offered."""
    task_id, _, stamp = arg.partition(".")
    task = access.get_task(session=ctx.session, task_id=int(task_id or 0), viewer=ctx.viewer)
    if task is None or task.creator_id != ctx.person_id:
        return []
    return _move_to_stamp(ctx, task, stamp)


def _stamp(ctx: Context, start: datetime, grain: str) -> str:
    """The day offered, for a button: a whole day as its date, a time as its instant."""
    if grain in CLOCK_GRAINS:
        return f"{int(start.timestamp())}.{grain}"
    return f"d{start.astimezone(ctx.zone):%Y%m%d}.{grain}"


def _move_to_stamp(ctx: Context, task: Task, stamp: str) -> list[Reply]:
    """Move `task` to the day a button stamped; a whole day falls in the mover's zone."""
    value, _, grain = stamp.partition(".")
    if value.startswith("d") and value[1:].isdigit():
        day = datetime.strptime(value[1:], "%Y%m%d").replace(tzinfo=ctx.zone)
        return _move(ctx, task, day.astimezone(UTC), grain or "day")
    if not value.isdigit():
        return []
    return _move(ctx, task, datetime.fromtimestamp(int(value), tz=UTC), grain or "minute")


def _countered(ctx: Context) -> list[Task]:
    return [
        t
        for t in tasks.get_all_tasks(session=ctx.session, workspace_id=ctx.workspace_id)
        if t.creator_id == ctx.person_id
        and t.status == "open"
        and t.assignment == "pending"
        and t.assignee_id not in (None, ctx.person_id)
    ]


def _move(ctx: Context, task: Task, start: datetime, grain: str) -> list[Reply]:
    """Move `task` to `start`, keep it with its person, who counts as having said yes."""
    tasks.update_task(
        session=ctx.session,
        task=task,
        now=ctx.now,
        due_at=start,
        due_grain=grain,
        due_tz=ctx.tz,
        assignment="accepted",
    )
    follow_due(ctx, task)
    ctx.later(push.sync_task, id_of(task))
    person = people.get_person(session=ctx.session, person_id=task.assignee_id or 0)
    name = person.display_name if person is not None else task.assignee_name or ""
    when = due_words(ctx, task, requester_id=task.creator_id)
    return [Reply(MOVED_KEPT.format(title=task.title, when=when, name=name))]
