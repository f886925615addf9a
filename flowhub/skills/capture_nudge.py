"""A reminder at a set time asked for with a task that has its own deadline.

"the lab needs the scans by thursday 10am, sam has to send them before. remind me wed afternoon":
the task is due Thursday 10:00; Wednesday afternoon is when the sender wants a nudge. Confirming
the card sets that reminder, read again from the message the card came from.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from flowhub.connectors import Reply
from flowhub.nlp import parse_when, search_when
from flowhub.skills import help_words as say
from flowhub.skills.context import Context
from flowhub.skills.format import when_text
from flowhub.storage import Proposal, Reminder, Task, id_of, reminders

__all__ = ["nudge_asked", "nudge_confirmed"]

_REMIND = re.compile(
    r"(?:^|[.;!?\n]|,|\band\b)\s*(?:(?:and|also|pls|please|oh)\s+)*(?:remind|ping|nudge)\s+"
    r"(?:me|us)\s+(?P<when>[^.;!?\n]*)",
    re.I,
)
# "remind me sunday night to call the landlord": the reminder has its own errand, not this task's.
_OWN_ERRAND = re.compile(
    r"^\s*(?:to|about|that)\s+(?!(?:it|that|this|them|do\s+(?:it|that))\b)\w", re.I
)
_REF = datetime(2026, 1, 1, 0, 0, tzinfo=UTC)  # a clock time alone stays on this day
_MORNING = time(9, 0)  # a reminder asked for a day only comes in its morning


def _words(text: str) -> tuple[int, str] | None:
    m = _REMIND.search(text)
    if m is None or not m["when"].strip():
        return None
    words = m["when"].strip()
    found = parse_when(words, now=_REF, tz="UTC")
    if found is None or found.span[0] > 4 or _OWN_ERRAND.match(words[found.span[1] :]):
        return None
    return m.start(), words


def nudge_asked(text: str) -> bool:
    """Whether `text` asks for a reminder on a day beside a deadline on another day.

    "..., remind me at 7pm" only sets the clock time of the task's own day.
    """
    found = _words(text)
    if found is None:
        return False
    nudge = parse_when(found[1], now=_REF, tz="UTC")
    # A clock time alone stays on the reference day; a weekday may fall on it too ("thursday").
    if nudge is None or (nudge.start.date() == _REF.date() and nudge.grain != "day"):
        return False
    days = {w.start.date() for w in search_when(text[: found[0]], now=_REF, tz="UTC")}
    return bool(days) and nudge.start.date() not in days


def nudge_confirmed(ctx: Context, proposal: Proposal, task: Task, text: str) -> list[Reply]:
    """Set the sender's reminder `text` asked for, before the saved task's due time."""
    found = _words(text) if task.due_at is not None else None
    if found is None or not nudge_asked(text):
        return []
    when = parse_when(found[1], now=ctx.now, tz=ctx.tz)
    if when is None or when.rrule:
        return []
    at = when.start.astimezone(UTC)
    if when.grain == "day":  # "remind me thursday": in the morning of that day
        at = datetime.combine(when.start.date(), _MORNING, tzinfo=ZoneInfo(ctx.tz)).astimezone(UTC)
    assert task.due_at is not None
    due = task.due_at if task.due_at.tzinfo else task.due_at.replace(tzinfo=UTC)
    if at <= ctx.now or at >= due:
        return []
    reminders.create_reminder(
        session=ctx.session,
        reminder_in=Reminder(
            person_id=proposal.person_id,
            created_by=proposal.person_id,
            chat_id=task.chat_id,
            task_id=id_of(task),
            text=task.title,
            next_at=at,
            anchor_at=task.due_at,
            lead_minutes=int((due - at).total_seconds() // 60),
            tz=ctx.tz,
            created_at=ctx.now,
        ),
    )
    return [Reply(say.BEFORE_SET.format(when=when_text(at, "minute", ctx.tz), title=task.title))]
