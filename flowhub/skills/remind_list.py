"""The numbered list of a person's reminders, and cancelling or moving one by its number."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from flowhub.connectors import Button, Reply
from flowhub.i18n import localized
from flowhub.nlp import parse_when, resolve_local
from flowhub.skills import remind_manage, remind_words, words
from flowhub.skills.context import Context
from flowhub.skills.format import numbered, recurrence_text, when_text
from flowhub.skills.repeat import after_done
from flowhub.storage import Reminder, people, reminders


def repeat_from(rrule: str | None, after_completion: bool) -> str:
    """How a reminder repeats: counted from completion or by the calendar."""
    return "completion" if rrule and after_completion else "calendar"


def show(ctx: Context) -> list[Reply]:
    """The person's active reminders, numbered, with those they set for others."""
    found = reminders.get_active_reminders(session=ctx.session, person_id=ctx.person_id)
    # Reminders set for someone else are listed too, so they can be cancelled by number.
    theirs = sorted(
        (
            r
            for r in reminders.get_reminders_touching(session=ctx.session, person_id=ctx.person_id)
            if r.person_id != ctx.person_id
        ),
        key=lambda r: (r.next_at is None, r.next_at or ctx.now, r.id or 0),
    )
    names = people.get_people(session=ctx.session, person_ids=[r.person_id for r in theirs])
    ctx.thread.last_list = [r.id for r in [*found, *theirs] if r.id is not None]
    ctx.thread.list_kind = "reminders"
    if not found and not theirs:
        return [Reply(words.NO_REMINDERS)]
    lines = []
    for r in [*found, *theirs]:
        whom = names.get(r.person_id)
        tz = ctx.tz if r.person_id == ctx.person_id else (whom.timezone if whom else r.tz)
        when = when_text(r.next_at, "minute", tz) if r.next_at else words.REMINDER_WAITS
        rule = (
            recurrence_text(r.rrule, after_completion=after_done(r), tz=r.tz, clock=False)
            if r.rrule
            else ""
        )
        mark = remind_words.FOR_OTHER.format(name=whom.display_name) if whom else ""
        lines.append(f"{r.text}{mark} · {when}" + (f" 🔁 {rule}" if rule else ""))
    return [
        Reply(
            f"{words.REMINDERS_TITLE}\n{numbered(lines)}{words.REMINDERS_HINT.format(n=len(lines))}"
        )
    ]


def _numbered(ctx: Context, number: int) -> Reminder | Reply:
    if ctx.thread.list_kind != "reminders" or not ctx.thread.last_list:
        ctx.thread.last_list = [
            r.id
            for r in reminders.get_active_reminders(session=ctx.session, person_id=ctx.person_id)
            if r.id is not None
        ]
        ctx.thread.list_kind = "reminders"
    reminder_id = ctx.thread.task_at(number)
    found = reminders.get_reminder(session=ctx.session, reminder_id=reminder_id or -1)
    if found is None or ctx.person_id not in (found.person_id, found.created_by):
        return Reply(words.NO_SUCH_REMINDER.format(n=number))
    return found


# "the 2nd one", "#2", "number 2", "the second": a line of the list, with nothing to do said.
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
_PICK = re.compile(
    r"^\W*(?:(?:and|ok|okay|hmm|um|so)\W+)*(?:the\s+)?(?:(?:number|no\.?|#)\s*)?"
    r"(?P<n>\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|last)(?:\s+one)?\W*$",
    re.I,
)


def picked(ctx: Context, text: str) -> list[Reply] | None:
    """ "the 2nd one" right after the list: that reminder, and what can be done with it."""
    m = _PICK.match(text)
    seen = ctx.thread.last_seen() if m is not None else None
    if m is None or seen is None or seen[0] != "list-reminders" or not ctx.thread.last_list:
        return None
    said = m["n"].casefold()
    digits = re.match(r"\d+", said)
    number = int(digits.group()) if digits else _ORDINALS[said]
    if number == -1:
        number = len(ctx.thread.last_list)
    found = _numbered(ctx, number)
    if isinstance(found, Reply):
        return [found]
    when = when_text(found.next_at, "minute", ctx.tz) if found.next_at else words.REMINDER_WAITS
    line = f"{number}. {found.text} · {when}{words.REMINDERS_HINT.format(n=number)}"
    ctx.thread.note("reminder", [found.id or 0], now=ctx.now)  # "cancel it" means this one
    cancel = Button(f"rcancel:{found.id}", localized(words.CANCEL_REMINDER_LABEL))
    return [Reply(line, buttons=(cancel,), ref=f"reminder:{found.id}")]


def cancel_number(ctx: Context, number: int) -> list[Reply]:
    """Cancel reminder `number` of the list shown last."""
    found = _numbered(ctx, number)
    if isinstance(found, Reply):
        return [found]
    before = remind_manage.undo_snapshot(found)
    reminders.update_reminder(session=ctx.session, reminder=found, status="cancelled")
    ctx.thread.remember_undo({"verb": "reminder", "reminders": [before]}, now=ctx.now)
    return [Reply(words.REMINDER_CANCELLED.format(text=found.text))]


def move_number(ctx: Context, number: int, when_words: str) -> list[Reply]:
    """Move reminder `number` of the list shown last to `when_words`."""
    found = _numbered(ctx, number)
    if isinstance(found, Reply):
        return [found]
    when = parse_when(when_words, now=ctx.now, tz=ctx.tz)
    if when is None:
        return [Reply(words.REMIND_BAD_TIME.format(text=when_words))]
    start = when.start
    if when.grain not in ("minute", "hour") and found.next_at is not None:
        keep = found.next_at.astimezone(ctx.zone).time()
        start = resolve_local(datetime.combine(start.date(), keep), ctx.zone)
    reminders.update_reminder(
        session=ctx.session,
        reminder=found,
        next_at=start.astimezone(UTC),
        anchor_at=start.astimezone(UTC),
        rrule=when.rrule or found.rrule,
        repeat_from=repeat_from(when.rrule, when.after_completion)
        if when.rrule
        else found.repeat_from,
        lead_minutes=0,  # a time said outright is when it should fire
        status="active",
    )
    return [
        Reply(words.REMINDER_MOVED.format(text=found.text, when=when_text(start, "minute", ctx.tz)))
    ]
