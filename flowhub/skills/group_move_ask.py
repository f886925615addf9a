"""Another day asked for in a group by someone a task is not theirs to change: "switch the
boiler one to the 18th", "can we push the insurance thing to next week?" from a member who
neither asked for the task nor has it.

Nothing changes yet: the person who asked for it is offered the move with a button, and their
press moves the task, kept with whoever has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from flowhub.connectors import Button, Reply
from flowhub.i18n import localized
from flowhub.nlp import When, fold, parse_when
from flowhub.skills import group_words, push, words
from flowhub.skills.assign_counter_day import asked_day
from flowhub.skills.assign_counter_words import MOVE_LABEL
from flowhub.skills.card_zone import due_words
from flowhub.skills.card_zone_said import clock_zone
from flowhub.skills.context import Context
from flowhub.skills.due import CLOCK_GRAINS
from flowhub.skills.edit_apply import apply
from flowhub.skills.edit_saved import snapshot
from flowhub.skills.edit_words import Change
from flowhub.skills.group_move_words import ASK_MOVE
from flowhub.skills.refer import replied_target
from flowhub.skills.remind_follow import follow_due
from flowhub.storage import Task, access, id_of, people, tasks

__all__ = ["asked", "day_asked", "handle", "move_button", "offer"]

_BUTTON = "gmove"
_MAX_WORDS = 20
_MOVE = re.compile(
    r"\b(?:move|moving|switch|shift|push|bump|change|reschedule|postpone|put|make|set|do)\b",
    re.I,
)
# "I'll do the bakery run monday": a claim with its day, read where claims are.
_CLAIM = re.compile(
    r"\b(?:i(?:'ll|’ll|\s+will|\s+can|\s+could|'d|\s+would)|let\s+me)\s+(?!not\b)"
    r"|\b(?:it'?s|that'?s)\s+mine\b",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]{4,}")
# Words a title shares with many others, or a message with many titles: never a reference alone.
_COMMON = frozenset(
    re.findall(
        r"\w+",
        """that this with from have will your they them then than what when where which about
        there their today tomorrow week next call send make check thing task move switch push
        shift change instead please""",
    )
)


def asked(ctx: Context, text: str) -> tuple[Task, When] | None:
    """The task someone else has that `text` names and asks another day for, and that day."""
    if ctx.chat.kind != "group" or _CLAIM.search(text):
        return None
    when = day_asked(ctx, text)
    if when is None:
        return None
    named = [t for t in _group_tasks(ctx) if _names(t.title, text)]
    if len(named) != 1:
        return None
    task = named[0]
    if ctx.person_id in (task.creator_id, task.assignee_id) or task.creator_id is None:
        return None  # theirs to change: the edit skills do it
    replied = replied_target(ctx)
    if replied is not None and replied != ("task", id_of(task)):
        return None  # a reply to a card or another task changes what it replies to
    return task, when


def day_asked(ctx: Context, text: str) -> When | None:
    """The one other day `text` asks a task be moved to; None when it asks for none."""
    if len(text.split()) > _MAX_WORDS:
        return None
    when = asked_day(text, now=ctx.now, tz=ctx.tz)
    if when is None and _MOVE.search(text):
        when = parse_when(text, now=ctx.now, tz=ctx.tz)
    if when is None or when.rrule or when.start is None:
        return None
    return when


def handle(ctx: Context) -> list[Reply] | None:
    """Pass a move asked by someone who may not make it to the task's requester."""
    found = asked(ctx, ctx.text)
    return offer(ctx, *found) if found is not None else None


def offer(ctx: Context, task: Task, when: When) -> list[Reply]:
    """The question to the requester, with a button that moves the task."""
    start, grain, tz = _on_task(ctx, task, when)
    requester = people.get_person(session=ctx.session, person_id=task.creator_id or 0)
    shown = _Dated(due_at=start, due_grain=grain, due_tz=tz)
    said = ASK_MOVE.format(
        who=ctx.person.display_name.split(" ")[0],
        title=task.title,
        when=due_words(ctx, shown, requester_id=task.creator_id),
        requester=requester.display_name.split(" ")[0] if requester else "?",
    )
    button = Button(f"{_BUTTON}:{task.id}.{_stamp(start, grain, tz)}", localized(MOVE_LABEL))
    return [Reply(said, buttons=(button,), ref=f"moveask:{task.id}")]


