"""Repeating reminders when their person moves to another zone.

By default a series follows the person's wall clock: a daily 09:00 stays 09:00 where they now
are. After a move FlowHub says so and offers to keep the series on the old zone's time instead;
the buttons carry the zone they would move the series to, and a "zone" flow holds the old zone
for a typed answer ("keep the old time") while it lasts.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from flowhub.connectors import Button, Reply
from flowhub.nlp import next_occurrences
from flowhub.skills import remind_words, zone_travel
from flowhub.skills.context import Context
from flowhub.skills.remind_times import next_unskipped, same_wall_time
from flowhub.storage import Reminder, Task, id_of, reminders, tasks

_FOLLOW = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|yes|yeah|sure|fine)[,\s]+)?(?:please\s+)?"
    r"(?:(?:keep|leave|have|make|let|set|move)\s+(?:them|it|the\s+reminders?|my\s+reminders?)"
    r"(?:\s+(?:at|on|to|in|follow(?:ing)?))?\s*(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*)?"
    r"(?:(?:in|on)\s+)?|follow\s+|use\s+)?"
    r"(?:my\s+(?:local\s+)?(?:time|clock)|(?:the\s+)?local\s+(?:time|clock)|local(?:ly)?|"
    r"(?:my\s+)?new\s+(?:time|zone|time\s*zone)|wall\s+clock|where\s+i\s+am(?:\s+now)?|here)"
    r"(?:\s+(?:please|then|thanks))?[\s.!]*$",
    re.I,
)
_STAY = re.compile(
    r"^\s*(?:please\s+)?(?:keep|leave|have|make|let|stay)\s+(?:them|it|the\s+reminders?|"
    r"my\s+reminders?)?\s*(?:at|on|in)\s+(?:the\s+)?(?P<old>[\w/ ]+?)\s+(?:time|zone|clock)"
    r"(?:\s+please)?[\s.!]*$",
    re.I,
)

_OLD = re.compile(
    r"^\s*(?:no[,.!]?\s+)?(?:please\s+)?(?:(?:keep|leave|have|let|stay)\b.*?\b)?"
    r"(?:(?:the|my)\s+)?(?:old|previous|original|former|home|usual)\b(?:\s+(?:time|one|zone|clock|"
    r"time\s*zone))?(?:\s+please)?[\s.!]*$|"
    r"\b(?:as|where|how)\s+(?:they|it)\s+(?:were|was)\b",
    re.I,
)


def _series(ctx: Context, tz: str | None = None) -> list[Reminder]:
    """The person's own repeating reminders, a routine task's included, optionally only in `tz`."""
    found = reminders.get_active_reminders(session=ctx.session, person_id=ctx.person_id)
    routines = {id_of(t) for t in _routines(ctx, None)}
    return [
        r
        for r in found
        if r.rrule
        and r.status == "active"
        and (r.task_id is None or r.task_id in routines)
        and (tz is None or r.tz == tz)
    ]


def _routines(ctx: Context, tz: str | None) -> list[Task]:
    """The person's own open repeating tasks with a time of day, optionally only those in `tz`."""
    found = tasks.get_all_tasks(
        session=ctx.session, workspace_id=ctx.workspace_id, involving=ctx.person_id, limit=200
    )
    return [
        t
        for t in found
        if t.rrule
        and t.due_at is not None
        and t.due_grain in ("minute", "hour")
        and (t.assignee_id or t.creator_id) == ctx.person_id
        and (tz is None or (t.due_tz or tz) == tz)
    ]


def _retime(ctx: Context, reminder: Reminder, new_tz: str) -> None:
    """Keep the series' wall time, read in `new_tz` from now on."""
    if reminder.anchor_at is None or reminder.tz == new_tz:
        return
    anchor = same_wall_time(reminder.anchor_at, reminder.tz, new_tz)
    reminders.update_reminder(session=ctx.session, reminder=reminder, anchor_at=anchor, tz=new_tz)
    upcoming = next_unskipped(ctx.session, reminder, after=ctx.now)
    reminders.update_reminder(
        session=ctx.session,
        reminder=reminder,
        next_at=upcoming,
        status="active" if upcoming else "done",
    )


def _retime_tasks(ctx: Context, moved: list[Task], new_tz: str) -> None:
    """Move routine tasks to the same wall time in `new_tz`."""
    for task in moved:
        old = task.due_tz or ctx.tz
        if task.due_at is None or old == new_tz:
            continue
        due = same_wall_time(task.due_at, old, new_tz)
        tasks.update_task(session=ctx.session, task=task, now=ctx.now, due_at=due, due_tz=new_tz)


def _next_due(ctx: Context, task: Task) -> datetime | None:
    if task.due_at is None or task.rrule is None:
        return None
    upcoming = next_occurrences(
        task.rrule, start=task.due_at, tz=task.due_tz or ctx.tz, after=ctx.now, count=1
    )
    return upcoming[0] if upcoming else task.due_at


def _unreminded(moved: list[Task], found: list[Reminder]) -> list[Task]:
    linked = {r.task_id for r in found}
    return [t for t in moved if t.id not in linked]


