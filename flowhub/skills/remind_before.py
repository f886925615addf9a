"""A reminder some time before a saved task: "remind me about the dentist an hour before"."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flowhub.connectors import Reply
from flowhub.skills import remind_which, remind_words
from flowhub.skills.context import Context
from flowhub.skills.format import when_text
from flowhub.skills.refer import tasks_named
from flowhub.storage import Reminder, Task, id_of, people, reminders

_AMOUNT = r"(?P<n>\d+|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|half an?)"
_UNIT = r"(?P<unit>min(?:ute)?s?|h(?:ou)?r?s?|hours?|days?|weeks?)"
_LEAD = rf"{_AMOUNT}\s*{_UNIT}\s+(?:before|ahead of|earlier than|prior to)"
_ASK = (
    r"^\s*(?:(?:and|also|then|ok|oh)[\s,]+)*(?:please\s+|pls\s+|can you\s+)?"
    r"(?:remind|ping|nudge|alert)\s+(?P<who>me|us|her|him|them)\s+"
)
# "remind me about the dentist an hour before (it)" and "remind me 2 days before the report".
_TASK_FIRST = re.compile(
    rf"{_ASK}(?:about|of|for|re)\s+(?P<what>.+?)\s+{_LEAD}(?:\s+(?:it|that|hand))?\s*[.!?]*$",
    re.I,
)
# "remind me 1h before it", and "remind me 30 minutes before" said of the task just meant.
_LEAD_FIRST = re.compile(rf"{_ASK}{_LEAD}(?:\s+(?P<what>.+?))?\s*[.!?]*$", re.I)
# "put a reminder on it 15 min before", "and set a reminder for the dentist an hour before".
_PUT = re.compile(
    r"^\s*(?:(?:and|also|then|ok|oh)[\s,]+)*(?:please\s+|pls\s+|can you\s+)?"
    r"(?:put|set|add|make|give\s+me|i\s+want|i\s+need)\s+(?:a\s+|an\s+)?(?:reminder|alarm|ping)"
    rf"(?:\s+(?:on|for|about)\s+(?P<what>.+?))?\s+{_LEAD}(?:\s+(?:it|that|hand))?\s*[.!?]*$",
    re.I,
)
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_WORDS |= {"ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30}


def handle(ctx: Context) -> list[Reply] | None:
    """Set a reminder a stated time before a saved task's due time; None for other messages."""
    m = lead_asked(ctx.text)
    if m is None:
        return None
    what = (m.group("what") or "it").strip()
    if what.casefold() in ("it", "that", "this"):
        what = "it"
    found = tasks_named(ctx, what)
    if not found and m.group("what") is None:
        return None  # "remind me 30 minutes before" with no task just meant sets the lead
    if not found:
        return [Reply(remind_words.BEFORE_NO_TASK.format(what=what))]
    if len(found) > 1:
        titles = ", ".join(f"“{t.title}”" for t in found[:3])
        remind_which.remember(ctx, [id_of(t) for t in found[:3]], what)
        return [Reply(remind_words.BEFORE_WHICH.format(what=what, titles=titles))]
    return set_before(ctx, found[0], m)


def lead_asked(text: str) -> re.Match[str] | None:
    """The ask for a reminder some time before a task in `text`, if all of it is that ask."""
    return _TASK_FIRST.match(text) or _LEAD_FIRST.match(text) or _PUT.match(text)


def set_before(ctx: Context, task: Task, m: re.Match[str]) -> list[Reply]:
    """A reminder the lead `m` says before `task`'s due time, for whom `m` names."""
    if task.due_at is None:
        return [Reply(remind_words.BEFORE_NO_DUE.format(title=task.title))]
    lead = _lead(m.group("n"), m.group("unit"))
    who = m.groupdict().get("who") or "me"
    them = who.casefold() not in ("me", "us") and task.assignee_id is not None
    person = people.get_person(session=ctx.session, person_id=task.assignee_id or ctx.person_id)
    zone = person.timezone if them and person is not None else task.due_tz or ctx.tz
    at = _anchor(task.due_at, task.due_grain, task.due_tz or ctx.tz, zone) - lead
    if at <= ctx.now:
        when = when_text(at, "minute", ctx.tz)
        return [Reply(remind_words.BEFORE_PAST.format(title=task.title, when=when))]
    reminders.create_reminder(
        session=ctx.session,
        reminder_in=Reminder(
            person_id=task.assignee_id if them and task.assignee_id else ctx.person_id,
            created_by=ctx.person_id,
            chat_id=ctx.chat_id,
            task_id=id_of(task),
            text=task.title,
            next_at=at.astimezone(UTC),
            anchor_at=task.due_at,
            lead_minutes=int((task.due_at - at).total_seconds() // 60),
            tz=zone,
            created_at=ctx.now,
        ),
    )
    when = when_text(at, "minute", ctx.tz)
    if them and person is not None and task.assignee_id != ctx.person_id:
        said = remind_words.BEFORE_SET_FOR.format(
            name=person.display_name, when=when, title=task.title
        )
        return [Reply(said)]
    return [Reply(remind_words.BEFORE_SET.format(when=when, title=task.title))]


def _anchor(due: datetime, grain: str | None, due_tz: str, zone: str) -> datetime:
    """What the lead counts back from: the due time, or 09:00 of a due day on `zone`'s clock."""
    if grain in ("minute", "hour"):
        return due
    day = due.astimezone(ZoneInfo(due_tz)).date()
    return datetime.combine(day, time(9, 0), tzinfo=ZoneInfo(zone))


def _lead(amount: str, unit: str) -> timedelta:
    word = amount.casefold()
    n = 0.5 if word.startswith("half") else float(_WORDS.get(word, 0) or int(word))
    unit = unit.casefold()
    if unit.startswith("w"):
        return timedelta(weeks=n)
    if unit.startswith("d"):
        return timedelta(days=n)
    if unit.startswith("h"):
        return timedelta(hours=n)
    return timedelta(minutes=n)
