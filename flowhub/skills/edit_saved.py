"""Edits of saved tasks and reminders: apply, say what changed, keep the undo slot."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from flowhub.connectors import Reply
from flowhub.skills import edit_words, pick_edit, push, remind_words, words
from flowhub.skills.assign import offer_assignment
from flowhub.skills.card_zone import due_words
from flowhub.skills.card_zone_said import clock_zone
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import apply, apply_all
from flowhub.skills.edit_told import tell_other_side
from flowhub.skills.edit_words import Change
from flowhub.skills.format import numbered, recurrence_text, task_line, when_text
from flowhub.skills.remind_follow import follow_due
from flowhub.skills.repeat import after_done
from flowhub.storage import Person, Proposal, Reminder, Task, access, audit, id_of, reminders, tasks

_SNAPSHOT: tuple[str, ...] = ("title", "assignee_name", "assignee_id", "assignment", "due_at")
_SNAPSHOT += ("due_grain", "due_tz", "rrule", "repeat_from", "priority", "status", "completed_at")


def edit_task(ctx: Context, found: list[Task], edits: list[Change], phrase: str) -> list[Reply]:
    """Apply `change` to the one task `phrase` named, or say why nothing changed."""
    if not found:
        if not phrase or phrase in ("it", "that", "this"):
            return [Reply(edit_words.NOTHING_TO_EDIT)]
        return [Reply(edit_words.NO_TASK_NAMED.format(text=phrase))]
    if len(found) > 1:
        ctx.thread.last_list = [t.id for t in found if t.id is not None]
        ctx.thread.list_kind = "tasks"
        lines = [task_line(t, viewer_tz=ctx.tz, now=ctx.now) for t in found]
        pick_edit.remember(ctx, list(ctx.thread.last_list), edits, phrase)  # "1" makes it
        return [Reply(edit_words.SEVERAL_NAMED.format(text=phrase, lines=numbered(lines)))]
    task = found[0]
    if not access.may_touch_task(ctx.viewer, task):
        return [Reply(words.NOT_YOURS)]
    item, tz = clock_zone(ctx, task, edits)  # a clock time is the speaker's unless said
    changes, problem = apply_all(item, edits, now=ctx.now, tz=tz, me=ctx.person.display_name)
    if problem == "no-date":
        return [Reply(edit_words.NO_DATE_TO_SHIFT.format(title=task.title))]
    if problem is not None:
        return [Reply(edit_words.NOT_UNDERSTOOD.format(text=ctx.text.strip()))]
    if "assignee_name" in changes:
        changes |= {"assignee_id": None, "assignment": "none"}
    return store_edit(ctx, task, changes)


def store_edit(ctx: Context, task: Task, changes: dict[str, object]) -> list[Reply]:
    """Save the field changes of one task, say what changed, and keep them for "undo"."""
    before = snapshot(task)
    tasks.update_task(session=ctx.session, task=task, now=ctx.now, **changes)
    replies = [Reply(_said(ctx, task, changes))]
    kept = [_reminder_snap(r) for r in _live(ctx, task)] if "due_at" in changes else []
    if "due_at" in changes:
        replies += follow_due(ctx, task)
    if not changes.get("assignee_name"):
        replies += tell_other_side(ctx, task, changes, old_title=str(before["title"]))
    if changes.get("assignee_name"):
        replies += offer_assignment(ctx, task, giver=ctx.person)
    audit.create_audit_entry(
        session=ctx.session,
        at=ctx.now,
        action="edited",
        subject=f"task:{task.id}",
        person_id=ctx.person_id,
        detail={"fields": sorted(changes), "before": before},  # "back to how it was" reads it
    )
    ctx.later(push.sync_task, id_of(task))
    ctx.thread.note("task", [id_of(task)], now=ctx.now)
    undo: dict[str, object] = {"verb": "edit", "tasks": [before]}
    if "due_at" in changes:
        undo["reminders"] = kept  # undoing a move puts the reminders back where they were
    ctx.thread.remember_undo(undo, now=ctx.now)
    return replies


def _live(ctx: Context, task: Task) -> list[Reminder]:
    found = reminders.get_reminders_for_task(session=ctx.session, task_id=id_of(task))
    return [r for r in found if r.status == "active"]


def _reminder_snap(reminder: Reminder) -> dict[str, object]:
    """What undo needs to put a reminder back as it was."""
    return {
        "id": reminder.id,
        "status": reminder.status,
        "next_at": _iso(reminder.next_at),
        "anchor_at": _iso(reminder.anchor_at),
        "lead_minutes": reminder.lead_minutes,
    }


def snapshot(task: Task) -> dict[str, object]:
    """The fields an edit or undo restores, as JSON."""
    data: dict[str, object] = {"id": task.id}
    for name in _SNAPSHOT:
        value = getattr(task, name)
        data[name] = value.isoformat() if hasattr(value, "isoformat") else value
    return data


def _said(ctx: Context, task: Task, changes: dict[str, object]) -> str:
    repeat = ""
    if task.rrule and ("rrule" in changes or "due_at" in changes):
        repeat = f", {recurrence_text(task.rrule, tz=task.due_tz or ctx.tz)}"
    elif "rrule" in changes and not task.rrule:
        repeat = edit_words.NOT_REPEATING
    parts = _parts(ctx, task, changes)
    if len(parts) > 1:
        said = edit_words.AND.format().join([", ".join(parts[:-1]), parts[-1]])
        return edit_words.CHANGED_PARTS.format(title=task.title, parts=said + repeat)
    detail = ""
    if "title" in changes:
        what = edit_words.RENAMED
    elif "assignee_name" in changes:
        what = edit_words.REASSIGNED
        detail = edit_words.TO.format(what=task.assignee_name) if task.assignee_name else ""
    elif "priority" in changes:
        priority = words.PRIORITY_NAMES.get(task.priority, task.priority)
        what, detail = edit_words.REPRIORITISED, edit_words.TO.format(what=priority)
    elif "due_at" in changes and task.due_at is None:
        what = edit_words.UNDATED
    elif "due_at" in changes and task.due_at is not None:
        what = edit_words.MOVED
        detail = edit_words.TO.format(what=due_words(ctx, task, requester_id=task.creator_id))
    else:
        what = edit_words.UPDATED
    return edit_words.CHANGED_TASK.format(what=what, title=task.title, detail=detail + repeat)


def card_said(ctx: Context, card: Proposal, changes: dict[str, object]) -> str:
    """ "✏️ Updated “X”: given to Priya, date removed." for a card changed in place."""
    parts = []
    if "title" in changes:
        parts.append(edit_words.PART_RENAMED.format())
    if "due_at" in changes:
        if card.due_at is None:
            parts.append(edit_words.PART_UNDATED.format())
        else:
            when = when_text(card.due_at, card.due_grain, ctx.tz, card.due_tz)
            if card.due_tz and card.due_tz != ctx.tz:  # "11am berlin time": both clocks
                when = due_words(ctx, card, requester_id=card.person_id)
            parts.append(edit_words.PART_MOVED.format(when=when))
    if "priority" in changes:
        priority = words.PRIORITY_NAMES.get(card.priority, card.priority)
        parts.append(edit_words.PART_PRIORITY.format(priority=priority))
    if "assignee_name" in changes:
        who = card.assignee_name
        parts.append(
            edit_words.PART_GIVEN.format(who=who) if who else edit_words.PART_UNASSIGNED.format()
        )
    if "rrule" in changes and card.rrule:
        parts.append(recurrence_text(card.rrule, tz=card.due_tz or ctx.tz))
    elif "rrule" in changes:
        parts.append(edit_words.NOT_REPEATING.format().lstrip(", "))
    said = ", ".join(parts) if parts else edit_words.UPDATED.format()
    return edit_words.CHANGED_PARTS.format(title=card.title, parts=said)


def _parts(ctx: Context, task: Task, changes: dict[str, object]) -> list[str]:
    """Each kind of change said on its own: "renamed", "moved to Fri 11 Dec", "priority high"."""
    parts = []
    if "title" in changes:
        parts.append(edit_words.PART_RENAMED.format())
    if "due_at" in changes:
        if task.due_at is None:
            parts.append(edit_words.PART_UNDATED.format())
        else:
            when = due_words(ctx, task, requester_id=task.creator_id)
            parts.append(edit_words.PART_MOVED.format(when=when))
    if "priority" in changes:
        priority = words.PRIORITY_NAMES.get(task.priority, task.priority)
        parts.append(edit_words.PART_PRIORITY.format(priority=priority))
    if "assignee_name" in changes:
        who = task.assignee_name
        parts.append(
            edit_words.PART_GIVEN.format(who=who) if who else edit_words.PART_UNASSIGNED.format()
        )
    return parts


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at is not None else None


def _this_weekday(due: datetime, said: str, *, now: datetime, tz: str) -> datetime:
    """ "7pm friday" said on a Friday before 7pm is today, not a week on."""
    zone = ZoneInfo(tz)
    today = now.astimezone(zone)
    day = today.strftime("%A").casefold()
    words_said = said.casefold()
    named = re.search(rf"\b{day[:3]}(?:{day[3:-3]})?(?:day)?\b", words_said)
    earlier = due - timedelta(days=7)
    same_day = earlier.astimezone(zone).date() == today.date()
    if named and "next" not in words_said and earlier > now and same_day:
        return earlier
    return due


def _their_when(ctx: Context, reminder: Reminder) -> str:
    """When a reminder now fires: "Mon 7 Dec, 09:00 Priya's time (04:30 yours)" for another's."""
    assert reminder.next_at is not None
    at = reminder.next_at.astimezone(UTC)
    who = ctx.session.get(Person, reminder.person_id)
    if who is None or who.id == ctx.person_id or reminder.tz == ctx.tz:
        return when_text(at, "minute", ctx.tz, reminder.tz)
    when, yours = when_text(at, "minute", reminder.tz), when_text(at, "minute", ctx.tz)
    if yours[:-7] == when[:-7]:  # the same day: the clock time says enough
        yours = yours[-5:]
    return remind_words.THEIR_TIME.format(when=when, name=who.display_name, yours=yours)