def _all_lines(ctx: Context, found: list[Reminder], moved: list[Task], tz: str) -> str:
    """The series and the routine tasks without a reminder, at their clock time in `tz`."""
    line = remind_words.ZONE_LINE
    lines = [line.format(what=r.text, time=_clock(r.next_at, tz)) for r in found if r.next_at]
    lines += [
        line.format(what=t.title, time=_clock(_next_due(ctx, t), tz))
        for t in _unreminded(moved, found)
    ]
    return "; ".join(lines)


def _has_any(ctx: Context) -> bool:
    return bool(_series(ctx) or _routines(ctx, None))


def _clock(at: datetime | None, tz: str) -> str:
    return f"{at.astimezone(ZoneInfo(tz)):%H:%M}" if at else ""


def _city(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def after_move(ctx: Context, old_tz: str, new_tz: str) -> Reply | None:
    """After a zone change: move the repeating reminders to the wall clock, and ask."""
    if old_tz == new_tz:
        return None
    found = _series(ctx, old_tz)
    moved = _routines(ctx, old_tz)
    if not found and not moved:
        return None
    # What staying on the old zone's time would look like, before the series move.
    before = [r.next_at for r in found] + [_next_due(ctx, t) for t in _unreminded(moved, found)]
    other = ", ".join(_clock(at, new_tz) for at in before if at)
    for reminder in found:
        _retime(ctx, reminder, new_tz)
    _retime_tasks(ctx, moved, new_tz)
    ctx.thread.start_flow("zone", now=ctx.now, old=old_tz, new=new_tz)
    lines = _all_lines(ctx, found, moved, new_tz)
    text = remind_words.ZONE_ASK.format(
        new=_city(new_tz), old=_city(old_tz), lines=lines, other=other
    )
    return Reply(
        text,
        buttons=(
            Button(f"rzone:local:{new_tz}", remind_words.FOLLOW_LABEL),
            Button(f"rzone:stay:{old_tz}", remind_words.STAY_LABEL.format(old=_city(old_tz))),
        ),
    )


def button(ctx: Context, arg: str) -> list[Reply]:
    """The answer to the move question: follow the local clock, or stay on the old zone."""
    choice, _, zone = arg.partition(":")
    if choice in ("to", "keep"):  # the offer after travel news
        return zone_travel.button(ctx, choice, zone)
    if choice == "stay" and zone:
        return [_stay(ctx, zone, edit=ctx.event.reply_to)]
    return [_follow(ctx, edit=ctx.event.reply_to)]


def _follow(ctx: Context, *, edit: str | None = None) -> Reply:
    found = [r for r in _series(ctx) if r.tz != ctx.tz]
    for reminder in found:
        _retime(ctx, reminder, ctx.tz)
    _retime_tasks(ctx, _routines(ctx, None), ctx.tz)
    lines = _all_lines(ctx, _series(ctx, ctx.tz), _routines(ctx, ctx.tz), ctx.tz)
    return Reply(remind_words.ZONE_FOLLOW.format(lines=lines), edit=edit)


def _stay(ctx: Context, zone: str, *, edit: str | None = None) -> Reply:
    found = _series(ctx, ctx.tz)
    moved = _routines(ctx, ctx.tz)
    for reminder in found:
        _retime(ctx, reminder, zone)
    _retime_tasks(ctx, moved, zone)
    lines = _all_lines(ctx, found, moved, zone)
    return Reply(remind_words.ZONE_STAY.format(old=_city(zone), lines=lines), edit=edit)


def handle_answer(ctx: Context) -> list[Reply] | None:
    """A typed answer to the move question ("keep them at 9 my time", "stay on Berlin time")."""
    flow = ctx.thread.flow if ctx.thread.flow_kind(ctx.now) == "zone" else None
    if flow is not None:
        answer = _flow_answer(ctx, str(flow.get("old") or ""))
        if answer is not None:
            ctx.thread.flow = None
            return answer
    if _FOLLOW.match(ctx.text):
        if not _has_any(ctx):
            return None
        return [_follow(ctx)]
    if m := _STAY.match(ctx.text):
        from flowhub.skills.settings import find_zone  # settings calls in here after a move

        zone = find_zone(m.group("old"))
        if zone is None or not _has_any(ctx):
            return None
        if zone == ctx.tz:
            return [_follow(ctx)]
        return [_stay(ctx, zone)]
    return None


def _flow_answer(ctx: Context, old: str) -> list[Reply] | None:
    """While the question is open: "the old time", or a bare city, answer it too."""
    if not old or not _has_any(ctx):
        return None
    if _OLD.search(ctx.text):
        return [_stay(ctx, old)]
    from flowhub.skills.settings import find_zone  # settings calls in here after a move

    said = ctx.text.strip(" .!").removesuffix(" time").removesuffix(" please")
    zone = find_zone(said) if len(said) <= 40 else None
    if zone == old:
        return [_stay(ctx, old)]
    if zone == ctx.tz:
        return [_follow(ctx)]
    return None
