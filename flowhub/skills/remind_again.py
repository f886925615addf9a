"""A new reminder about the thing that just went off is that reminder again, not a second one:
"remind me about the cake tasting slot at 10am" after "Confirm the cake tasting slot" fired."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from flowhub.skills.context import Context
from flowhub.storage import Reminder, reminders

RECENT = timedelta(hours=12)
_WORD = re.compile(r"[\w']+")
_SMALL = frozenset(["the", "a", "an", "my", "our", "about", "to", "for", "of", "on", "re", "it"])
_MIN_WORDS = 2


def fired_about(ctx: Context, title: str) -> Reminder | None:
    """The person's reminder that went off lately and that `title` names, if any."""
    occurrence = reminders.get_latest_occurrence(session=ctx.session, person_id=ctx.person_id)
    if occurrence is None or occurrence.fired_at is None:
        return None
    if ctx.now - _aware(occurrence.fired_at) > RECENT:
        return None
    found = reminders.get_reminder(session=ctx.session, reminder_id=occurrence.reminder_id)
    if found is None or found.rrule or found.status not in ("fired", "snoozed"):
        return None
    wanted = _content(title)
    if len(wanted) < _MIN_WORDS or not wanted <= _content(found.text):
        return None
    return found


def _content(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if w not in _SMALL}


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)