def move_button(ctx: Context, arg: str) -> list[Reply]:
    """The requester's "Move it": the task moves to the day asked, kept with its person."""
    task_id, _, stamp = arg.partition(".")
    task = access.get_task(
        session=ctx.session, task_id=int(task_id) if task_id.isdigit() else 0, viewer=ctx.viewer
    )
    if task is None or task.status != "open":
        return [Reply(words.NOT_YOURS)]
    if task.creator_id != ctx.person_id:
        requester = people.get_person(session=ctx.session, person_id=task.creator_id or 0)
        name = requester.display_name.split(" ")[0] if requester else "?"
        return [Reply(group_words.ONLY_REQUESTER.format(name=name))]
    moved = _at(ctx, stamp)
    if moved is None:
        return []
    before = snapshot(task)
    tasks.update_task(
        session=ctx.session,
        task=task,
        now=ctx.now,
        due_at=moved[0],
        due_grain=moved[1],
        due_tz=moved[2],
    )
    follow_due(ctx, task)
    ctx.later(push.sync_task, id_of(task))
    ctx.thread.note("task", [id_of(task)], now=ctx.now)
    ctx.thread.remember_undo({"verb": "edit", "tasks": [before]}, now=ctx.now)
    when = due_words(ctx, task, requester_id=task.creator_id)
    said = words.REQUESTER_MOVED.format(
        who=ctx.person.display_name.split(" ")[0], title=task.title, when=when
    )
    return [Reply(said, ref=f"task:{task.id}")]


@dataclass
class _Dated:
    """A due date not yet on any task, shown the way a task's is."""

    due_at: datetime | None
    due_grain: str | None
    due_tz: str | None


def _group_tasks(ctx: Context) -> list[Task]:
    """The open tasks every member of this group may see here."""
    group = ctx.chat_id
    return [
        t
        for t in tasks.get_all_tasks(session=ctx.session, workspace_id=ctx.workspace_id, limit=200)
        if access.may_see_in_group(session=ctx.session, group_id=group, task=t)
    ]


def _names(title: str, text: str) -> bool:
    """Whether the message names the title by a word of its own after the verb."""
    said = set(_WORD.findall(fold(text).lower()))
    own = _WORD.findall(" ".join(fold(title).lower().split()[1:]))
    return any(w in said for w in own if w not in _COMMON)


def _on_task(ctx: Context, task: Task, when: When) -> tuple[datetime, str, str]:
    """The due `when` gives `task` the way an edit would: a time alone keeps the task's day, and
    a clock time is the asker's unless the words name another ("11am her time")."""
    plain = when.start.astimezone(UTC), str(when.grain), ctx.tz
    if when.span is None:
        return plain
    said = ctx.text[when.span[0] : when.span[1]].strip()
    if not said:
        return plain
    change = Change(target="it", when=said)
    item, tz = clock_zone(ctx, task, [change])
    fields, problem = apply(item, change, now=ctx.now, tz=tz, me=ctx.person.display_name)
    due_at = fields.get("due_at")
    if problem is not None or not isinstance(due_at, datetime):
        return plain
    return due_at, str(fields.get("due_grain") or when.grain), str(fields.get("due_tz") or tz)


def _stamp(start: datetime, grain: str, tz: str) -> str:
    """The day asked, for a button: a whole day as its date in the zone it was said in, a time
    as its instant, then that zone."""
    if grain in CLOCK_GRAINS:
        return f"{int(start.timestamp())}.{grain}.{tz}"
    return f"d{start.astimezone(ZoneInfo(tz)):%Y%m%d}.{grain}.{tz}"


def _at(ctx: Context, stamp: str) -> tuple[datetime, str, str] | None:
    """The due a button stamped: its instant, grain and zone."""
    value, _, rest = stamp.partition(".")
    grain, _, tz = rest.partition(".")
    tz = tz or ctx.tz
    if value.startswith("d") and value[1:].isdigit():
        try:
            zone = ZoneInfo(tz)
        except (KeyError, ValueError):
            return None
        day = datetime.strptime(value[1:], "%Y%m%d").replace(tzinfo=zone)
        return day.astimezone(UTC), grain or "day", tz
    if not value.isdigit():
        return None
    return datetime.fromtimestamp(int(value), tz=UTC), grain or "minute", tz
