"""A reminder asked for with the task itself: "pay rent on the 31st, remind me the day before".

The card says the reminder will come; confirming the card sets it, read again from the message
the card came from, so nothing extra is kept between the two.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flowhub.connectors import Reply
from flowhub.nlp import english_remind_lead
from flowhub.skills import help_words as say
from flowhub.skills.capture_nudge import nudge_asked, nudge_confirmed
from flowhub.skills.context import Context
from flowhub.skills.format import when_text
from flowhub.storage import Proposal, Reminder, Task, id_of, inbox, people, reminders

__all__ = ["ahead_asked", "before_note", "remind_ahead", "remind_before_confirmed"]

_NUMBERS: dict[str, float] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "the": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
}
_NUMBERS |= {"ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "half an": 0.5, "half a": 0.5}
_BEFORE = re.compile(
    r"(?:^|[,;.+&]|\band\b)\s*(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?"
    r"(?:remind|ping|nudge)\s+"
    r"(?P<who>me|us|her|him|them)\s+(?:about\s+(?:it|that|this)\s+)?"
    r"(?P<n>\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|the|half\s+an?)\s*"
    r"(?P<unit>min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|night|evening)\s+"
    r"(?:before(?:hand)?|ahead|earlier|prior|in\s+advance)\b"
    r"(?:\s+to\s+(?P<what>[^,;.!?]{3,120}))?",
    re.I,
)
# "the evening before", "the night before": that clock time on the day before.
_EVENING = {"evening": time(18, 0), "night": time(20, 0)}
# A task with a day but no clock time is reminded of in the morning.
_MORNING = time(9, 0)


def _lead(text: str) -> tuple[timedelta, str] | None:
    """The lead time a message asks for ("the day before": one day) and its words."""
    m = _BEFORE.search(text)
    if m is None:
        return None
    word = " ".join(m.group("n").lower().split())
    amount = float(_NUMBERS.get(word, 0) or (int(word) if word.isdigit() else 1))
    unit = m.group("unit").lower()
    if unit.startswith(("day", "night", "evening")):
        lead = timedelta(days=amount)
    elif unit.startswith("week"):
        lead = timedelta(weeks=amount)
    elif unit.startswith("h"):
        lead = timedelta(hours=amount)
    else:
        lead = timedelta(minutes=amount)
    return lead, m.group(0).strip(" ,;.")


def before_note(text: str) -> Reply | None:
    """The note under the cards when the message asks for a reminder before the task."""
    found = _lead(text)
    return Reply(say.BEFORE_ON_CONFIRM) if found or nudge_asked(text) else None


def ahead_asked(text: str) -> str | None:
    """The words of `text` that ask for a reminder before the task ("remind me an hour before")."""
    found = _lead(text)
    return found[1] if found else None


def remind_before_confirmed(ctx: Context, proposal: Proposal, task: Task) -> list[Reply]:
    """Set the reminder the card's own message asked for, now that its task is saved."""
    if proposal.source_event_id is None:
        return []
    event = inbox.get_inbox_event(session=ctx.session, event_id=proposal.source_event_id)
    if event is None:
        return []
    said = english_remind_lead(event.text)  # "…, erinner mich Donnerstag dran" as English reads it
    return remind_ahead(ctx, task, said) or nudge_confirmed(ctx, proposal, task, said)


def remind_ahead(ctx: Context, task: Task, text: str) -> list[Reply]:
    """Set the reminder before `task` that `text` asks for; nothing when it asks for none."""
    m = _BEFORE.search(text) if task.due_at is not None else None
    found = _lead(text)
    if m is None or found is None:
        return []
    them = m["who"].lower() not in ("me", "us") and task.assignee_id is not None
    person = (
        people.get_person(session=ctx.session, person_id=task.assignee_id)
        if them and task.assignee_id is not None
        else None
    )
    zone = person.timezone if person is not None else task.due_tz or ctx.tz  # on their clock
    at = _anchor(task, zone) - found[0]
    evening = _EVENING.get(m["unit"].lower())
    if (
        evening is not None
    ):  # "the evening before": 18:00 the day before, not the due time less a day
        at = datetime.combine(at.astimezone(ZoneInfo(zone)).date(), evening, tzinfo=ZoneInfo(zone))
    if at <= ctx.now:
        return []
    what = m["what"].strip() if m["what"] else ""
    title = f"{what[:1].upper()}{what[1:]} ({task.title})" if what else task.title
    reminders.create_reminder(
        session=ctx.session,
        reminder_in=Reminder(
            person_id=task.assignee_id or ctx.person_id,
            created_by=ctx.person_id,
            chat_id=task.chat_id,
            task_id=id_of(task),
            text=title,
            next_at=at.astimezone(UTC),
            anchor_at=task.due_at,
            lead_minutes=int((task.due_at - at).total_seconds() // 60) if task.due_at else 0,
            tz=zone,
            created_at=ctx.now,
        ),
    )
    when = when_text(at, "minute", ctx.tz)
    return [Reply(say.BEFORE_SET.format(when=when, title=title))]


def _anchor(task: Task, tz: str) -> datetime:
    """The moment the lead counts back from: the due time, or the morning of a due day."""
    assert task.due_at is not None
    if task.due_grain in ("minute", "hour"):
        return task.due_at
    day = task.due_at.astimezone(ZoneInfo(task.due_tz or tz)).date()
    return datetime.combine(day, _MORNING, tzinfo=ZoneInfo(tz))  # the morning on `tz`'s clock