def edit_reminder(ctx: Context, reminder_id: int, edits: list[Change]) -> list[Reply]:
    """A new time, day or repeat for the reminder just set ("make that 7:30", "make it daily")."""
    reminder = access.get_reminder(session=ctx.session, reminder_id=reminder_id, viewer=ctx.viewer)
    change = edits[0]
    if (
        reminder is None
        or reminder.next_at is None
        or len(edits) != 1
        or (change.when is None and change.shift is None and not change.clear_rrule)
    ):
        return [Reply(edit_words.NOT_UNDERSTOOD.format(text=ctx.text.strip()))]
    # A time for someone else's reminder is read on their clock unless "my time" is said; one's
    # own is read on one's clock now, also after a move to another zone.
    theirs = change.zone_of == "them" or (
        change.zone_of is None and reminder.person_id != ctx.person_id
    )
    tz = reminder.tz if theirs else ctx.tz
    stand_in = Task(
        workspace_id=0,
        title=reminder.text,
        creator_id=ctx.person_id,
        due_at=reminder.next_at,
        due_grain="minute",
        due_tz=tz if reminder.rrule is None else reminder.tz,
        rrule=reminder.rrule,
        created_at=ctx.now,
        updated_at=ctx.now,
    )
    changes, problem = apply(stand_in, change, now=ctx.now, tz=tz, me=ctx.person.display_name)
    due = changes.get("due_at", reminder.next_at if change.clear_rrule else None)
    if isinstance(due, datetime) and change.when is not None:
        due = _this_weekday(due, change.when, now=ctx.now, tz=tz)
        changes["due_at"] = due
    repeat = changes.get("rrule", reminder.rrule)
    if problem is not None or not isinstance(due, datetime) or not isinstance(repeat, str | None):
        return [Reply(edit_words.NOT_UNDERSTOOD.format(text=ctx.text.strip()))]
    if repeat != reminder.rrule and (reminder.task_id is not None or reminder.lead_minutes):
        return [Reply(edit_words.NOT_UNDERSTOOD.format(text=ctx.text.strip()))]  # the task's own
    if due < ctx.now and not repeat:  # "this week" said on Thursday is no time to remind at
        when = when_text(due.astimezone(UTC), "minute", ctx.tz, reminder.tz)
        return [Reply(words.REMIND_PAST.format(when=when))]
    undo = {"verb": "remind-edit", "reminders": [_reminder_snap(reminder)]}
    ctx.thread.remember_undo(undo, now=ctx.now)
    reminders.update_reminder(
        session=ctx.session,
        reminder=reminder,
        next_at=due,
        anchor_at=due if reminder.anchor_at or repeat else None,
        rrule=repeat,
        repeat_from=changes.get("repeat_from", reminder.repeat_from),
    )
    moved = _their_when(ctx, reminder)
    if repeat and repeat != stand_in.rrule:
        done = after_done(reminder)
        moved += f", {recurrence_text(repeat, tz=reminder.tz, after_completion=done)}"
    elif stand_in.rrule and not repeat:
        moved += edit_words.NOT_REPEATING
    ctx.thread.note("reminder", [reminder_id], now=ctx.now)
    return [
        Reply(
            edit_words.CHANGED_TASK.format(
                what=edit_words.MOVED, title=reminder.text, detail=edit_words.TO.format(what=moved)
            )
        )
    ]
